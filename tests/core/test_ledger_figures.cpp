// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerFixture.h"

#include "forms/FigureLimits.h"
#include "forms/MonthlyForms.h"
#include "ledgers/LedgerFigures.h"
#include "storage/FigureOverrideRepository.h"
#include "storage/InspectionRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/ReportRepository.h"

using namespace qf;

namespace {

// The derived figure of one unit and month, or -1 when the ledgers do not make it.
double derived(const QList<Report> &reports, const QString &unit, const YearMonth &m, int column)
{
    for (const Report &r : reports)
        if (r.unitKey == unit && r.period == m)
            return r.hasNumber(column) ? r.number(column) : -1;
    return -1;
}

const FormValue &cell(const FormTable &t, int row, int column)
{
    return t.rows.at(row).values.at(t.form->gridColumnOf(column) - t.form->labelColumnCount());
}

// A unit's value as the form holds it (附件3 has no row per unit, only its units' figures).
FormValue unitCell(const FormTable &t, const QString &unit, int column)
{
    FormValue v;
    for (const UnitFigures &u : t.units)
        if (u.unit.key == unit) {
            v.present = u.current.hasNumber(column);
            v.number = u.current.number(column);
            v.fromLedger = u.ledgerColumns.contains(column);
            v.overridden = u.overrides.contains(column);
            return v;
        }
    FAIL("no unit " << unit.toStdString());
    return v;
}

const YearMonth jul(2021, 7), aug(2021, 8), sep(2021, 9), nov(2021, 11);

} // namespace

TEST_CASE("附件1 figures derived from the problem list and the case records equal the hand count", "[engines]")
{
    test::LedgerFixture f;
    f.writeLedgers();
    const LedgerFigures figures(LedgerRepository::snapshot(f.db(), f.campaign.id), f.registry, f.campaign.id);
    const QList<Report> r = figures.derive(1, {jul, aug, sep});
    const QString a = UnitKey::institution(f.a), b = UnitKey::institution(f.b);
    // A: problems found 7-05, 8-12, 9-30; P1 rectified 8-20 and closed 9-02.
    CHECK(derived(r, a, jul, 1) == 1);
    CHECK(derived(r, a, aug, 1) == 2);
    CHECK(derived(r, a, sep, 1) == 3);
    CHECK(derived(r, a, jul, 2) == 0);
    CHECK(derived(r, a, aug, 2) == 1);
    CHECK(derived(r, a, sep, 2) == 1);
    // B's problem was rectified on the spot (7-25), sent back (8-03) and rectified again (9-10).
    CHECK(derived(r, b, jul, 2) == 1);
    CHECK(derived(r, b, aug, 2) == 0);
    CHECK(derived(r, b, sep, 2) == 1);
    // A recommendation received 7-15 and answered 8-10; warning education 7-08 and 8-15.
    CHECK(derived(r, a, jul, 6) == 1);
    CHECK(derived(r, a, jul, 7) == 0);
    CHECK(derived(r, a, aug, 7) == 1);
    CHECK(derived(r, a, aug, 9) == 2);
    // B keeps first-form records (one 诫勉谈话 of one person), so its 通报批评 and 其他 are zeros, not blanks.
    CHECK(derived(r, b, jul, 3) == 0);
    CHECK(derived(r, b, aug, 3) == 1);
    CHECK(derived(r, b, aug, 4) == 0);
    // Ledgers that a unit does not keep make none of its figures.
    CHECK(derived(r, a, aug, 3) == -1);
    CHECK(derived(r, b, aug, 9) == -1);
    CHECK(derived(r, UnitKey::institution(f.c), aug, 1) == -1);
    for (const Report &x : r)
        CHECK(x.source == ReportSource::Derived);
}

TEST_CASE("附件3 figures derived from education, cases, tip-offs and supplier interviews equal the hand count", "[engines]")
{
    test::LedgerFixture f;
    f.writeLedgers();
    const LedgerFigures figures(LedgerRepository::snapshot(f.db(), f.campaign.id), f.registry, f.campaign.id);
    const QList<Report> r = figures.derive(3, {jul, aug, sep});
    const QString a = UnitKey::institution(f.a), c = UnitKey::institution(f.c);
    CHECK(derived(r, a, aug, 1) == 2);
    CHECK(derived(r, a, aug, 2) == 1);
    CHECK(derived(r, a, aug, 3) == 30);
    CHECK(derived(r, a, sep, 2) == 2);
    CHECK(derived(r, a, sep, 3) == 55);
    // The tip-off about A was concluded on 8-10; the one about C is still open.
    CHECK(derived(r, a, jul, 5) == 0);
    CHECK(derived(r, a, aug, 5) == 1);
    CHECK(derived(r, c, sep, 5) == 0);
    CHECK(derived(r, a, aug, 7) == 2);
    CHECK(derived(r, c, aug, 7) == 0);
    CHECK(derived(r, c, sep, 7) == 1);
    // One kickback case of two persons and 23 500 元 on 9-12.
    CHECK(derived(r, a, aug, 8) == 0);
    CHECK(derived(r, a, sep, 8) == 1);
    CHECK(derived(r, a, sep, 9) == 2);
    CHECK(derived(r, a, sep, 10) == Approx(2.35));
    CHECK(derived(r, a, sep, 11) == -1);
    CHECK(derived(r, a, sep, 4) == -1);
}

