// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerAdmin.h"

#include "Database.h"
#include "PostgresEngine.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace qf {

namespace {

// The tables of the shared schema, parents before children (foreign keys stay checked).
const QStringList kTables = {
    QStringLiteral("institution"), QStringLiteral("campaign"), QStringLiteral("office"), QStringLiteral("phase"),
    QStringLiteral("deadline"), QStringLiteral("report"), QStringLiteral("figure"), QStringLiteral("submission"),
    QStringLiteral("submission_file"), QStringLiteral("period_lock"), QStringLiteral("signed_figure"),
    QStringLiteral("audit_log"),
    QStringLiteral("problem"), QStringLiteral("problem_step"), QStringLiteral("problem_evidence"),
    QStringLiteral("tipoff"), QStringLiteral("tipoff_step"), QStringLiteral("tipoff_reporter"),
    QStringLiteral("inspection"), QStringLiteral("case_record"), QStringLiteral("supplier_interview"),
    QStringLiteral("supplier_blacklist"), QStringLiteral("figure_override")};

Status copyTable(Database &from, Database &to, const QString &table, int *rows)
{
    const QSqlRecord target = to.connection().record(table);
    const QSqlRecord source = from.connection().record(table);
    QStringList columns;
    for (int i = 0; i < target.count(); ++i)
        if (source.indexOf(target.fieldName(i)) >= 0)
            columns << target.fieldName(i);
    QSqlQuery read(from.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table)))
        return Status::failure(ServerAdmin::tr("无法读取表 %1：%2").arg(table, read.lastError().text()));
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery write(to.connection());
    // Copied rows were audited where they were made; the audit trail is copied as it is.
    write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    *rows = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.addBindValue(read.value(i));
        if (!write.exec())
            return Status::failure(ServerAdmin::tr("无法写入表 %1 的第 %2 行：%3").arg(table).arg(*rows + 1).arg(write.lastError().text()));
        ++*rows;
    }
    return Status::success();
}

Status exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return Status::failure(q.lastError().text());
    return Status::success();
}

// The account table's kind, as the administrator reads it.
QString kindName(const QString &key)
{
    if (key == QLatin1String("bureau"))
        return ServerAdmin::tr("卫健局");
    if (key == QLatin1String("city"))
        return ServerAdmin::tr("市级");
    if (key == QLatin1String("institution"))
        return ServerAdmin::tr("机构");
    return ServerAdmin::tr("（无）");
}

} // namespace

ServerAdmin::Account ServerAdmin::currentAccount(Database &db)
{
    Account a;
    if (!db.isServer())
        return a;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT session_user, coalesce(qf_my_institution(), 0), "
                              "pg_has_role('qingfeng_bureau', 'member'), pg_has_role('qingfeng_city', 'member')"))
        && q.next()) {
        a.login = q.value(0).toString();
        a.institutionId = q.value(1).toLongLong();
        a.kind = a.institutionId != 0 ? AccountKind::Institution
               : q.value(2).toBool()  ? AccountKind::Bureau
               : q.value(3).toBool()  ? AccountKind::City
                                      : AccountKind::Bureau;
    }
    return a;
}

