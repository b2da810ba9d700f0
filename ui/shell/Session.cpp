// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "BackgroundJob.h"
#include "BackgroundRead.h"

#include "actions/SignMonth.h"
#include "demo/DemoData.h"
#include "storage/Backup.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/ServerAdmin.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QThreadPool>

namespace qf::ui {

Session::Session(QObject *parent) : QObject(parent) {}
Session::~Session()
{
    // A page's count or the daily backup may still be reading this database over a connection
    // of its own; it finishes before the caller can remove the file or the application its
    // SQL drivers (a test's temporary folder went away under a running read and crashed at exit).
    QThreadPool::globalInstance()->waitForDone();
    // A long job (posters, templates, an import) has a pool of its own: it stops at its next
    // step and is waited for too.
    BackgroundJob::cancelAndWaitAll();
}

Status Session::open(const QString &path, bool seedDemoWhenEmpty)
{
    return open(DatabaseLocation::file(path), seedDemoWhenEmpty);
}

Status Session::open(const DatabaseLocation &location, bool seedDemoWhenEmpty)
{
    auto db = std::make_unique<Database>();
    // The window is usable while a large file's tables are checked; the first write waits.
    Status s = db->open(location, Database::TableCheck::AlongsideFirstReads);
    if (!s)
        return s;
    if (seedDemoWhenEmpty && !location.isServer()) {
        s = DemoData::seed(*db);
        if (!s)
            return s;
    }
    s = db->setActor(QSettings().value(QStringLiteral("user/displayName")).toString());
    if (!s)
        return s;
    // Locks taken before the database kept signed figures are frozen now, as the month
    // shows today. An account that may not sign (an institution's on a server) cannot
    // store them: those months stay live until a bureau account opens the database.
    if (const Status frozen = SignMonth::freezePending(*db); !frozen)
        qInfo("%s", qUtf8Printable(frozen.message()));
    m_instanceLock.reset();
    m_sharedWith.clear();
    // A server serves many clients by design; only a file needs the mark.
    if (!location.isServer()) {
        m_instanceLock = std::make_unique<InstanceLock>(location.path());
        if (!m_instanceLock->acquire())
            m_sharedWith = m_instanceLock->holder();
    }
    m_db = std::move(db);
    const ServerAdmin::Account account = ServerAdmin::currentAccount(*m_db);
    m_ownInstitution = account.institutionId;
    m_login = account.login;
    m_campaignId = lastCampaign();
    emit databaseOpened();
    emit campaignChanged(m_campaignId);
    return Status::success();
}

QString Session::defaultDatabasePath()
{
    return Database::defaultPath();
}

QString Session::systemUser()
{
    return Database::systemUser();
}

Status Session::backupOn(Database &db, const QString &path, Progress *progress)
{
    return Backup::write(db, path, progress);
}

Status Session::restoreFrom(const QString &backupPath, QString *keptCopy)
{
    if (!m_db)
        return Status::failure(tr("没有打开的数据库。"));
    if (m_db->isServer())
        return Status::failure(tr("服务器上的共享数据库由服务器管理员恢复。"));
    const QString path = m_db->path();
    // Replacing the file under another window would leave it writing to a file that is gone.
    if (m_instanceLock && !m_instanceLock->acquire())
        return Status::failure(tr("数据库正由%1使用。请先关闭那个窗口，再从备份恢复。").arg(m_instanceLock->holder()));
    // A long job of the window (an import, templates, an export) reads and writes this file
    // over a connection of its own: replacing the file under it would mix two databases.
    if (!BackgroundJob::running().isEmpty())
        return Status::failure(tr("有后台任务正在进行（如导入、生成空白报表或导出）。请等它完成或取消后，再从备份恢复。"));
    Status check = Backup::verify(backupPath);
    if (!check)
        return check;
    // The pages' background reads and the daily backup run on the global pool, each over a
    // connection of its own to this file; they are short, and are let finish first.
    QThreadPool::globalInstance()->waitForDone();
    m_db->close();
    Status s = Backup::restore(backupPath, path, keptCopy);
    // Reopen whatever is there now: the restored file, or the untouched original.
    const Status reopened = open(path, false);
    if (!s)
        return s;
    return reopened;
}

void Session::startDailyBackup(QObject *context, const std::function<void(const Status &, const QString &)> &done)
{
    if (!m_db || m_db->isServer()) {
        done(Status::success(), QString());
        return;
    }
    struct Written
    {
        Status status;
        QString file;
    };
    const QString dir = QFileInfo(m_db->path()).absoluteDir().filePath(QStringLiteral("backups"));
    const QDate today = QDate::currentDate();
    readInBackground<Written>(
        context, *m_db,
        [dir, today](Database &db, const Status &opened) {
            Written w;
            w.status = opened ? Backup::daily(db, dir, today, 14, &w.file) : opened;
            return w;
        },
        [done](const Written &w) { done(w.status, w.file); });
}

void Session::setCampaignId(qint64 id)
{
    if (id == m_campaignId)
        return;
    m_campaignId = id;
    // Remembered for this database, so that a restart opens the campaign worked on last.
    QSettings settings;
    settings.setValue(QStringLiteral("session/lastDatabase"), displayName());
    settings.setValue(QStringLiteral("session/lastCampaign"), id);
    emit campaignChanged(id);
}

std::optional<Campaign> Session::campaign(Status *status) const
{
    if (!isOpen() || m_campaignId == 0)
        return std::nullopt;
    return CampaignRepository(*m_db).load(m_campaignId, status);
}

QList<Campaign> Session::campaigns(Status *status) const
{
    return isOpen() ? CampaignRepository(*m_db).list(status) : QList<Campaign>();
}

QList<Institution> Session::registry(Status *status) const
{
    return isOpen() ? InstitutionRepository(*m_db).all(status) : QList<Institution>();
}

QString Session::ownInstitutionName() const
{
    if (!isOpen() || m_ownInstitution == 0)
        return QString();
    const auto own = InstitutionRepository(*m_db).find(m_ownInstitution);
    return own ? own->name : QString();
}

int Session::institutionCount(Status *status) const
{
    return isOpen() ? InstitutionRepository(*m_db).count(status) : 0;
}

qint64 Session::lastCampaign() const
{
    const CampaignRepository campaigns(*m_db);
    const QSettings settings;
    if (settings.value(QStringLiteral("session/lastDatabase")).toString() == displayName()) {
        const qint64 id = settings.value(QStringLiteral("session/lastCampaign")).toLongLong();
        if (id != 0 && campaigns.load(id))
            return id;
    }
    return campaigns.latestId();
}

QString Session::campaignTitle() const
{
    if (!isOpen() || m_campaignId == 0)
        return QString();
    const auto campaign = CampaignRepository(*m_db).load(m_campaignId);
    return campaign ? campaign->title : QString();
}

bool Session::hasDemoData()
{
    if (!isOpen())
        return false;
    for (const Institution &i : InstitutionRepository(*m_db).all())
        if (i.demo)
            return true;
    return DemoData::campaignId(*m_db) != 0;
}

void Session::notifyChanged(Change what)
{
    emit dataChanged(what);
}

void Session::notifyRemoved()
{
    if (!isOpen())
        return;
    const CampaignRepository campaigns(*m_db);
    if (m_campaignId == 0 || !campaigns.load(m_campaignId))
        setCampaignId(campaigns.latestId());
    emit dataChanged(Change::Campaigns);
    emit dataChanged(Change::Institutions);
}

} // namespace qf::ui
