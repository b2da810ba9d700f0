// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/AuditedTables.h"

#include <QDate>
#include <QFile>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

#include <algorithm>

using namespace qf;

namespace {

// What the audit trail holds after one change of every audited column of one row of each
// table, the row's insert and, last, its deletion, written as text and compared with the
// file captured from the hand-written triggers before they were generated: generating
// them must not change one character of any entry. Changes the database refuses (a lock,
// a check) are part of the record, so that a trigger refusing more or less shows too.

QString sqlType(Database &db, const QString &table, const QString &column)
{
    QSqlQuery q(db.connection());
    q.prepare(db.engine() == DatabaseEngine::Postgres
                  ? QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_schema = current_schema() "
                                   "AND table_name = ? AND column_name = ?")
                  : QStringLiteral("SELECT type FROM pragma_table_info(?) WHERE name = ?"));
    q.addBindValue(table);
    q.addBindValue(column);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString().toLower();
}

// A value other than `current` that the column may plausibly take: first another row's,
// then one made from the current value by the column's type.
QList<QVariant> candidates(Database &db, const QString &table, const QString &column, const QVariant &current)
{
    QList<QVariant> values;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL").arg(column, table)));
    QList<QVariant> others;
    while (q.next())
        if (q.value(0).toString() != current.toString())
            others << q.value(0);
    std::sort(others.begin(), others.end(), [](const QVariant &a, const QVariant &b) { return a.toString() < b.toString(); });
    if (!others.isEmpty())
        values << others.first();
    const QString type = sqlType(db, table, column);
    if (type.contains(QLatin1String("int"))) {
        const qlonglong v = current.toLongLong();
        values << QVariant(v + 1);
        if (v == 1)
            values << QVariant(0);  // a yes/no column
    } else if (type.contains(QLatin1String("real")) || type.contains(QLatin1String("double"))) {
        values << QVariant(current.toDouble() + 0.5);
    } else {
        const QString s = current.toString();
        const QDate day = QDate::fromString(s, Qt::ISODate);
        const QDate month = QDate::fromString(s + QStringLiteral("-01"), Qt::ISODate);
        if (day.isValid())
            values << QVariant(day.addDays(1).toString(Qt::ISODate));
        else if (month.isValid() && s.size() == 7)
            values << QVariant(month.addMonths(1).toString(QStringLiteral("yyyy-MM")));
        else
            values << QVariant(s + QStringLiteral("改"));
    }
    return values;
}

QString where(const QStringList &keys)
{
    QStringList parts;
    for (const QString &k : keys)
        parts << k + QStringLiteral(" = ?");
    return parts.join(QStringLiteral(" AND "));
}

QString entries(Database &db, const QString &condition, const QVariantList &binds)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT table_name, row_key, action, old_values, new_values FROM audit_log WHERE %1 ORDER BY id")
                  .arg(condition));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    REQUIRE(q.exec());
    QString text;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 5; ++i)
            cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        text += cells.join(QStringLiteral(" | ")) + QLatin1Char('\n');
    }
    return text;
}

