// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoFigures.h"

#include "forms/FormDescription.h"
#include "forms/ReportingUnit.h"
#include "model/Report.h"
#include "storage/Database.h"
#include "storage/ReportRepository.h"

#include <QRandomGenerator>

namespace qf::DemoFigures {

namespace {

// The demo stands in the middle of December 2021: November's reports are still coming in.
const YearMonth kLastPeriod(2021, 11);
const QStringList kLateInNovember{QStringLiteral(u"鹿寨县拉沟乡卫生院"), QStringLiteral(u"鹿寨县安康眼科医院"),
                                  QStringLiteral(u"鹿寨县四排镇四排村卫生室")};

// How busy an institution is: a county hospital finds and handles far more than a village clinic.
int scaleOf(const ReportingUnit &u)
{
    switch (u.level) {
    case Level::Tertiary: return 6;
    case Level::Secondary: return 3;
    case Level::PrimaryOrBelow: break;
    }
    return 1;
}

QDate submittedOn(QRandomGenerator &rng, const YearMonth &period, int dueDay)
{
    const QDate due = period.next().firstDay().addDays(dueDay - 1);
    // Most arrive in the week before the deadline; about one in ten a few days late.
    if (rng.bounded(10) == 0)
        return due.addDays(1 + rng.bounded(5));
    return due.addDays(-int(rng.bounded(7)));
}

void grow(QMap<int, double> &cumulative, int column, int increase)
{
    cumulative[column] = cumulative.value(column) + increase;
}

Report makeReport(const Campaign &campaign, int form, const ReportingUnit &unit, const YearMonth &period,
                  const QMap<int, double> &numbers, const QDate &submitted)
{
    Report r;
    r.campaignId = campaign.id;
    r.form = form;
    r.unitKey = unit.key;
    r.period = period;
    r.submittedOn = submitted;
    r.source = ReportSource::Typed;
    r.numbers = numbers;
    return r;
}

void form1Month(QRandomGenerator &rng, const ReportingUnit &u, QMap<int, double> &c)
{
    const int s = scaleOf(u);
    const int found = int(rng.bounded(2 * s + 1));
    grow(c, 1, found);
    // Rectification lags discovery but catches up.
    const int open = int(c.value(1) - c.value(2));
    grow(c, 2, open > 0 ? int(rng.bounded(open + 1)) : 0);
    grow(c, 3, rng.bounded(6) == 0 ? 1 : 0);
    grow(c, 4, rng.bounded(8) == 0 ? 1 : 0);
    grow(c, 5, int(rng.bounded(s + 1)) / 2);
    const int received = rng.bounded(12) == 0 ? 1 : 0;
    grow(c, 6, received);
    const int pending = int(c.value(6) - c.value(7));
    grow(c, 7, pending > 0 && rng.bounded(2) ? 1 : 0);
    grow(c, 8, rng.bounded(3) == 0 ? 1 : 0);
    grow(c, 9, 1 + int(rng.bounded(s)));
    grow(c, 10, rng.bounded(4) == 0 ? 1 : 0);
    grow(c, 11, int(rng.bounded(3 * s + 1)));
}

void form3Month(QRandomGenerator &rng, const ReportingUnit &u, QMap<int, double> &c)
{
    const int s = scaleOf(u);
    grow(c, 1, 1 + int(rng.bounded(s)));
    const int sessions = rng.bounded(3) == 0 ? 0 : 1 + int(rng.bounded(s));
    grow(c, 2, sessions);
    grow(c, 3, sessions * (15 + int(rng.bounded(20 * s))));
    grow(c, 4, rng.bounded(5) == 0 ? 1 : 0);
    grow(c, 5, int(rng.bounded(s + 1)) / 2);
    grow(c, 6, 0);
    grow(c, 7, s > 1 ? int(rng.bounded(2 * s)) : int(rng.bounded(2)));
    for (int col : {8, 9, 10, 11, 12, 13})
        grow(c, col, 0);
}

} // namespace

Status write(Database &db, const Campaign &campaign, const QList<Institution> &institutions)
{
    QList<Report> reports;
    QMap<QString, QMap<int, double>> cumulative[4];
    for (YearMonth period = YearMonth(2021, 7); period <= kLastPeriod; period = period.next()) {
        for (int form : {1, 3}) {
            const FormDescription &desc = FormCatalog::form(form);
            for (const ReportingUnit &u : ReportingUnits::forForm(desc, institutions, period)) {
                if (period == kLastPeriod && kLateInNovember.contains(u.name))
                    continue;
                QRandomGenerator rng(quint32(u.institutionId * 7919 + form * 104729 + period.month()));
                QMap<int, double> &c = cumulative[form][u.key];
                if (form == 1)
                    form1Month(rng, u, c);
                else
                    form3Month(rng, u, c);
                Report r = makeReport(campaign, form, u, period, c, submittedOn(rng, period, 12));
                // The county hospital handled one kickback case in September; one private
                // hospital filed a case in October without the person: a warning to show.
                if (form == 3 && u.name == u"鹿寨县人民医院" && period >= YearMonth(2021, 9)) {
                    r.numbers[8] = 1;
                    r.numbers[9] = 1;
                    r.numbers[10] = 2.35;
                    r.texts[14] = QStringLiteral(u"1起移交县纪委监委");
                }
                if (form == 3 && u.name == u"鹿寨康华医院" && period >= YearMonth(2021, 10)) {
                    r.numbers[11] = 1;
                    r.numbers[13] = 0.2;
                }
                reports << r;
            }
        }

        // 附件2 is the bureau's own: 体改股 files the county's category rows by the 14th.
        const FormDescription &form2 = FormCatalog::form(2);
        const int monthIndex = YearMonth(2021, 7).monthsUntil(period) + 1;
        for (const ReportingUnit &u : ReportingUnits::forForm(form2, institutions, period)) {
            const int contracted = ReportingUnits::contractedCount(institutions, u.categorySelect, period);
            QMap<int, double> c;
            const int inspected = qMin(contracted, (contracted * monthIndex + 2) / 5);
            c[2] = inspected;
            const int handled = inspected / 3;
            c[4] = handled;                                   // 约谈
            c[6] = handled > 1 ? handled / 2 : 0;             // 限期整改
            c[5] = u.key.endsWith(QLatin1String("public-3")) && monthIndex >= 3 ? 1 : 0;   // 通报批评
            c[3] = handled;
            c[7] = u.key.endsWith(QLatin1String("public-3")) && monthIndex >= 3 ? 1 : 0;    // 移交线索（条）
            c[8] = handled > 0 && monthIndex >= 2 ? 1 : 0;    // 追回资金
            c[9] = u.key.endsWith(QLatin1String("private-1")) && monthIndex >= 4 ? 1 : 0;   // 行政罚款
            c[10] = 0;
            c[12] = handled * 0.35 * monthIndex / 5.0;
            c[13] = c[8] > 0 ? 1.2 * monthIndex / 5.0 : 0;
            c[14] = c[9] > 0 ? 0.5 : 0;
            for (int col : {12, 13, 14})
                c[col] = qRound(c[col] * 100) / 100.0;
            c[11] = c[12] + c[13] + c[14];
            c[15] = 0;
            c[16] = 0;
            c[17] = 0;
            Report r = makeReport(campaign, 2, u, period, c, period.next().firstDay().addDays(12));
            if (period == kLastPeriod)
                continue;   // November's county figures are not yet filed
            reports << r;
        }
    }
    return ReportRepository(db).saveAll(reports);
}

} // namespace qf::DemoFigures
