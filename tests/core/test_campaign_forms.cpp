// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "forms/CampaignForms.h"
#include "forms/FormTableBuilder.h"
#include "forms/MonthlyForms.h"
#include "storage/CampaignRepository.h"
#include "storage/FigureOverrideRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"

#include <algorithm>

using namespace qf;

namespace {

// Everything a form table shows, exports or reports, as text: two tables that give the
// same text are the same to every reader of them.
QString dump(const FormTable &t)
{
    QStringList out;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6").arg(t.form->attachment, t.period.toString(), t.title, t.reportingBody,
                                                  t.fillDate.toString(Qt::ISODate)).arg(t.year);
    auto value = [](const FormValue &v) {
        return QStringLiteral("%1:%2:%3:%4:%5%6%7").arg(int(v.present)).arg(v.number, 0, 'g', 17).arg(v.text)
            .arg(v.increase, 0, 'g', 17).arg(int(v.derived)).arg(int(v.fromLedger)).arg(int(v.overridden));
    };
    for (const FormRow &r : t.rows) {
        QStringList cells;
        for (const SpanCell &c : r.labels)
            cells << QStringLiteral("[%1,%2 %3x%4 %5]").arg(c.row).arg(c.col).arg(c.rowSpan).arg(c.colSpan).arg(c.text);
        for (const FormValue &v : r.values)
            cells << value(v);
        out << QStringLiteral("row %1 %2 | %3 | carried %4 | missing %5")
                   .arg(int(r.style)).arg(r.unitKey, cells.join(QLatin1Char(' ')), r.carriedUnits.join(QLatin1Char(',')),
                        r.missingUnits.join(QLatin1Char(',')));
    }
    for (const UnitFigures &u : t.units) {
        QStringList numbers;
        for (auto it = u.current.numbers.cbegin(); it != u.current.numbers.cend(); ++it)
            numbers << QStringLiteral("%1=%2").arg(it.key()).arg(it.value(), 0, 'g', 17);
        for (auto it = u.previous.numbers.cbegin(); it != u.previous.numbers.cend(); ++it)
            numbers << QStringLiteral("p%1=%2").arg(it.key()).arg(it.value(), 0, 'g', 17);
        QList<int> ledger = u.ledgerColumns.values();
        std::sort(ledger.begin(), ledger.end());
        QStringList ledgerText;
        for (int c : ledger)
            ledgerText << QString::number(c);
        out << QStringLiteral("unit %1 %2 reported %3 carried %4 any %5 prev %6 source %7 | %8 | ledger %9")
                   .arg(u.unit.key, u.unit.name).arg(int(u.reported)).arg(u.carriedFrom.toString()).arg(int(u.hasAny))
                   .arg(u.previous.period.toString(), reportSourceKey(u.current.source), numbers.join(QLatin1Char(' ')),
                        ledgerText.join(QLatin1Char(',')));
    }
    for (const Finding &f : t.findings)
        out << QStringLiteral("finding %1").arg(f.describe());
    return out.join(QLatin1Char('\n'));
}

// The form as it was built before forms were loaded once per campaign: everything read
// from the database for this one form and month.
FormTable buildAlone(Database &db, const Campaign &campaign, int form, const YearMonth &period)
{
    FormInputs in;
    in.form = &FormCatalog::form(form);
    in.period = period;
    in.year = campaign.year;
    in.countingFrom = campaign.firstPeriod();
    in.registry = InstitutionRepository(db).all();
    in.reports = ReportRepository(db).upTo(campaign.id, form, period);
    in.reportingBody = MonthlyForms::reportingBody(campaign);
    in.fillDate = QDate(2021, 12, 3);
    in.derived = MonthlyForms::derivedReports(db, campaign, form, period, in.registry);
    in.overrides = FigureOverrideRepository(db).list(campaign.id, form);
    return FormTableBuilder::build(in);
}

} // namespace

