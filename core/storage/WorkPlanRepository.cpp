// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkPlanRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

Status WorkPlanRepository::load(qint64 campaignId, std::optional<WorkPlan> *out) const
{
    out->reset();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT plan FROM campaign_work_plan WHERE campaign_id = ?"));
    SqlValues::bind(q, campaignId);
    if (!q.exec())
        return Status::failure(tr("无法读取工作方案：%1").arg(q.lastError().text()));
    if (!q.next())
        return Status::success();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &error);
    if (!doc.isObject())
        return Status::failure(tr("专项整治 %1 存储的工作方案无法读取：%2").arg(campaignId).arg(error.errorString()));
    WorkPlan plan;
    Status s = WorkPlan::fromJson(doc.object(), &plan);
    if (!s)
        return Status::failure(tr("专项整治 %1 存储的工作方案有误：%2").arg(campaignId).arg(s.message()));
    *out = plan;
    return Status::success();
}

Status WorkPlanRepository::save(qint64 campaignId, const WorkPlan &plan)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO campaign_work_plan (campaign_id, plan) VALUES (?, ?) "
                             "ON CONFLICT (campaign_id) DO UPDATE SET plan = excluded.plan"));
    SqlValues::bind(q, campaignId);
    SqlValues::bind(q, QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Status::failure(tr("无法保存工作方案：%1").arg(q.lastError().text()));
    return tx.commit();
}

} // namespace qf
