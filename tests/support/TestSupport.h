// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QDir>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <memory>
#include <ostream>

// Readable Chinese in failure messages.
namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace qf::test {

/// A fresh database in its own temporary directory, removed afterwards.
class TempDatabase
{
public:
    TempDatabase();
    Database &db() { return m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    Database m_db;
};

/// A database seeded with the demo county and campaign.
class DemoDatabase : public TempDatabase
{
public:
    DemoDatabase();
    qint64 campaignId() const { return m_campaignId; }

private:
    qint64 m_campaignId = 0;
};

QString dataPath(const QString &relative);
void writeFile(const QString &path, const QByteArray &bytes);

/// Runs the command-line tool in-process; returns the exit status and fills out/err.
int runCli(const QStringList &args, QString *out = nullptr, QString *err = nullptr);

/// Shared set-up of both test mains: headless platform, test-mode data paths.
void prepareEnvironment();

} // namespace qf::test
