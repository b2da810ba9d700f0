// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoEdits.h"

#include "DemoData.h"
#include "model/Campaign.h"
#include "model/Institution.h"
#include "storage/AuditLog.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"

#include <QHash>
#include <QJsonValue>

namespace qf {

namespace {

QString institutionField(const QString &column)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("DemoEdits", "名称")},
        {QStringLiteral("short_name"), QT_TRANSLATE_NOOP("DemoEdits", "简称")},
        {QStringLiteral("ownership"), QT_TRANSLATE_NOOP("DemoEdits", "所有制")},
        {QStringLiteral("level"), QT_TRANSLATE_NOOP("DemoEdits", "等级")},
        {QStringLiteral("contracted"), QT_TRANSLATE_NOOP("DemoEdits", "医保定点")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("DemoEdits", "类别")},
        {QStringLiteral("township"), QT_TRANSLATE_NOOP("DemoEdits", "乡镇")},
        {QStringLiteral("report_phone"), QT_TRANSLATE_NOOP("DemoEdits", "举报电话")},
        {QStringLiteral("report_email"), QT_TRANSLATE_NOOP("DemoEdits", "举报邮箱")},
        {QStringLiteral("contact_person"), QT_TRANSLATE_NOOP("DemoEdits", "联系人")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("DemoEdits", "在册状态")},
        {QStringLiteral("active_from"), QT_TRANSLATE_NOOP("DemoEdits", "开业日期")},
        {QStringLiteral("active_until"), QT_TRANSLATE_NOOP("DemoEdits", "停业日期")},
        {QStringLiteral("contact_phone"), QT_TRANSLATE_NOOP("DemoEdits", "联系电话")},
    };
    const auto it = labels.constFind(column);
    return it == labels.constEnd() ? column : DemoEdits::tr(it.value());
}

// The fields of the campaign's plan that differ from what the seed wrote, by name.
QStringList campaignChanges(const Campaign &now, const Campaign &seeded)
{
    QStringList changed;
    auto differs = [&changed](bool differ, const QString &label) {
        if (differ)
            changed << label;
    };
    differs(now.title != seeded.title, DemoEdits::tr("标题"));
    differs(now.docNumber != seeded.docNumber, DemoEdits::tr("文号"));
    differs(now.issuingBody != seeded.issuingBody, DemoEdits::tr("发文单位"));
    differs(now.county != seeded.county || now.city != seeded.city, DemoEdits::tr("县市名称"));
    differs(now.year != seeded.year || now.start != seeded.start || now.end != seeded.end, DemoEdits::tr("年度和期间"));
    differs(now.noticeDate != seeded.noticeDate || now.addressees != seeded.addressees || now.noticeBody != seeded.noticeBody,
            DemoEdits::tr("通知"));
    differs(now.bureauPhone != seeded.bureauPhone || now.bureauEmail != seeded.bureauEmail || now.cityPhone != seeded.cityPhone
                || now.cityEmail != seeded.cityEmail,
            DemoEdits::tr("举报电话和邮箱"));
    bool offices = now.offices.size() != seeded.offices.size();
    for (qsizetype i = 0; !offices && i < now.offices.size(); ++i) {
        const Office &a = now.offices.at(i), &b = seeded.offices.at(i);
        offices = a.name != b.name || a.email != b.email || a.phone != b.phone;
    }
    differs(offices, DemoEdits::tr("责任股室"));
    bool phases = now.phases.size() != seeded.phases.size();
    for (qsizetype i = 0; !phases && i < now.phases.size(); ++i) {
        const Phase &a = now.phases.at(i), &b = seeded.phases.at(i);
        phases = a.name != b.name || a.start != b.start || a.end != b.end || a.description != b.description;
    }
    differs(phases, DemoEdits::tr("工作阶段"));
    bool deadlines = now.deadlines.size() != seeded.deadlines.size();
    for (qsizetype i = 0; !deadlines && i < now.deadlines.size(); ++i) {
        const Deadline &a = now.deadlines.at(i), &b = seeded.deadlines.at(i);
        deadlines = a.title != b.title || a.deliverable != b.deliverable || a.reporter != b.reporter
                    || a.reporterOffice != b.reporterOffice || a.recipientOffice != b.recipientOffice
                    || a.recurrence != b.recurrence || a.periods() != b.periods();
        // What a deadline means is its months and their due dates; the stored form of an
        // unused field (a monthly one's date) may differ from the template's.
        for (const YearMonth &m : a.periods())
            deadlines = deadlines || a.dueFor(m) != b.dueFor(m);
    }
    differs(deadlines, DemoEdits::tr("报送截止事项"));
    return changed;
}

} // namespace

Status DemoEdits::find(Database &db, QStringList *out)
{
    out->clear();
    const AuditLog audit(db);
    // An institution is the seed's until an update says otherwise; the trail logs an
    // update only when a value changed, so a save that changed nothing does not count.
    for (const Institution &i : InstitutionRepository(db).all()) {
        if (!i.demo)
            continue;
        QStringList fields;
        QString firstName;
        for (const AuditEntry &e : audit.history(QStringLiteral("institution"), QString::number(i.id))) {
            if (e.action != u"update")
                continue;
            for (auto it = e.newValues.constBegin(); it != e.newValues.constEnd(); ++it) {
                if (e.oldValues.value(it.key()) == QJsonValue(it.value()))
                    continue;
                if (it.key() == u"name" && firstName.isEmpty())
                    firstName = e.oldValues.value(it.key()).toString();
                const QString label = institutionField(it.key());
                if (!fields.contains(label))
                    fields << label;
            }
        }
        if (fields.isEmpty())
            continue;
        *out << (firstName.isEmpty() || firstName == i.name
                     ? tr("示例机构“%1”：改过%2").arg(i.name, fields.join(tr("、")))
                     : tr("示例机构“%1”（原名“%2”）：改过%3").arg(i.name, firstName, fields.join(tr("、"))));
    }
    const qint64 demoCampaign = DemoData::campaignId(db);
    if (demoCampaign == 0)
        return Status::success();
    const std::optional<Campaign> now = CampaignRepository(db).load(demoCampaign);
    Campaign seeded;
    const Status s = DemoData::campaign(&seeded);
    if (!s)
        return s;
    if (!now)
        return Status::failure(tr("无法读取示例活动。"));
    if (const QStringList changed = campaignChanges(*now, seeded); !changed.isEmpty())
        *out << tr("示例活动“%1”：改过%2").arg(now->title, changed.join(tr("、")));
    return Status::success();
}

} // namespace qf
