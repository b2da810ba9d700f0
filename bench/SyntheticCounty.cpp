// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticCounty.h"

#include "campaign/CampaignTemplate.h"
#include "forms/FormDescription.h"
#include "forms/ReportingUnit.h"
#include "model/Report.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"

#include <QRandomGenerator>

namespace qf::bench {

namespace {

const YearMonth kFirst(2021, 1);

QList<Institution> registry(int counties)
{
    QList<Institution> list;
    QRandomGenerator rng(20211);
    for (int c = 0; c < counties; ++c) {
        const QString county = QStringLiteral(u"第%1县").arg(c + 1);
        for (int i = 0; i < kInstitutionsPerCounty; ++i) {
            Institution inst;
            // A realistic mix: a few county hospitals, township centres, then private
            // hospitals, clinics and village clinics, and some contracted pharmacies.
            if (i < 3) {
                inst.name = county + QStringLiteral(u"第%1人民医院").arg(i + 1);
                inst.level = i == 0 ? Level::Tertiary : Level::Secondary;
            } else if (i < 30) {
                inst.name = county + QStringLiteral(u"第%1镇卫生院").arg(i - 2);
            } else if (i < 60) {
                inst.name = county + QStringLiteral(u"康复民营医院%1").arg(i - 29);
                inst.ownership = Ownership::Private;
                inst.level = i % 10 == 0 ? Level::Secondary : Level::PrimaryOrBelow;
            } else if (i < 570) {
                inst.name = county + QStringLiteral(u"第%1村卫生室").arg(i - 59);
                inst.ownership = i % 3 == 0 ? Ownership::Public : Ownership::Private;
            } else {
                inst.name = county + QStringLiteral(u"惠民大药房%1").arg(i - 569);
                inst.ownership = Ownership::Private;
                inst.kind = InstitutionKind::Pharmacy;
            }
            inst.shortName = inst.name.mid(county.size());
            inst.contracted = rng.bounded(10) < 8;
            inst.township = QStringLiteral(u"第%1镇").arg(1 + i % 27);
            inst.reportPhone = QStringLiteral("0772-68%1").arg(10000 + c * 1000 + i);
            inst.reportEmail = QStringLiteral("unit%1x%2@example.cn").arg(c).arg(i);
            inst.contactPerson = QStringLiteral(u"联系人%1").arg(i);
            list << inst;
        }
    }
    return list;
}

Status campaign(int counties, Campaign *out)
{
    const auto tmpl = CampaignTemplate::find(QStringLiteral("luzhai-2021"));
    if (!tmpl)
        return Status::failure(QStringLiteral("template luzhai-2021 missing"));
    CampaignParameters params;
    params.county = counties == 1 ? QStringLiteral(u"第1县") : QStringLiteral(u"全市");
    params.city = QStringLiteral(u"柳州市");
    params.year = 2021;
    params.docNumber = QStringLiteral(u"测卫医〔2021〕1号");
    params.bureauPhone = QStringLiteral("0772-6815093");
    params.bureauEmail = QStringLiteral("bureau@example.cn");
    params.cityPhone = QStringLiteral("0772-2825464");
    params.cityEmail = QStringLiteral("city@example.cn");
    Status s = tmpl->instantiate(params, out);
    if (!s)
        return s;
    // A whole year of monthly reports: the plan's phases stretched over it.
    out->start = QDate(2021, 1, 1);
    out->noticeDate = QDate(2021, 1, 1);
    out->end = QDate(2022, 1, 31);
    if (!out->phases.isEmpty()) {
        out->phases.first().start = out->start;
        out->phases.last().end = out->end;
    }
    for (Deadline &d : out->deadlines) {
        if (d.recurrence == Deadline::Recurrence::Monthly) {
            d.firstPeriod = kFirst;
            d.lastPeriod = kFirst.addMonths(kMonths - 1);
        } else {
            d.dueDate = QDate(2022, 1, 20);
        }
    }
    return out->validate();
}

int busyness(const ReportingUnit &u)
{
    return u.level == Level::Tertiary ? 6 : u.level == Level::Secondary ? 3 : 1;
}

/// Keeps the figures within the forms' error rules, so that they import cleanly;
/// cumulative values stay non-decreasing because the bounds only grow.
void keepRules(int form, QMap<int, double> &c)
{
    if (form == 1) {
        c[2] = qMin(c[2], c[1]);
        c[7] = qMin(c[7], c[6]);
    } else if (form == 2) {
        c[2] = qMin(c[2], 3.0);
        c[11] = c[12] + c[13] + c[14];
        double measures = 0;
        for (int k = 4; k <= 10; ++k)
            measures += c[k];
        c[3] = qMin(c[3], measures);
    }
}

} // namespace

Status generate(Database &db, int counties, SyntheticData *out)
{
    out->institutions = registry(counties);
    Status s = campaign(counties, &out->campaign);
    if (!s)
        return s;
    Transaction tx(db);
    s = InstitutionRepository(db).saveAll(out->institutions);
    if (s)
        s = CampaignRepository(db).save(out->campaign);
    if (!s)
        return s;

    QList<Report> reports;
    QHash<QString, QMap<int, double>> cumulative[4];
    for (int m = 0; m < kMonths; ++m) {
        const YearMonth period = kFirst.addMonths(m);
        for (int form : FormCatalog::numbers()) {
            const FormDescription &desc = FormCatalog::form(form);
            for (const ReportingUnit &u : ReportingUnits::forForm(desc, out->institutions, period)) {
                QRandomGenerator rng(quint32(u.key.size() * 131 + u.institutionId * 7919 + form * 104729 + m));
                QMap<int, double> &c = cumulative[form][u.key];
                const int scale = busyness(u) * (u.institutionId ? 1 : 20);
                for (const FormColumn &col : desc.columns) {
                    if (!col.isNumeric() || !col.derived.isEmpty())
                        continue;
                    const double step = col.kind == ColumnKind::Amount ? rng.bounded(100) / 100.0 * scale
                                                                       : double(rng.bounded(scale + 1) / 2);
                    c[col.number] = c.value(col.number) + step;
                }
                keepRules(form, c);
                Report r;
                r.campaignId = out->campaign.id;
                r.form = form;
                r.unitKey = u.key;
                r.period = period;
                r.submittedOn = period.next().firstDay().addDays(int(rng.bounded(10)));
                r.numbers = c;
                reports << r;
            }
        }
    }
    out->reports = int(reports.size());
    s = ReportRepository(db).saveAll(reports);
    if (!s)
        return s;
    return tx.commit();
}

} // namespace qf::bench
