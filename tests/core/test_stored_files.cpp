// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence stays the file that was stored, on both engines (0017_integrity): its content,
// size and SHA-256 are written once, within the program's own limit; on the server the
// SHA-256 and size a row names are its content's.
#include "TestSupport.h"

#include "ledgers/EvidenceFile.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace qf;

namespace {

QString insertEvidence(Database &db, qint64 problem, const QByteArray &content, const QString &sha256)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO problem_evidence (problem_id, stage, file_name, size, sha256, content, added_at) "
                             "VALUES (?, 'before', 'photo.jpg', ?, ?, ?, '2021-12-01')"));
    q.addBindValue(problem);
    q.addBindValue(content.size());
    q.addBindValue(sha256);
    q.addBindValue(content);
    return q.exec() ? QString() : q.lastError().text();
}

QString hashOf(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST_CASE("stored evidence keeps its content, size and hash, and is no larger than the program takes", "[engines]")
{
    test::DemoDatabase demo;
    QSqlQuery q(demo.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT min(id) FROM problem WHERE state <> 'closed'")));
    REQUIRE(q.next());
    const qint64 problem = q.value(0).toLongLong();
    REQUIRE(problem > 0);
    const QByteArray hello("HELLO");
    INFO(insertEvidence(demo.db(), problem, hello, hashOf(hello)).toStdString());
    REQUIRE(insertEvidence(demo.db(), problem, hello, hashOf(hello)).isEmpty());
    const QByteArray evil("EVIL!");
    for (const QString &set : {QStringLiteral("content = ?"), QStringLiteral("content = ?, sha256 = '%1'").arg(hashOf(evil))}) {
        INFO(set.toStdString());
        QSqlQuery u(demo.db().connection());
        u.prepare(QStringLiteral("UPDATE problem_evidence SET %1 WHERE file_name = 'photo.jpg'").arg(set));
        u.addBindValue(evil);
        CHECK_FALSE(u.exec());
        CHECK(u.lastError().text().contains(QStringLiteral("kept as stored")));
    }
    CHECK_FALSE(QSqlQuery(demo.db().connection()).exec(QStringLiteral("UPDATE problem_evidence SET size = 4 WHERE file_name = 'photo.jpg'")));
    REQUIRE(q.exec(QStringLiteral("SELECT content FROM problem_evidence WHERE file_name = 'photo.jpg'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toByteArray() == hello);
    // The name of a file is no part of its content.
    CHECK(QSqlQuery(demo.db().connection()).exec(QStringLiteral("UPDATE problem_evidence SET file_name = 'photo2.jpg' WHERE file_name = 'photo.jpg'")));

    const QByteArray big(int(EvidenceFile::kMaxSize + 1), 'x');
    CHECK(insertEvidence(demo.db(), problem, big, hashOf(big)).contains(QStringLiteral("too large")));
    const QByteArray fits(int(EvidenceFile::kMaxSize), 'x');
    CHECK(insertEvidence(demo.db(), problem, fits, hashOf(fits)).isEmpty());
    if (demo.db().isServer()) {
        // The server computes what SQLite cannot: the hash is the content's.
        CHECK(insertEvidence(demo.db(), problem, evil, QString(64, QLatin1Char('0'))).contains(QStringLiteral("SHA-256")));
    }
}
