// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace qf;

namespace {

// The columns no audit trigger logs or compares, and why. A column missing from a table's
// triggers fails the test below unless it is listed here: a new column cannot silently
// drop out of the trail.
const QHash<QString, QSet<QString>> &neverAudited()
{
    static const QHash<QString, QSet<QString>> columns{
        // The row's key is the log's row_key; the time of a change is the log's own `at`.
        {QStringLiteral("campaign"), {QStringLiteral("id"), QStringLiteral("demo"), QStringLiteral("created_at")}},
        {QStringLiteral("institution"), {QStringLiteral("id"), QStringLiteral("demo")}},
        {QStringLiteral("office"), {QStringLiteral("id")}},
        {QStringLiteral("phase"), {QStringLiteral("id")}},
        {QStringLiteral("deadline"), {QStringLiteral("id")}},
        // A campaign has one plan: its row is keyed by the campaign, which is the log's row_key.
        {QStringLiteral("campaign_work_plan"), {QStringLiteral("campaign_id")}},
        {QStringLiteral("period_lock"), {QStringLiteral("id")}},
        {QStringLiteral("figure_override"), {QStringLiteral("created_at")}},
        // A report's and a filing's institution follows from its unit_key (the server's
        // access rules read it); version is raised by every save and says nothing new.
        {QStringLiteral("report"), {QStringLiteral("id"), QStringLiteral("institution_id"), QStringLiteral("updated_at"),
                                    QStringLiteral("version")}},
        {QStringLiteral("submission"), {QStringLiteral("id"), QStringLiteral("institution_id"), QStringLiteral("recorded_at")}},
        // File contents are kept out of the log; their size and SHA-256 are in it.
        {QStringLiteral("submission_file"), {QStringLiteral("content")}},
        {QStringLiteral("problem_evidence"), {QStringLiteral("id"), QStringLiteral("content"), QStringLiteral("added_at")}},
        {QStringLiteral("problem"), {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at")}},
        {QStringLiteral("problem_step"), {QStringLiteral("id"), QStringLiteral("recorded_at")}},
        {QStringLiteral("tipoff"), {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at")}},
        {QStringLiteral("tipoff_step"), {QStringLiteral("id"), QStringLiteral("recorded_at")}},
        {QStringLiteral("inspection"), {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at")}},
        {QStringLiteral("case_record"), {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at")}},
        {QStringLiteral("supplier_interview"), {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at")}},
        {QStringLiteral("supplier_blacklist"), {QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at")}},
        {QStringLiteral("mail_account"), {QStringLiteral("id"), QStringLiteral("created_at")}},
        {QStringLiteral("mail_sent"), {QStringLiteral("id")}},
        {QStringLiteral("inspector"), {QStringLiteral("id")}},
        {QStringLiteral("spot_check_draw"), {QStringLiteral("id")}},
        {QStringLiteral("spot_check_pick"), {QStringLiteral("id")}},
    };
    return columns;
}

// Tables with no audit trigger at all: the log itself, the schema's version, the server's
// accounts; the forms' columns, which only migrations write; and the figures a lock kept at
// locking, written once and never changed (the database refuses it) — the freeze itself is
// in the trail as the lock's frozen_at; and the messages fetched from the offices' mailboxes
// with their attachments, a history of their own (never changed or removed, each row saying
// who fetched it and when; an attachment's outcome is written once).
const QSet<QString> kUnauditedTables{QStringLiteral("audit_log"), QStringLiteral("schema_version"),
                                     QStringLiteral("account"), QStringLiteral("form_column"),
                                     QStringLiteral("signed_figure"), QStringLiteral("mail_message"),
                                     QStringLiteral("mail_attachment")};

QStringList strings(Database &db, const QString &sql, const QString &bind = QString())
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    if (!bind.isNull())
        q.addBindValue(bind);
    REQUIRE(q.exec());
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

QStringList tables(Database &db)
{
    if (db.engine() == DatabaseEngine::Postgres)
        return strings(db, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                          "current_schema() AND table_type = 'BASE TABLE'"));
    return strings(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
}

QSet<QString> columns(Database &db, const QString &table)
{
    const QStringList list = db.engine() == DatabaseEngine::Postgres
        ? strings(db, QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                     "current_schema() AND table_name = ?"), table)
        : strings(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"), table);
    return QSet<QString>(list.begin(), list.end());
}

// The columns a table's audit triggers log or compare, read back from the triggers the
// migrations made: on SQLite the json_object() keys and the compared OLD/NEW pairs, on
// PostgreSQL qf_audit()'s logged and compared column arguments.
QSet<QString> auditedColumns(Database &db, const QString &table)
{
    QSet<QString> audited;
    if (db.engine() == DatabaseEngine::Postgres) {
        const QStringList args = strings(db, QStringLiteral(
            "SELECT encode(t.tgargs, 'escape') FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_proc p ON p.oid = t.tgfoid WHERE c.relname = ? AND p.proname = 'qf_audit'"), table);
        for (const QString &a : args) {
            const QStringList parts = a.split(QStringLiteral("\\000"));
            for (int i = 2; i < 4 && i < parts.size(); ++i)
                for (const QString &c : parts.at(i).split(QLatin1Char(','), Qt::SkipEmptyParts))
                    audited.insert(c);
        }
        return audited;
    }
    static const QRegularExpression logged(QStringLiteral("'(\\w+)', (?:NEW|OLD)\\.\\1\\b"));
    static const QRegularExpression compared(QStringLiteral("OLD\\.(\\w+) IS NOT NEW\\.\\1\\b"));
    const QStringList sqls = strings(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                                        "tbl_name = ? AND name LIKE 'audit\\_%' ESCAPE '\\'"), table);
    for (const QString &sql : sqls)
        for (const QRegularExpression *re : {&logged, &compared})
            for (auto it = re->globalMatch(sql); it.hasNext();)
                audited.insert(it.next().captured(1));
    return audited;
}

} // namespace

TEST_CASE("every column of every audited table is in its audit trail or on the documented list of never-audited ones", "[engines]")
{
    test::TempDatabase t;
    QStringList seen;
    for (const QString &table : tables(t.db())) {
        INFO("table " << table.toStdString());
        const QSet<QString> audited = auditedColumns(t.db(), table);
        if (audited.isEmpty()) {
            CHECK(kUnauditedTables.contains(table));
            continue;
        }
        seen << table;
        const QSet<QString> all = columns(t.db(), table);
        const QSet<QString> exempt = neverAudited().value(table);
        for (const QString &c : all) {
            INFO("column " << c.toStdString());
            CHECK(audited.contains(c) != exempt.contains(c));
        }
        // Nothing is logged or exempted that the table does not have.
        for (const QString &c : audited + exempt) {
            INFO("listed column " << c.toStdString());
            CHECK(all.contains(c));
        }
    }
    for (auto it = neverAudited().cbegin(); it != neverAudited().cend(); ++it) {
        INFO("table " << it.key().toStdString());
        CHECK(seen.contains(it.key()));
    }
}

TEST_CASE("a column added to an audited table without joining its trail fails the audit coverage check", "[engines]")
{
    test::TempDatabase t;
    QSqlQuery q(t.db().connection());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE inspection ADD COLUMN witness TEXT")));
    const QSet<QString> missing = columns(t.db(), QStringLiteral("inspection")) - auditedColumns(t.db(), QStringLiteral("inspection"))
                                  - neverAudited().value(QStringLiteral("inspection"));
    CHECK(missing == QSet<QString>{QStringLiteral("witness")});
}
