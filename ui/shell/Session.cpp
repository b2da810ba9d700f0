// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "demo/DemoData.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"

namespace qf::ui {

Session::Session(QObject *parent) : QObject(parent) {}
Session::~Session() = default;

Status Session::open(const QString &path, bool seedDemoWhenEmpty)
{
    auto db = std::make_unique<Database>();
    Status s = db->open(path);
    if (!s)
        return s;
    if (seedDemoWhenEmpty) {
        s = DemoData::seed(*db);
        if (!s)
            return s;
    }
    m_db = std::move(db);
    m_campaignId = CampaignRepository(*m_db).latestId();
    emit databaseOpened();
    emit campaignChanged(m_campaignId);
    return Status::success();
}

void Session::setCampaignId(qint64 id)
{
    if (id == m_campaignId)
        return;
    m_campaignId = id;
    emit campaignChanged(id);
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