Status ServerAdmin::importSqlite(Database &server, const QString &file, QStringList *lines)
{
    if (!server.isServer())
        return Status::failure(tr("请用 --server 指定要导入到的服务器数据库。"));
    Database local;
    Status s = local.open(file);
    if (!s)
        return s;
    {
        QSqlQuery q(server.connection());
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM institution) + (SELECT count(*) FROM campaign)")) || !q.next())
            return Status::failure(q.lastError().text());
        if (q.value(0).toInt() > 0)
            return Status::failure(tr("服务器数据库 %1 已有数据：只能导入到空的数据库，未做任何修改。")
                                       .arg(server.location().displayName()));
    }
    Transaction tx(server);
    // The audit trail is copied, not re-written, and the rows keep their versions: the
    // schema's own triggers stay quiet for this transaction (the checks and foreign keys
    // do not). Disabling them is the tables' owner's right, the account that ran server
    // init; it comes back on at commit, and a rollback never turned it off.
    for (const QString &table : kTables) {
        s = exec(server, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table));
        if (!s)
            return Status::failure(tr("导入需要数据库的所有者账户（运行 server init 的账户）：%1").arg(s.message()));
    }
    for (const QString &table : kTables) {
        int rows = 0;
        s = copyTable(local, server, table, &rows);
        if (!s)
            return s;
        if (lines)
            *lines << tr("%1：%2 行").arg(table).arg(rows);
    }
    // New rows continue after the copied ids.
    QSqlQuery identities(server.connection());
    if (!identities.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                        "WHERE table_schema = current_schema() AND is_identity = 'YES'")))
        return Status::failure(identities.lastError().text());
    QList<QPair<QString, QString>> columns;
    while (identities.next())
        columns.append({identities.value(0).toString(), identities.value(1).toString()});
    for (const auto &[table, column] : columns) {
        s = exec(server, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), coalesce(max(%2), 0) + 1, false) FROM %1")
                             .arg(table, column));
        if (!s)
            return s;
    }
    for (const QString &table : kTables) {
        s = exec(server, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table));
        if (!s)
            return s;
    }
    return tx.commit();
}

QStringList ServerAdmin::openToEveryone(Database &server)
{
    QStringList advice;
    if (!server.isServer())
        return advice;
    // PUBLIC (grantee 0) may run the function: by default (no ACL) or by a grant.
    QSqlQuery q(server.connection());
    if (!q.exec(QStringLiteral(
            "SELECT p.oid::pg_catalog.regprocedure::TEXT FROM pg_catalog.pg_proc p "
            "WHERE p.oid IN ('pg_catalog.lo_create(oid)'::pg_catalog.regprocedure, 'pg_catalog.lo_creat(integer)'::pg_catalog.regprocedure, "
            "'pg_catalog.lo_from_bytea(oid,bytea)'::pg_catalog.regprocedure) "
            "AND (p.proacl IS NULL OR EXISTS (SELECT 1 FROM pg_catalog.aclexplode(p.proacl) a "
            "WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE')) ORDER BY 1"))) {
        advice << tr("无法检查大对象函数的权限：%1").arg(q.lastError().text());
        return advice;
    }
    QStringList functions;
    while (q.next())
        functions << q.value(0).toString();
    if (functions.isEmpty())
        return advice;
    advice << tr("任何能登录本服务器的账户都还能创建大对象（%1），可借此占满服务器的磁盘。"
                 "这些函数属于超级用户，数据库的所有者无权收回；请由超级用户在数据库 %2 中执行：")
                  .arg(functions.join(QStringLiteral("、")), server.location().database())
           << QStringLiteral("REVOKE EXECUTE ON FUNCTION %1 FROM PUBLIC;").arg(functions.join(QStringLiteral(", ")));
    return advice;
}