qlonglong lastEntry(Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Every change to one row of the table, and what the trail says of it.
QString exercise(Database &db, const AuditedTable &t)
{
    QString text = QStringLiteral("== %1\n").arg(t.table);
    QSqlQuery first(db.connection());
    REQUIRE(first.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3 LIMIT 1")
                           .arg((t.keyColumns + t.comparedColumns() + t.logged).join(QStringLiteral(", ")), t.table,
                                t.keyColumns.join(QStringLiteral(", ")))));
    if (!first.next())
        return text + QStringLiteral("no row\n");
    QVariantList key;
    for (int i = 0; i < t.keyColumns.size(); ++i)
        key << first.value(i);
    auto rowKey = [&] {
        QStringList parts;
        for (const QVariant &v : key)
            parts << v.toString();
        return parts.join(t.keySeparator);
    };
    text += entries(db, QStringLiteral("table_name = ? AND row_key = ? AND action = 'insert'"), {t.table, rowKey()});
    const qlonglong before = lastEntry(db);

    QStringList columns = t.logged;
    for (const QString &c : t.comparedColumns())
        if (!columns.contains(c))
            columns << c;
    for (const QString &column : columns) {
        QSqlQuery now(db.connection());
        now.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(column, t.table, where(t.keyColumns)));
        for (const QVariant &k : key)
            now.addBindValue(k);
        REQUIRE(now.exec());
        REQUIRE(now.next());
        bool changed = false;
        for (const QVariant &value : candidates(db, t.table, column, now.value(0))) {
            QSqlQuery u(db.connection());
            u.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3").arg(t.table, column, where(t.keyColumns)));
            u.addBindValue(value);
            for (const QVariant &k : key)
                u.addBindValue(k);
            if (u.exec() && u.numRowsAffected() == 1) {
                changed = true;
                const qsizetype k = t.keyColumns.indexOf(column);
                if (k >= 0)
                    key[k] = value;
                break;
            }
        }
        if (!changed)
            text += QStringLiteral("refused %1\n").arg(column);
    }
    return text + entries(db, QStringLiteral("id > ?"), {before});
}

// The row's deletion, after every table's changes, children first. The registry's and the
// campaign's first rows are the roots of everything else (a delete is refused or takes the
// whole campaign with it), so the second ones that fixtures() made are deleted instead.
QString remove(Database &db, const AuditedTable &t)
{
    QString text = QStringLiteral("== delete %1\n").arg(t.table);
    const qlonglong before = lastEntry(db);
    const bool root = t.table == QLatin1String("campaign") || t.table == QLatin1String("institution");
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM %1 WHERE (%2) IN (SELECT %2 FROM %1 ORDER BY %2 %3 LIMIT 1)")
                    .arg(t.table, t.keyColumns.join(QStringLiteral(", ")),
                         root ? QStringLiteral("DESC") : QString()))
        || q.numRowsAffected() < 1)
        text += QStringLiteral("refused\n");
    return text + entries(db, QStringLiteral("id > ?"), {before});
}

void exec(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    INFO(sql);
    REQUIRE(q.exec());
}