TEST_CASE("forms built from one load of the campaign equal forms built one month at a time")
{
    test::DemoDatabase demo;
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    // A typed figure that stands against the ledger's with a reason, so that overrides are
    // compared too: 附件2's first category unit in November, where the ledgers make 附件2.
    const YearMonth november(2021, 11);
    const FormTable f2 = buildAlone(demo.db(), *campaign, 2, november);
    REQUIRE_FALSE(f2.units.isEmpty());
    const UnitFigures &unit = f2.units.first();
    REQUIRE_FALSE(unit.ledgerColumns.isEmpty());
    const int column = *std::min_element(unit.ledgerColumns.cbegin(), unit.ledgerColumns.cend());
    Report typed;
    typed.campaignId = campaign->id;
    typed.form = 2;
    typed.unitKey = unit.unit.key;
    typed.period = november;
    typed.numbers.insert(column, unit.current.number(column) + 7);
    REQUIRE(ReportRepository(demo.db()).save(typed));
    FigureOverride reason;
    reason.campaignId = campaign->id;
    reason.form = 2;
    reason.unitKey = unit.unit.key;
    reason.period = november;
    reason.column = column;
    reason.reason = QStringLiteral(u"台账漏记一次检查");
    REQUIRE(FigureOverrideRepository(demo.db()).set(reason));

    // An institution without ledgers that skips October: October carries September's
    // figures, and November is checked against September's (and is far above its pace).
    Institution skipper;
    skipper.name = QStringLiteral(u"跳报诊所");
    skipper.ownership = Ownership::Private;
    skipper.level = Level::PrimaryOrBelow;
    REQUIRE(InstitutionRepository(demo.db()).save(skipper).isOk());
    for (const auto &[month, found] : {std::pair{YearMonth(2021, 8), 5.0}, std::pair{YearMonth(2021, 9), 8.0},
                                       std::pair{november, 40.0}}) {
        Report r;
        r.campaignId = campaign->id;
        r.form = 1;
        r.unitKey = UnitKey::institution(skipper.id);
        r.period = month;
        r.numbers.insert(9, found);
        REQUIRE(ReportRepository(demo.db()).save(r).isOk());
    }

    const CampaignForms all(demo.db(), *campaign);
    REQUIRE(all.last() == campaign->reportingPeriods().last());
    int compared = 0, withLedger = 0, overridden = 0, carried = 0, previousOlder = 0, unusual = 0;
    for (const YearMonth &m : campaign->reportingPeriods()) {
        const QList<FormTable> month = all.month(m, QDate(2021, 12, 3));
        REQUIRE(month.size() == FormCatalog::numbers().size());
        for (const FormTable &t : month) {
            INFO(t.form->attachment.toStdString() << " " << m.toString().toStdString());
            const FormTable alone = buildAlone(demo.db(), *campaign, t.form->number, m);
            CHECK(dump(t) == dump(alone));
            // Loaded for the month alone (two latest reports per unit), the same form.
            const FormTable forMonth = CampaignForms::forMonth(demo.db(), *campaign, m, t.form->number)
                                           .build(t.form->number, m, QDate(2021, 12, 3));
            CHECK(dump(forMonth) == dump(alone));
            ++compared;
            for (const UnitFigures &u : alone.units) {
                withLedger += u.ledgerColumns.isEmpty() ? 0 : 1;
                overridden += u.overrides.isEmpty() ? 0 : 1;
                carried += u.carriedFrom.isValid() ? 1 : 0;
                previousOlder += u.previous.period.isValid() && u.previous.period < m.previous() ? 1 : 0;
            }
            for (const Finding &f : alone.findings)
                unusual += f.ruleId == QLatin1String("unusual-increase") ? 1 : 0;
        }
    }
    CHECK(compared == 3 * campaign->reportingPeriods().size());
    // The comparison covered the ledgers' figures and an override, not only typed figures.
    CHECK(withLedger > 0);
    CHECK(overridden > 0);
    CHECK(carried > 0);
    CHECK(previousOlder > 0);
    CHECK(unusual > 0);

    // Loading up to a month gives that month's forms as loading everything does.
    const CampaignForms upToNovember(demo.db(), *campaign, november);
    for (int form : FormCatalog::numbers())
        CHECK(dump(upToNovember.build(form, november, QDate(2021, 12, 3))) == dump(all.build(form, november, QDate(2021, 12, 3))));
    // One form loaded alone gives the same form.
    const CampaignForms form2(demo.db(), *campaign, november, 2);
    CHECK(form2.month(november).size() == 1);
    CHECK(dump(form2.build(2, november, QDate(2021, 12, 3))) == dump(buildAlone(demo.db(), *campaign, 2, november)));
}