TEST_CASE("附件2 figures count distinct contracted institutions per category and sum money and persons", "[engines]")
{
    test::LedgerFixture f;
    f.writeLedgers();
    const LedgerFigures figures(LedgerRepository::snapshot(f.db(), f.campaign.id), f.registry, f.campaign.id);
    const QList<Report> r = figures.derive(2, {jul, aug, sep});
    const QString p3 = UnitKey::category(QStringLiteral("public-3"));
    const QString p1 = UnitKey::category(QStringLiteral("public-1"));
    const QString v1 = UnitKey::category(QStringLiteral("private-1"));
    const QString ph = UnitKey::category(QStringLiteral("pharmacy"));
    // A was inspected twice (7-20, 8-05) and interviewed both times: one institution.
    CHECK(derived(r, p3, jul, 2) == 1);
    CHECK(derived(r, p3, aug, 2) == 1);
    CHECK(derived(r, p3, aug, 3) == 1);
    CHECK(derived(r, p3, aug, 4) == 1);
    CHECK(derived(r, p3, aug, 6) == 1);
    CHECK(derived(r, p3, aug, 7) == 2);
    CHECK(derived(r, p3, aug, 8) == 1);
    CHECK(derived(r, p3, aug, 9) == 1);
    CHECK(derived(r, p3, aug, 11) == Approx(3.5));
    CHECK(derived(r, p3, aug, 12) == Approx(1.0));
    CHECK(derived(r, p3, aug, 13) == Approx(0.5));
    CHECK(derived(r, p3, aug, 14) == Approx(2.0));
    CHECK(derived(r, p3, aug, 15) == 1);
    CHECK(derived(r, p3, jul, 13) == 0);
    // B was inspected without measures; D is not contracted and stays out of 附件2.
    CHECK(derived(r, p1, aug, 2) == 1);
    CHECK(derived(r, p1, aug, 3) == 0);
    CHECK(derived(r, p1, aug, 4) == 0);
    CHECK(derived(r, v1, aug, 2) == 0);
    CHECK(derived(r, v1, sep, 2) == 1);
    CHECK(derived(r, v1, sep, 5) == 1);
    CHECK(derived(r, v1, sep, 10) == 1);
    CHECK(derived(r, ph, sep, 9) == 1);
    CHECK(derived(r, ph, sep, 14) == Approx(0.3));
    // Every category is made by the bureau's ledger once it holds one inspection.
    CHECK(derived(r, UnitKey::category(QStringLiteral("private-3")), sep, 2) == 0);

    const LedgerCell explained = figures.explain(2, 4, aug, {p3});
    CHECK(explained.covered);
    CHECK(explained.value == 1);
    REQUIRE(explained.items.size() == 2);
    CHECK(explained.items.at(0).counted);
    CHECK_FALSE(explained.items.at(1).counted);
    CHECK(explained.items.at(0).institutionName == QStringLiteral(u"甲县人民医院"));
    CHECK(figures.explain(2, 4, aug, {p1}).items.isEmpty());
}

