// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "storage/Database.h"

#include <QDir>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <optional>
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

/// The PostgreSQL server the tests may use (QINGFENG_TEST_PG, a postgresql:// URI of an
/// account that may create databases and roles), or nothing when it is not set.
std::optional<DatabaseLocation> testServer();

/// Whether this run puts the storage suite on the server instead of SQLite files
/// (QINGFENG_TEST_ENGINE=postgres; CTest registers the [engines] tests a second time so).
bool onServer();

/// A fresh, empty database on the test server, dropped afterwards (with any connection
/// still open to it), so that tests on the server stay as independent as temp files.
class ScratchServerDatabase
{
public:
    explicit ScratchServerDatabase(const DatabaseLocation &server);
    ~ScratchServerDatabase();
    ScratchServerDatabase(const ScratchServerDatabase &) = delete;
    ScratchServerDatabase &operator=(const ScratchServerDatabase &) = delete;
    DatabaseLocation location() const { return m_location; }
    /// Runs one statement as the server's administrator (roles, grants).
    void admin(const QString &sql);
    /// A login role unique to this database, dropped with it (roles are server-wide).
    QString role(const QString &suffix);

private:
    QStringList m_roles;
    DatabaseLocation m_server;
    DatabaseLocation m_location;
    Database m_admin;
};

/// A fresh database in its own temporary directory, removed afterwards; on the test
/// server instead when onServer().
class TempDatabase
{
public:
    TempDatabase();
    Database &db() { return m_db; }
    /// Where a second connection to the same database opens.
    DatabaseLocation location() const;
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScratchServerDatabase> m_scratch;
    Database m_db;
};

/// A database seeded with the demo county and campaign.
class DemoDatabase : public TempDatabase
{
public:
    DemoDatabase();
    qint64 campaignId() const { return m_campaignId; }
    /// The demo campaign as stored now (the test fails when it is gone).
    Campaign campaign();

private:
    qint64 m_campaignId = 0;
};

QString dataPath(const QString &relative);
void writeFile(const QString &path, const QByteArray &bytes);
/// The file's SHA-256: a file left untouched has the same one before and after.
QByteArray digestOf(const QString &path);

/// Every name in a folder, hidden ones too (a staging folder or a temporary file would show):
/// a folder left as it was lists the same names before and after.
QStringList entriesOf(const QString &folder);
/// Deletes a month's stored reports (SQL, not through an action): the month's workbooks then
/// come back as new filings.
void forgetMonth(Database &db, const YearMonth &month);

/// Runs the command-line tool in-process; returns the exit status and fills out/err.
int runCli(const QStringList &args, QString *out = nullptr, QString *err = nullptr);

/// Runs the event loop until `done` holds (work a page hands to a worker thread and shows
/// when it is back); false if it still does not hold after `timeoutMs`.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 30000);

/// Shared set-up of both test mains: headless platform, test-mode data paths.
void prepareEnvironment();

/// A campaign of the user's own, opened from the 鹿寨 2021 template for 象州县 (来宾市) and
/// saved through the core action, as 新建专项整治… does.
Campaign savedTemplateCampaign(Database &db);

} // namespace qf::test
