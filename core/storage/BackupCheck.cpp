// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCheck.h"

#include "Database.h"
#include "Migrations.h"
#include "RawConnection.h"
#include "SqliteEngine.h"
#include "SqliteError.h"
#include "io/InputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace qf {

namespace {

QString typeName(const QString &type)
{
    if (type == QLatin1String("table"))
        return BackupCheck::tr("表");
    if (type == QLatin1String("index"))
        return BackupCheck::tr("索引");
    if (type == QLatin1String("trigger"))
        return BackupCheck::tr("触发器");
    if (type == QLatin1String("view"))
        return BackupCheck::tr("视图");
    return type;
}

// Every row of a checking pragma, or its error.
bool pragmaRows(QSqlDatabase db, const QString &pragma, QStringList *rows, QSqlError *error)
{
    QSqlQuery q(db);
    if (!q.exec(pragma)) {
        *error = q.lastError();
        return false;
    }
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < 4 && q.value(i).isValid(); ++i)
            cells << q.value(i).toString();
        *rows << cells.join(QLatin1Char(' '));
    }
    return true;
}

Status checkOpen(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return Status::failure(SqliteError::reason(q.lastError()));
    const int appId = q.value(0).toInt();
    if (appId != SqliteEngine::kApplicationId)
        return Status::failure(BackupCheck::tr("文件不是清风数据库（application_id 为 %1）").arg(appId));
    const int version = q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
    const int current = Database::currentSchemaVersion();
    if (version < 1)
        return Status::failure(BackupCheck::tr("文件中没有清风的数据结构（版本 %1）").arg(version));
    if (version > current)
        return Status::failure(BackupCheck::tr("备份由较新版本的清风创建（数据结构版本 %1，本程序支持到 %2），请升级程序")
                                   .arg(version).arg(current));

    QStringList rows;
    QSqlError error;
    if (!pragmaRows(db, QStringLiteral("PRAGMA integrity_check(20)"), &rows, &error))
        return Status::failure(BackupCheck::tr("完整性检查无法进行：%1").arg(SqliteError::reason(error)));
    if (rows != QStringList{QStringLiteral("ok")})
        return Status::failure(BackupCheck::tr("未通过完整性检查（%1）").arg(rows.join(QStringLiteral("；"))));
    rows.clear();
    if (!pragmaRows(db, QStringLiteral("PRAGMA foreign_key_check"), &rows, &error))
        return Status::failure(BackupCheck::tr("引用检查无法进行：%1").arg(SqliteError::reason(error)));
    if (!rows.isEmpty())
        return Status::failure(BackupCheck::tr("有 %1 行引用了不存在的记录（%2）").arg(rows.size()).arg(rows.first()));

    BackupCheck::Schema reference;
    Status s = BackupCheck::referenceSchema(version, &reference);
    if (!s)
        return s;
    const QStringList differences = BackupCheck::differences(reference, BackupCheck::schemaOf(db));
    if (!differences.isEmpty())
        return Status::failure(BackupCheck::tr("数据结构与清风版本 %1 的不同：%2").arg(version).arg(differences.join(QStringLiteral("；"))));
    return Status::success();
}

} // namespace

BackupCheck::Schema BackupCheck::schemaOf(QSqlDatabase db)
{
    Schema schema;
    QSqlQuery q(db);
    // sqlite_stat* come and go with ANALYZE and only steer the query planner.
    q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'"));
    while (q.next()) {
        const QString key = q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        // The table an index or trigger belongs to is part of what it is.
        schema.insert(key, q.value(2).toString() + QLatin1Char('|') + q.value(3).toString().simplified());
    }
    return schema;
}

Status BackupCheck::referenceSchema(int version, Schema *out)
{
    RawConnection memory(QStringLiteral(":memory:"));
    if (!memory.isOpen())
        return Status::failure(tr("无法建立对照用的数据库：%1").arg(memory.error().text()));
    for (int step = 0; step < version; ++step) {
        Status s = Migrations::apply(memory.db(), step, DatabaseEngine::Sqlite);
        if (!s)
            return s;
    }
    const Status s = Migrations::finish(memory.db(), version, DatabaseEngine::Sqlite);
    if (!s)
        return s;
    *out = schemaOf(memory.db());
    return Status::success();
}

QStringList BackupCheck::differences(const Schema &reference, const Schema &candidate)
{
    QStringList found;
    auto named = [](const QString &key) {
        const qsizetype space = key.indexOf(QLatin1Char(' '));
        return typeName(key.left(space)) + QLatin1Char(' ') + key.mid(space + 1);
    };
    for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
        if (!candidate.contains(it.key()))
            found << tr("备份缺少%1").arg(named(it.key()));
        else if (candidate.value(it.key()) != it.value())
            found << tr("备份中%1的定义与本版本不同").arg(named(it.key()));
    }
    for (auto it = candidate.cbegin(); it != candidate.cend(); ++it)
        if (!reference.contains(it.key()))
            found << tr("备份多出%1").arg(named(it.key()));
    return found;
}

Status BackupCheck::check(const QString &path, const QString &shownAs)
{
    auto refuse = [&shownAs](const QString &why) {
        return Status::failure(tr("%1 不是可用的清风备份：%2。").arg(shownAs, why));
    };
    Status s = InputFile::checkRegular(path, std::numeric_limits<qint64>::max());
    if (!s)
        return refuse(s.message());
    if (QFileInfo(path).size() == 0)
        return refuse(tr("文件是空的（0 字节）"));
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return refuse(f.errorString());
        if (f.read(16) != QByteArray("SQLite format 3\0", 16))
            return refuse(tr("文件不是 SQLite 数据库"));
    }
    {
        // Read-write, although nothing is written: on a read-only connection SQLite's
        // integrity_check skips the CHECK constraints, and a row breaking one would make
        // every later write to the restored database fail. The file is a private copy.
        RawConnection candidate(path);
        s = candidate.isOpen() ? Status::success() : Status::failure(SqliteError::reason(candidate.error()));
        if (s) {
            QSqlQuery q(candidate.db());
            if (!q.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")))
                s = Status::failure(SqliteError::reason(q.lastError()));
        }
        if (s)
            s = checkOpen(candidate.db());
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return s ? s : refuse(s.message());
}

} // namespace qf
