// SPDX-License-Identifier: GPL-3.0-or-later
// The registry import at two sizes: a cost per row that grows with the registry (a
// look-up by scanning every name) shows as a ratio far above the ten times more rows.
#include "RegistryImportRun.h"

#include "io/InstitutionImport.h"
#include "storage/Database.h"
#include "storage/InstitutionRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace qf::bench {

QString writeRegistryCsv(const QString &dir, int rows, QString *path)
{
    *path = QDir(dir).filePath(QStringLiteral("registry-%1.csv").arg(rows));
    QFile f(*path);
    if (!f.open(QIODevice::WriteOnly))
        return f.errorString();
    QByteArray text = QStringLiteral(u"名称,所有制,等级,医保定点\n").toUtf8();
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral(u"测试机构%1,民营,一级及以下,否\n").arg(i, 6, 10, QLatin1Char('0')).toUtf8();
    return f.write(text) == text.size() ? QString() : f.errorString();
}

QString importRegistryCsv(const QString &dir, const QString &csv)
{
    const QString dbPath = QDir(dir).filePath(QStringLiteral("registry-%1.sqlite").arg(QFileInfo(csv).baseName()));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dbPath + suffix);
    Database db;
    if (const Status s = db.open(dbPath); !s)
        return s.message();
    InstitutionRepository repo(db);
    QList<Institution> parsed;
    Status s = InstitutionImport::parseFile(csv, repo.all(), &parsed);
    if (s)
        s = repo.saveAll(parsed);
    if (s && repo.count() != parsed.size())
        return QStringLiteral("imported %1 of %2 rows").arg(repo.count()).arg(parsed.size());
    return s ? QString() : s.message();
}

} // namespace qf::bench