// What the demo county lacks: a second campaign and institution (so that a row can move to
// another), a filing with its file, a photo of a problem, a lock of a month nobody reports,
// a saved 工作方案 and an office mailbox.
void fixtures(Database &db)
{
    auto allBut = [&](const QString &table, const QString &skipped) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table));
        QStringList columns;
        for (int i = 0; i < q.record().count(); ++i)
            if (q.record().fieldName(i) != skipped && q.record().fieldName(i) != QLatin1String("id"))
                columns << q.record().fieldName(i);
        return columns.join(QStringLiteral(", "));
    };
    const QString campaign = allBut(QStringLiteral("campaign"), QStringLiteral("title"));
    exec(db, QStringLiteral("INSERT INTO campaign (title, %1) SELECT title || '（二）', %1 FROM campaign WHERE id = "
                            "(SELECT min(id) FROM campaign)").arg(campaign));
    const QString institution = allBut(QStringLiteral("institution"), QStringLiteral("name"));
    exec(db, QStringLiteral("INSERT INTO institution (name, %1) SELECT name || '（二）', %1 FROM institution WHERE id = "
                            "(SELECT min(id) FROM institution)").arg(institution));
    exec(db, QStringLiteral("INSERT INTO submission (campaign_id, deliverable, unit_key, period, submitted_on, note, recorded_at) "
                            "SELECT min(id), 1, 'U1', '2026-01', '2026-01-05', '', '2026-01-05T08:00:00Z' FROM campaign"));
    // The content's own SHA-256: the server checks that a stored file's hash is its content's.
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(QByteArray("abc"), QCryptographicHash::Sha256).toHex());
    exec(db, QStringLiteral("INSERT INTO submission_file (submission_id, file_name, size, sha256, content) "
                            "SELECT min(id), 'a.xlsx', 3, ?, ? FROM submission"), {sha, QByteArray("abc")});
    exec(db, QStringLiteral("INSERT INTO problem_evidence (problem_id, stage, file_name, size, sha256, content, added_at, added_by) "
                            "SELECT min(id), 'before', 'a.jpg', 3, ?, ?, '2026-01-05T08:00:00Z', '张三' FROM problem"),
         {sha, QByteArray("abc")});
    exec(db, QStringLiteral("INSERT INTO period_lock (campaign_id, form, unit_key, period, locked_at, locked_by) "
                            "SELECT min(id), 2, 'U1', '2099-12', '2026-01-05T08:00:00Z', '张三' FROM campaign"));
    exec(db, QStringLiteral("INSERT INTO campaign_work_plan (campaign_id, plan) SELECT min(id), '{\"sections\": []}' FROM campaign"));
    exec(db, QStringLiteral("INSERT INTO mail_account (name, office, address, imap_host, imap_port, imap_tls, user_name, created_at) "
                            "VALUES ('党建办邮箱', '党建办', 'djb@example.cn', 'imap.example.cn', 993, 'implicit', 'djb@example.cn', "
                            "'2026-01-05T08:00:00Z')"));
    // A reminder that failed, sent from a second mailbox, so that the first one's removal is
    // still exercised (a mailbox that sent is kept).
    exec(db, QStringLiteral("INSERT INTO mail_account (name, office, address, imap_host, imap_port, imap_tls, user_name, created_at) "
                            "VALUES ('医政股邮箱', '医政股', 'yz@example.cn', 'imap.example.cn', 993, 'implicit', 'yz@example.cn', "
                            "'2026-01-05T08:00:00Z')"));
    exec(db, QStringLiteral("INSERT INTO mail_sent (campaign_id, unit_key, deliverable, period, kind, account_id, recipient, "
                            "subject, message_id, state, detail, started_at, sent_by) "
                            "SELECT min(c.id), 'U1', 1, '2026-01', 'reminder', max(a.id), 'u1@example.cn', '催报', "
                            "'<m1@example.cn>', 'failed', '', '2026-01-05T08:00:00Z', '张三' FROM campaign c, mail_account a "
                            "WHERE a.name = '医政股邮箱'"));
}

} // namespace

TEST_CASE("one change of every audited column leaves the same entries in the audit trail as the hand-written triggers did", "[engines]")
{
    test::DemoDatabase t;
    fixtures(t.db());
    QString actual;
    for (const AuditedTable &table : AuditedTables::all())
        actual += exercise(t.db(), table);
    for (auto it = AuditedTables::all().crbegin(); it != AuditedTables::all().crend(); ++it)
        actual += remove(t.db(), *it);
    // The server signs a lock with the connection's actor, which is this machine's account:
    // the golden trail names it by a placeholder, so that it holds for whoever runs the test.
    actual.replace(QStringLiteral("\"locked_by\": \"%1\"").arg(t.db().actor()), QStringLiteral("\"locked_by\": \"<account>\""));

    const QString name = t.db().engine() == DatabaseEngine::Postgres ? QStringLiteral("audit/trail-postgres.txt")
                                                                      : QStringLiteral("audit/trail-sqlite.txt");
    QFile golden(test::dataPath(name));
    const QString expected = golden.open(QIODevice::ReadOnly) ? QString::fromUtf8(golden.readAll()) : QString();
    if (actual != expected) {
        // Written beside the build for review; copy it over the file only if the change is meant.
        const QString written = QDir::temp().filePath(QStringLiteral("qingfeng-") + QFileInfo(name).fileName());
        test::writeFile(written, actual.toUtf8());
        const QStringList a = actual.split(QLatin1Char('\n'));
        const QStringList e = expected.split(QLatin1Char('\n'));
        qsizetype line = 0;
        while (line < a.size() && line < e.size() && a.at(line) == e.at(line))
            ++line;
        INFO("first difference at line " << line + 1 << " of " << name << "; the trail as written now is in " << written);
        CHECK(a.value(line) == e.value(line));
    }
    CHECK(actual == expected);
}