Status ServerAdmin::addAccount(Database &server, const QString &role, AccountKind kind, qint64 institutionId,
                               const QString &password, QStringList *changes)
{
    if (!server.isServer())
        return Status::failure(tr("账户只在服务器数据库上使用，请用 --server 指定服务器。"));
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_]{1,62}$"));
    if (!valid.match(role).hasMatch())
        return Status::failure(tr("账户名“%1”无效：只能用小写字母、数字和下划线，以字母开头。").arg(role));
    // A password given at all guards a login on the network: one a colleague can guess in a
    // few tries is no guard (an empty one means "no password", for peer or certificate logins).
    if (!password.isEmpty() && password.size() < MinPasswordLength)
        return Status::failure(tr("账户 %1 的密码太短：至少要 %2 个字符。").arg(role).arg(MinPasswordLength));
    const QList<std::pair<AccountKind, QString>> groups{{AccountKind::Bureau, QStringLiteral("qingfeng_bureau")},
                                                         {AccountKind::City, QStringLiteral("qingfeng_city")},
                                                         {AccountKind::Institution, QStringLiteral("qingfeng_institution")}};
    const QString kindKey = kind == AccountKind::Bureau ? QStringLiteral("bureau")
                          : kind == AccountKind::City   ? QStringLiteral("city")
                                                        : QStringLiteral("institution");
    QStringList done;

    Transaction tx(server);
    QSqlQuery exists(server.connection());
    exists.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    exists.addBindValue(role);
    if (!exists.exec())
        return Status::failure(exists.lastError().text());
    const bool found = exists.next();
    Status s = exec(server, found ? QStringLiteral("ALTER ROLE %1 LOGIN").arg(role)
                                  : QStringLiteral("CREATE ROLE %1 LOGIN").arg(role));
    if (s && !found)
        done << tr("建立登录账户 %1").arg(role);
    if (s && !password.isEmpty()) {
        // Utility statements take no parameters: the verifier goes in as a quoted literal.
        QString verifier;
        s = PostgresEngine::passwordVerifier(server.connection(), role, password, &verifier);
        if (s) {
            QSqlField literal(QStringLiteral("password"), QMetaType(QMetaType::QString));
            literal.setValue(verifier);
            s = exec(server, QStringLiteral("ALTER ROLE %1 PASSWORD %2").arg(role, server.connection().driver()->formatValue(literal)));
        }
        if (s)
            done << tr("设置了新密码（只向服务器发送其 SCRAM-SHA-256 校验值）");
    }
    // The memberships become exactly the kind asked for.
    QSqlQuery member(server.connection());
    member.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                  "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ? AND u.rolname = ?)"));
    for (const auto &[groupKind, group] : groups) {
        if (!s)
            break;
        member.addBindValue(group);
        member.addBindValue(role);
        if (!member.exec() || !member.next()) {
            s = Status::failure(member.lastError().text());
            break;
        }
        const bool isMember = member.value(0).toBool();
        if (groupKind == kind && !isMember) {
            s = exec(server, QStringLiteral("GRANT %1 TO %2").arg(group, role));
            if (s)
                done << tr("加入 %1").arg(group);
        } else if (groupKind != kind && isMember) {
            s = exec(server, QStringLiteral("REVOKE %1 FROM %2").arg(group, role));
            if (s)
                done << tr("退出 %1（不再有其权限）").arg(group);
        }
    }
    if (s) {
        QSqlQuery before(server.connection());
        before.prepare(QStringLiteral("SELECT kind, coalesce(institution_id, 0) FROM account WHERE role_name = ?"));
        before.addBindValue(role);
        if (!before.exec()) {
            s = Status::failure(before.lastError().text());
        } else {
            const bool mapped = before.next();
            const QString oldKind = mapped ? before.value(0).toString() : QString();
            const qint64 oldInstitution = mapped ? before.value(1).toLongLong() : 0;
            const qint64 newInstitution = kind == AccountKind::Institution ? institutionId : 0;
            if (oldKind != kindKey || oldInstitution != newInstitution) {
                QSqlQuery map(server.connection());
                map.prepare(QStringLiteral("INSERT INTO account (role_name, kind, institution_id) VALUES (?, ?, ?) "
                                           "ON CONFLICT (role_name) DO UPDATE SET kind = excluded.kind, institution_id = excluded.institution_id"));
                map.addBindValue(role);
                map.addBindValue(kindKey);
                map.addBindValue(newInstitution != 0 ? QVariant(newInstitution) : QVariant());
                if (!map.exec())
                    s = Status::failure(map.lastError().text());
                else
                    done << (newInstitution != 0 ? tr("账户类别：%1 → 机构（编号 %2）").arg(kindName(oldKind)).arg(newInstitution)
                                                 : tr("账户类别：%1 → %2").arg(kindName(oldKind), kindName(kindKey)));
            }
        }
    }
    if (!s)
        return Status::failure(tr("无法设置账户 %1：%2").arg(role, s.message()));
    s = tx.commit();
    if (s && changes)
        *changes = done;
    return s;
}

} // namespace qf
