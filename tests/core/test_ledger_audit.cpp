// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerFixture.h"

#include "storage/EvidenceRepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace qf;

namespace {

QStringList auditRows(Database &db, const QString &table)
{
    QStringList rows;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT action || ' ' || row_key || ' ' || coalesce(old_values, '') || ' ' || coalesce(new_values, '') "
                             "FROM audit_log WHERE table_name = ? ORDER BY id"));
    q.addBindValue(table);
    q.exec();
    while (q.next())
        rows << q.value(0).toString();
    return rows;
}

} // namespace

TEST_CASE("every ledger table is audited, without the reporter's identity or the evidence content", "[engines]")
{
    test::LedgerFixture f;
    f.writeLedgers();

    for (const char *table : {"problem", "problem_step", "tipoff", "tipoff_step", "tipoff_reporter", "inspection",
                              "case_record", "supplier_interview"}) {
        INFO(table);
        CHECK_FALSE(auditRows(f.db(), QLatin1String(table)).isEmpty());
    }

    // Changes are logged with old and new values; a save that changes nothing is not.
    ProblemRepository problems(f.db());
    Problem p = problems.list(f.campaign.id).last();
    const int before = int(auditRows(f.db(), QStringLiteral("problem")).size());
    REQUIRE(problems.save(p).isOk());
    CHECK(auditRows(f.db(), QStringLiteral("problem")).size() == before);
    p.measures = QStringLiteral(u"建立耗材领用登记");
    REQUIRE(problems.save(p).isOk());
    const QStringList rows = auditRows(f.db(), QStringLiteral("problem"));
    REQUIRE(rows.size() == before + 1);
    CHECK(rows.last().startsWith(QStringLiteral("update %1 ").arg(p.id)));
    CHECK(rows.last().contains(QStringLiteral(u"建立耗材领用登记")));
    REQUIRE(problems.remove(p.id).isOk());
    CHECK(auditRows(f.db(), QStringLiteral("problem")).last().startsWith(QStringLiteral("delete")));

    // Evidence is identified by name, size and hash, never by its bytes.
    const QByteArray secret("CONTENT-OF-THE-PHOTO");
    const qint64 open = problems.list(f.campaign.id).at(1).id;
    REQUIRE(EvidenceRepository(f.db()).add(open, EvidenceFile::Stage::Before, QStringLiteral("a.jpg"), secret, QString()).isOk());
    const QStringList evidence = auditRows(f.db(), QStringLiteral("problem_evidence"));
    REQUIRE(evidence.size() == 1);
    CHECK(evidence.first().contains(QStringLiteral("a.jpg")));
    CHECK_FALSE(evidence.first().contains(QString::fromLatin1(secret)));

    // The reporter: changes are known to have happened, but not to whom they point.
    TipoffReporter other;
    other.name = QStringLiteral(u"另一位举报人");
    other.contact = QStringLiteral("13811112222");
    REQUIRE(TipoffRepository(f.db()).setReporter(f.tipoffWithReporter, other).isOk());
    REQUIRE(TipoffRepository(f.db()).setReporter(f.tipoffWithReporter, TipoffReporter()).isOk());
    QSqlQuery all(f.db().connection());
    REQUIRE(all.exec(QStringLiteral("SELECT coalesce(old_values, '') || coalesce(new_values, '') FROM audit_log")));
    int rowsSeen = 0;
    while (all.next()) {
        ++rowsSeen;
        const QString values = all.value(0).toString();
        CHECK_FALSE(values.contains(QString::fromUtf16(test::LedgerFixture::kReporterName)));
        CHECK_FALSE(values.contains(QString::fromUtf16(test::LedgerFixture::kReporterPhone)));
        CHECK_FALSE(values.contains(other.name));
        CHECK_FALSE(values.contains(other.contact));
    }
    CHECK(rowsSeen > 20);
    CHECK(auditRows(f.db(), QStringLiteral("tipoff_reporter")).size() == 3);   // insert, update, delete
}
