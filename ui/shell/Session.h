// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Institution.h"
#include "model/Progress.h"
#include "storage/Database.h"
#include "storage/InstanceLock.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace qf::ui {

/// The open database and the campaign being worked on, shared by every page.
/// Pages listen to its signals instead of to each other.
class Session : public QObject
{
    Q_OBJECT
public:
    /// What a page wrote, so that the pages showing it refresh. A kind of change is a
    /// value, not a word, so that a misspelt notice cannot compile.
    enum class Change { Figures, Locks, Ledgers, Campaigns, Institutions, Submissions };
    Q_ENUM(Change)

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    /// Opens a database file (creating and migrating it); seeds the demo county when
    /// asked and the file holds nothing yet.
    Status open(const QString &path, bool seedDemoWhenEmpty);
    /// Opens a file or connects to a shared server (never seeded: its data is everyone's).
    Status open(const DatabaseLocation &location, bool seedDemoWhenEmpty);
    Database &database() { return *m_db; }
    bool isOpen() const { return m_db && m_db->isOpen(); }
    QString path() const { return m_db ? m_db->path() : QString(); }
    /// Empty when this window alone has the file open; otherwise who else has it.
    QString sharedWith() const { return m_sharedWith; }
    /// The file path or the server (user@host:port/db) for titles and messages.
    QString displayName() const { return m_db ? m_db->location().displayName() : QString(); }

    /// The embedded default file in the user's data directory, for a first start.
    static QString defaultDatabasePath();
    /// The operating-system account, which the audit trail names beside the chosen name.
    static QString systemUser();

    /// Writes a consistent copy of the database `db` is open on to a file (safe while it is in
    /// use): on a worker's own connection, so that a large file does not hold up the window.
    static Status backupOn(Database &db, const QString &path, Progress *progress = nullptr);
    /// Replaces the open database with a backup (verified first; the current file is kept).
    Status restoreFrom(const QString &backupPath, QString *keptCopy);
    /// The automatic daily backup next to the user's data, written from a worker thread over
    /// a connection of its own (copying a city's database takes seconds, and the window is
    /// usable meanwhile); `done` hears on the UI thread whether it worked and which file it
    /// wrote (none when today's exists). A server is backed up by its administrator.
    void startDailyBackup(QObject *context, const std::function<void(const Status &, const QString &written)> &done);

    /// On a server, the institution whose account this is (its pages show its own unit
    /// only; the server shows it nothing else anyway); 0 for the bureau, the city, a file.
    qint64 ownInstitutionId() const { return m_ownInstitution; }
    /// The name of that institution, for the status bar; empty for the bureau, the city, a file.
    QString ownInstitutionName() const;
    /// The account on a server ("zhongdu_wsy"), empty for a file.
    QString login() const { return m_login; }

    /// The campaign worked on: after opening, the one chosen last time in this database
    /// (else the newest).
    qint64 campaignId() const { return m_campaignId; }
    void setCampaignId(qint64 id);
    // A read that fails says what could not be read in *status (for the page's
    // ReadFailureBanner) and in the log; the result is then empty.
    /// The campaign being worked on as stored now; none when no database or campaign is open.
    std::optional<Campaign> campaign(Status *status = nullptr) const;
    /// Every campaign of the database, for the campaign chooser.
    QList<Campaign> campaigns(Status *status = nullptr) const;
    /// The institutions of the registry as stored now (empty when nothing is open).
    QList<Institution> registry(Status *status = nullptr) const;
    /// How many institutions the registry holds (0 when nothing is open), without reading them.
    int institutionCount(Status *status = nullptr) const;
    /// Its title, for the window to name on every page; empty without a campaign.
    QString campaignTitle() const;
    bool hasDemoData();

    /// Pages call this after they wrote something, so the others refresh.
    void notifyChanged(Change what);
    /// After campaigns and institutions were deleted (the demo data): the campaign worked on,
    /// when it went, gives way to the newest one left (or none), and every page refreshes.
    void notifyRemoved();

signals:
    void databaseOpened();
    void campaignChanged(qint64 id);
    void dataChanged(qf::ui::Session::Change what);

private:
    qint64 lastCampaign() const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<InstanceLock> m_instanceLock;
    QString m_sharedWith;
    qint64 m_campaignId = 0;
    qint64 m_ownInstitution = 0;
    QString m_login;
};

} // namespace qf::ui
