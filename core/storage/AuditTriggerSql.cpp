// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditTriggerSql.h"

#include "Migrations.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

// The row's key as the log's row_key: the key columns joined by the table's separator.
QString rowKey(const AuditedTable &t, const QString &row)
{
    QStringList parts;
    for (const QString &c : t.keyColumns)
        parts << row + QLatin1Char('.') + c;
    return parts.join(QStringLiteral(" || '%1' || ").arg(t.keySeparator));
}

QString jsonObject(const QStringList &columns, const QString &row)
{
    QStringList pairs;
    for (const QString &c : columns)
        pairs << QStringLiteral("'%1', %2.%1").arg(c, row);
    return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

// When an update is an entry. Where the compared columns are the logged ones, as the
// logged JSON (that is how the triggers always compared, and what counts as a change must
// not move); otherwise column by column, as tipoff_reporter's always did.
QString changedWhen(const AuditedTable &t, const QStringList &logged, const QStringList &compared)
{
    if (t.compared.isEmpty())
        return jsonObject(logged, QStringLiteral("OLD")) + QStringLiteral(" IS NOT ") + jsonObject(logged, QStringLiteral("NEW"));
    QStringList terms;
    for (const QString &c : compared)
        terms << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(c);
    return terms.join(QStringLiteral(" OR "));
}

QMap<QString, QString> sqliteTriggers(const AuditedTable &t, const QStringList &logged, const QStringList &compared)
{
    const QString &name = t.table;
    const QString head = QStringLiteral("CREATE TRIGGER audit_%1_%2 AFTER %3 ON %1\n");
    const QString insertInto = QStringLiteral("BEGIN\n    INSERT INTO audit_log (table_name, row_key, action, %1)\n"
                                              "    VALUES ('%2', %3, '%4', %5);\nEND");
    const QString oldJson = jsonObject(logged, QStringLiteral("OLD"));
    const QString newJson = jsonObject(logged, QStringLiteral("NEW"));
    return {
        {QStringLiteral("audit_%1_insert").arg(name),
         head.arg(name, QStringLiteral("insert"), QStringLiteral("INSERT"))
             + insertInto.arg(QStringLiteral("new_values"), name, rowKey(t, QStringLiteral("NEW")), QStringLiteral("insert"), newJson)},
        {QStringLiteral("audit_%1_update").arg(name),
         head.arg(name, QStringLiteral("update"), QStringLiteral("UPDATE"))
             + QStringLiteral("WHEN %1\n").arg(changedWhen(t, logged, compared))
             + insertInto.arg(QStringLiteral("old_values, new_values"), name, rowKey(t, QStringLiteral("NEW")),
                              QStringLiteral("update"), oldJson + QStringLiteral(", ") + newJson)},
        {QStringLiteral("audit_%1_delete").arg(name),
         head.arg(name, QStringLiteral("delete"), QStringLiteral("DELETE"))
             + insertInto.arg(QStringLiteral("old_values"), name, rowKey(t, QStringLiteral("OLD")), QStringLiteral("delete"), oldJson)},
    };
}

// qf_audit()'s arguments: key columns, separator, logged columns, compared columns.
QStringList postgresArguments(const AuditedTable &t, const QStringList &logged, const QStringList &compared)
{
    return {t.keyColumns.join(QLatin1Char(',')), t.keySeparator, logged.join(QLatin1Char(',')),
            compared.join(QLatin1Char(','))};
}

QStringList strings(QSqlQuery &q)
{
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

Status failed(const QSqlQuery &q, const QString &table)
{
    return Status::failure(AuditTriggerSql::tr("无法更新表 %1 的审计触发器：%2").arg(table, q.lastError().text()));
}

// The table's columns, or none when the schema has no such table yet.
bool columnsOf(QSqlDatabase db, DatabaseEngine engine, const QString &table, QStringList *columns, Status *status)
{
    QSqlQuery q(db);
    q.prepare(engine == DatabaseEngine::Postgres
                  ? QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                                   "AND table_name = ? ORDER BY ordinal_position")
                  : QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    q.addBindValue(table);
    if (!q.exec()) {
        *status = failed(q, table);
        return false;
    }
    *columns = strings(q);
    return true;
}

// What the database holds: SQLite's text as written, PostgreSQL's definition in the
// server's own words (pg_get_triggerdef).
bool existing(QSqlDatabase db, DatabaseEngine engine, const QString &table, QMap<QString, QString> *out, Status *status)
{
    QSqlQuery q(db);
    if (engine == DatabaseEngine::Postgres) {
        q.prepare(QStringLiteral(
            "SELECT t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ? "
            "AND NOT t.tgisinternal AND t.tgname LIKE 'audit\\_%'"));
    } else {
        q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? "
                                 "AND name LIKE 'audit\\_%' ESCAPE '\\'"));
    }
    q.addBindValue(table);
    if (!q.exec()) {
        *status = failed(q, table);
        return false;
    }
    while (q.next())
        out->insert(q.value(0).toString(), q.value(1).toString());
    return true;
}

} // namespace