TEST_CASE("the month's forms take the ledgers' figures, report disagreements and accept overrides with a reason", "[engines]")
{
    test::LedgerFixture f;
    f.writeLedgers();
    const QString a = UnitKey::institution(f.a);

    // November's 附件2 is made by the ledger alone: every category counts as reported.
    const FormTable f2 = MonthlyForms::build(f.db(), f.campaign, 2, nov);
    CHECK(f2.missingCount() == 0);
    CHECK(cell(f2, 0, 2).number == 4);        // 总计: A, B, C and the pharmacy
    CHECK(cell(f2, 1, 2).number == 3);        // 合计: contracted medical institutions
    CHECK(cell(f2, 0, 11).number == Approx(3.8));
    CHECK(cell(f2, 0, 14).number == Approx(2.3));
    CHECK(cell(f2, 3, 4).fromLedger);
    CHECK(countErrors(f2.findings) == 0);

    // A typed 附件3 for A in September that disagrees with the ledger in column 1.
    Report typed;
    typed.campaignId = f.campaign.id;
    typed.form = 3;
    typed.unitKey = a;
    typed.period = sep;
    typed.numbers = {{1, 5}, {2, 2}, {3, 55}, {4, 1}};
    REQUIRE(ReportRepository(f.db()).save(typed).isOk());
    FormTable f3 = MonthlyForms::build(f.db(), f.campaign, 3, sep);
    CHECK(unitCell(f3, a, 1).number == 2);
    CHECK(unitCell(f3, a, 1).fromLedger);
    CHECK(unitCell(f3, a, 4).number == 1);
    CHECK_FALSE(unitCell(f3, a, 4).fromLedger);
    CHECK(unitCell(f3, a, 3).number == 55);   // typed and ledger agree
    int mismatches = 0;
    for (const Finding &x : f3.findings)
        if (x.ruleId == QStringLiteral("ledger-mismatch")) {
            ++mismatches;
            CHECK(x.isError());
            CHECK(x.column == 1);
            CHECK(x.unitKey == a);
            CHECK(x.message.contains(QStringLiteral(u"台账计算数2")));
        }
    CHECK(mismatches == 1);

    FigureOverride reason;
    reason.campaignId = f.campaign.id;
    reason.form = 3;
    reason.unitKey = a;
    reason.period = sep;
    reason.column = 1;
    CHECK_FALSE(FigureOverrideRepository(f.db()).set(reason).isOk());   // a reason must say something
    reason.reason = QStringLiteral(u"3次警示教育由党建办组织，记录在党建办台账");
    REQUIRE(FigureOverrideRepository(f.db()).set(reason).isOk());
    f3 = MonthlyForms::build(f.db(), f.campaign, 3, sep);
    CHECK(unitCell(f3, a, 1).number == 5);
    CHECK(unitCell(f3, a, 1).overridden);
    CHECK(countErrors(f3.findings) == 0);
    bool warned = false;
    for (const Finding &x : f3.findings)
        warned = warned || (x.ruleId == QStringLiteral("ledger-override") && x.message.contains(reason.reason));
    CHECK(warned);

    // 附件1 for A is only partly made by ledgers: without a typed report it is still owed.
    const FormTable f1 = MonthlyForms::build(f.db(), f.campaign, 1, sep);
    CHECK(unitCell(f1, a, 1).number == 3);
    bool aMissing = false;
    for (const UnitFigures &u : f1.units)
        aMissing = aMissing || (u.unit.key == a && !u.reported);
    CHECK(aMissing);

    // The drill-down of a total row covers every unit it sums.
    const LedgerFigures figures(LedgerRepository::snapshot(f.db(), f.campaign.id), f.registry, f.campaign.id);
    const QStringList units = LedgerFigures::unitsOfRow(f2, 0);
    CHECK(units.size() == 7);
    CHECK(figures.explain(2, 2, nov, units).value == 4);
}

TEST_CASE("a ledger's money makes a 万元 figure with two decimals, rounded half up, as a clerk would type it", "[engines]")
{
    test::LedgerFixture f;
    f.writeLedgers();
    // Two fines of whole 元 beside the pharmacy's 3000 元: 5485 元 in all.
    QList<Inspection> more;
    for (qint64 yuan : {1234, 1251}) {
        Inspection i;
        i.campaignId = f.campaign.id;
        i.institutionId = f.e;
        i.inspectedOn = QDate(2021, 9, 20);
        i.method = QStringLiteral(u"飞行检查");
        i.fined = true;
        i.fineYuan = yuan;
        more << i;
    }
    REQUIRE(InspectionRepository(f.db()).saveAll(more).isOk());
    const LedgerFigures figures(LedgerRepository::snapshot(f.db(), f.campaign.id), f.registry, f.campaign.id);
    const QString p3 = UnitKey::category(QStringLiteral("public-3"));
    const QString ph = UnitKey::category(QStringLiteral("pharmacy"));
    const QList<Report> r = figures.derive(2, {sep});
    CHECK(derived(r, ph, sep, 14) == Approx(0.55).margin(1e-12));
    // The figure is one the form accepts as typed.
    CHECK(FigureLimits::problem(ColumnKind::Amount, derived(r, ph, sep, 14)).isEmpty());
    // The drill-down says the same, and a total adds the rounded unit figures.
    CHECK(figures.explain(2, 14, sep, {ph}).value == Approx(0.55).margin(1e-12));
    CHECK(figures.explain(2, 14, sep, {p3, ph}).value == Approx(derived(r, p3, sep, 14) + 0.55).margin(1e-12));
}
