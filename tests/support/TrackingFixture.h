// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include "campaign/CampaignTemplate.h"
#include "campaign/SubmissionTracker.h"
#include "model/Report.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"

namespace qf::test {

inline QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

/// A small county of our own: an open hospital, a clinic that closed at the end of
/// September, a clinic that opened on 20 August and a pharmacy (which never files the
/// institution forms), under the 鹿寨县 2021 plan.
struct TrackingFixture
{
    test::TempDatabase t;
    Campaign campaign;
    Institution hospital;
    Institution closedClinic;
    Institution newClinic;
    Institution pharmacy;

    TrackingFixture()
    {
        auto make = [](const QString &name, const QString &phone, const QString &contact) {
            Institution i;
            i.name = name;
            // Reminders call the office's own line, never the public 举报电话.
            i.contactPhone = phone;
            i.reportPhone = QStringLiteral("0772-12345");
            i.contactPerson = contact;
            return i;
        };
        hospital = make(QStringLiteral(u"甲县人民医院"), QStringLiteral("0772-6812120"), QStringLiteral(u"韦建华"));
        closedClinic = make(QStringLiteral(u"甲县长盛村卫生室"), QStringLiteral("13877201111"), QStringLiteral(u"黎玉珍"));
        closedClinic.active = false;
        closedClinic.activeUntil = d(2021, 9, 30);
        newClinic = make(QStringLiteral(u"甲县新开诊所"), QStringLiteral("13877209999"), QStringLiteral(u"何新"));
        newClinic.activeFrom = d(2021, 8, 20);
        pharmacy = make(QStringLiteral(u"甲县大药房"), QStringLiteral("0772-6828800"), QStringLiteral(u"朱丽华"));
        pharmacy.kind = InstitutionKind::Pharmacy;
        QList<Institution> all{hospital, closedClinic, newClinic, pharmacy};
        REQUIRE(InstitutionRepository(t.db()).saveAll(all).isOk());
        hospital = all[0];
        closedClinic = all[1];
        newClinic = all[2];
        pharmacy = all[3];

        const auto tmpl = CampaignTemplate::find(QStringLiteral("luzhai-2021"));
        REQUIRE(tmpl.has_value());
        CampaignParameters p;
        p.county = QStringLiteral(u"甲县");
        p.year = 2021;
        REQUIRE(tmpl->instantiate(p, &campaign).isOk());
        campaign.offices[0].phone = QStringLiteral("6811998");
        REQUIRE(CampaignRepository(t.db()).save(campaign).isOk());
    }

    void report(const Institution &i, int form, const YearMonth &period, const QDate &submitted)
    {
        Report r;
        r.campaignId = campaign.id;
        r.form = form;
        r.unitKey = UnitKey::institution(i.id);
        r.period = period;
        r.submittedOn = submitted;
        r.numbers.insert(1, 1);
        REQUIRE(ReportRepository(t.db()).save(r).isOk());
    }

    SubmissionTracker tracker()
    {
        SubmissionTracker tr;
        const Status s = SubmissionTracker::load(t.db(), campaign.id, &tr);
        REQUIRE(s.isOk());
        return tr;
    }

    QString db() const { return t.path(); }
};

} // namespace qf::test
