// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "demo/DemoData.h"
#include "storage/Backup.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/ServerAdmin.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace qf::ui {

Session::Session(QObject *parent) : QObject(parent) {}
Session::~Session() = default;

Status Session::open(const QString &path, bool seedDemoWhenEmpty)
{
    return open(DatabaseLocation::file(path), seedDemoWhenEmpty);
}

Status Session::open(const DatabaseLocation &location, bool seedDemoWhenEmpty)
{
    auto db = std::make_unique<Database>();
    Status s = db->open(location);
    if (!s)
        return s;
    if (seedDemoWhenEmpty && !location.isServer()) {
        s = DemoData::seed(*db);
        if (!s)
            return s;
    }
    db->setActor(QSettings().value(QStringLiteral("user/displayName")).toString());
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
    Status check = Backup::verify(backupPath);
    if (!check)
        return check;
    m_db->close();
    Status s = Backup::restore(backupPath, path, keptCopy);
    // Reopen whatever is there now: the restored file, or the untouched original.
    const Status reopened = open(path, false);
    if (!s)
        return s;
    return reopened;
}

Status Session::dailyBackup(QString *written)
{
    if (!m_db || m_db->isServer())
        return Status::success();
    const QString dir = QFileInfo(m_db->path()).absoluteDir().filePath(QStringLiteral("backups"));
    return Backup::daily(*m_db, dir, QDate::currentDate(), 14, written);
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

void Session::notifyChanged(const QString &what)
{
    emit dataChanged(what);
}

} // namespace qf::ui
