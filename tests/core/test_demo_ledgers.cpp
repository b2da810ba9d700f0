// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "forms/MonthlyForms.h"
#include "ledgers/LedgerFigures.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/TipoffRepository.h"

#include <QSet>

using namespace qf;

TEST_CASE("the demo keeps ledgers in every state, with reporters only in their own table", "[engines]")
{
    test::DemoDatabase demo;
    const LedgerSnapshot s = LedgerRepository::snapshot(demo.db(), demo.campaignId());
    CHECK(s.problems.size() >= 24);
    CHECK(s.problems.size() <= 80);
    QSet<int> states;
    for (const Problem &p : s.problems)
        states.insert(int(p.state));
    CHECK(states.size() == 4);
    CHECK(s.tipoffs.size() >= 10);
    QSet<int> tipoffStates;
    int withReporter = 0;
    for (const Tipoff &t : s.tipoffs) {
        tipoffStates.insert(int(t.state));
        withReporter += TipoffRepository(demo.db()).reporter(t.id).name.isEmpty() ? 0 : 1;
    }
    CHECK(tipoffStates.size() == 4);
    CHECK(withReporter >= 3);
    CHECK(s.inspections.size() >= 20);
    CHECK(s.cases.size() >= 100);
    CHECK_FALSE(s.interviews.isEmpty());
    CHECK(s.negativeList.size() == 2);
}

TEST_CASE("in the demo, 附件2 for November comes from the ledgers alone and every figure is explained by its records", "[engines]")
{
    test::DemoDatabase demo;
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    const QList<Institution> registry = InstitutionRepository(demo.db()).all();
    const LedgerFigures figures(LedgerRepository::snapshot(demo.db(), campaign->id), registry, campaign->id);
    const YearMonth november(2021, 11);

    const FormTable f2 = MonthlyForms::build(demo.db(), *campaign, 2, november);
    CHECK(f2.missingCount() == 0);
    for (int row = 0; row < f2.rows.size(); ++row) {
        const QStringList units = LedgerFigures::unitsOfRow(f2, row);
        for (const LedgerColumnRule &rule : LedgerColumnRules::forForm(2)) {
            const FormValue &v = f2.rows.at(row).values.at(f2.form->gridColumnOf(rule.column) - f2.form->labelColumnCount());
            INFO("row " << row << " column " << rule.column);
            CHECK(v.fromLedger);
            CHECK(v.number == Approx(figures.explain(2, rule.column, november, units).value));
        }
    }
    CHECK(f2.rows.first().values.at(1).number > 20);   // 总计 of inspected institutions

    // Much of 附件3 comes from the ledgers too: every institution's warning education, and
    // training wherever an institution held any.
    const FormTable f3 = MonthlyForms::build(demo.db(), *campaign, 3, november);
    int education = 0, training = 0;
    for (const UnitFigures &u : f3.units) {
        education += u.ledgerColumns.contains(1) ? 1 : 0;
        training += u.ledgerColumns.contains(2) && u.ledgerColumns.contains(3) ? 1 : 0;
    }
    CHECK(education == f3.units.size());
    CHECK(training >= f3.units.size() * 9 / 10);

    // Typed and ledger figures agree everywhere; the one override carries its reason.
    int overrides = 0;
    for (YearMonth m(2021, 7); m <= november; m = m.next())
        for (const Finding &f : MonthlyForms::check(demo.db(), *campaign, m)) {
            INFO(f.describe().toStdString());
            CHECK(f.ruleId != QStringLiteral("ledger-mismatch"));
            overrides += f.ruleId == QStringLiteral("ledger-override") ? 1 : 0;
        }
    CHECK(overrides == 1);
}