int AuditTriggerSql::sinceVersion()
{
    return Migrations::versionOf(QStringLiteral("0015_generated_audit"));
}

QMap<QString, QString> AuditTriggerSql::triggers(const AuditedTable &table, DatabaseEngine engine, const QStringList &present)
{
    auto kept = [&present](QStringList columns) {
        if (!present.isEmpty())
            columns.removeIf([&present](const QString &c) { return !present.contains(c); });
        return columns;
    };
    const QStringList logged = kept(table.logged);
    const QStringList compared = kept(table.comparedColumns());
    if (engine == DatabaseEngine::Sqlite)
        return sqliteTriggers(table, logged, compared);
    QStringList quoted;
    for (const QString &a : postgresArguments(table, logged, compared))
        quoted << QLatin1Char('\'') + a + QLatin1Char('\'');
    return {{QStringLiteral("audit_%1").arg(table.table),
             QStringLiteral("CREATE TRIGGER audit_%1 AFTER INSERT OR UPDATE OR DELETE ON public.%1\n"
                            "    FOR EACH ROW EXECUTE FUNCTION public.qf_audit(%2)")
                 .arg(table.table, quoted.join(QStringLiteral(", ")))}};
}

bool AuditTriggerSql::mayRewrite(QSqlDatabase db, DatabaseEngine engine)
{
    if (engine == DatabaseEngine::Sqlite)
        return true;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT pg_has_role(c.relowner, 'MEMBER') FROM pg_class c WHERE c.relname = 'audit_log' "
                                 "AND c.relnamespace = 'public'::regnamespace"))
        && q.next() && q.value(0).toBool();
}

Status AuditTriggerSql::sync(QSqlDatabase db, DatabaseEngine engine, bool *changed)
{
    if (changed)
        *changed = false;
    for (const AuditedTable &t : AuditedTables::all()) {
        Status s;
        QStringList columns;
        if (!columnsOf(db, engine, t.table, &columns, &s))
            return s;
        if (columns.isEmpty())
            continue;
        const QMap<QString, QString> wanted = triggers(t, engine, columns);
        QMap<QString, QString> held;
        if (!existing(db, engine, t.table, &held, &s))
            return s;
        if (engine == DatabaseEngine::Postgres) {
            // The server words a definition its own way: the generated triggers are made
            // inside a savepoint, read back in its words and taken back, and compared so.
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SAVEPOINT qf_audit_compare")))
                return failed(q, t.table);
            QMap<QString, QString> generated;
            bool ok = true;
            for (auto it = wanted.cbegin(); ok && it != wanted.cend(); ++it)
                ok = (!held.contains(it.key()) || q.exec(QStringLiteral("DROP TRIGGER %1 ON public.%2").arg(it.key(), t.table)))
                     && q.exec(it.value());
            if (ok)
                ok = existing(db, engine, t.table, &generated, &s);
            if (!q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT qf_audit_compare"))
                || !q.exec(QStringLiteral("RELEASE SAVEPOINT qf_audit_compare")) || !ok)
                return s ? failed(q, t.table) : s;
            if (generated == held)
                continue;
        } else {
            if (wanted == held)
                continue;
        }
        QSqlQuery q(db);
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            const QString drop = engine == DatabaseEngine::Postgres
                ? QStringLiteral("DROP TRIGGER %1 ON public.%2").arg(it.key(), t.table)
                : QStringLiteral("DROP TRIGGER %1").arg(it.key());
            if (!q.exec(drop))
                return failed(q, t.table);
        }
        for (const QString &create : wanted)
            if (!q.exec(create))
                return failed(q, t.table);
        if (changed)
            *changed = true;
    }
    return Status::success();
}

} // namespace qf
