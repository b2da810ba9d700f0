// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoEdits.h"

#include "DemoData.h"
#include "model/Campaign.h"
#include "storage/CampaignRepository.h"

namespace qf {

namespace {

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
    // A demo institution the user changed stays as the user's own (RemoveDemoData says so);
    // the demo campaign goes whole, with whatever the user changed in it.
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
