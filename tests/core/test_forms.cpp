// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "forms/FormTableBuilder.h"
#include "forms/FormValidator.h"
#include "forms/MonthlyForms.h"
#include "storage/CampaignRepository.h"

using namespace qf;

namespace {

Institution inst(qint64 id, const QString &name, Ownership o, Level l, bool contracted = true,
                 InstitutionKind k = InstitutionKind::Medical)
{
    Institution i;
    i.id = id;
    i.name = name;
    i.ownership = o;
    i.level = l;
    i.contracted = contracted;
    i.kind = k;
    return i;
}

Report rep(int form, const QString &unit, const YearMonth &m, QMap<int, double> numbers)
{
    Report r;
    r.form = form;
    r.unitKey = unit;
    r.period = m;
    r.numbers = numbers;
    return r;
}

ReportingUnit countyHospital()
{
    ReportingUnit unit;
    unit.key = UnitKey::institution(1);
    unit.name = QStringLiteral(u"县人民医院");
    return unit;
}

const FormRow &rowLabelled(const FormTable &t, const QString &label, int occurrence = 0)
{
    for (const FormRow &r : t.rows)
        for (const SpanCell &c : r.labels)
            if (c.text == label && occurrence-- == 0)
                return r;
    FAIL("no row labelled " << label.toStdString());
    return t.rows.first();
}

double value(const FormTable &t, const FormRow &row, int column)
{
    const int index = t.form->gridColumnOf(column) - t.form->labelColumnCount();
    return row.values.at(index).number;
}

QList<Institution> registry()
{
    return {inst(1, QStringLiteral(u"县人民医院"), Ownership::Public, Level::Tertiary),
            inst(2, QStringLiteral(u"县中医医院"), Ownership::Public, Level::Secondary),
            inst(3, QStringLiteral(u"某镇卫生院"), Ownership::Public, Level::PrimaryOrBelow, false),
            inst(4, QStringLiteral(u"康华医院"), Ownership::Private, Level::Secondary),
            inst(5, QStringLiteral(u"某村卫生室"), Ownership::Private, Level::PrimaryOrBelow),
            inst(6, QStringLiteral(u"大药房"), Ownership::Private, Level::PrimaryOrBelow, true, InstitutionKind::Pharmacy)};
}

} // namespace

TEST_CASE("the three form descriptions load and match the seed's shape")
{
    const FormDescription &f1 = FormCatalog::form(1);
    CHECK(f1.columns.size() == 11);
    CHECK(f1.labelColumnCount() == 2);
    CHECK(f1.title(2021) == QStringLiteral(u"卫生健康系统开展群众身边腐败和作风问题治理情况统计表（一）"));
    CHECK(f1.notes(2021).size() == 5);
    CHECK(f1.headerCells().last().text == QStringLiteral(u"（11）"));
    const FormDescription &f2 = FormCatalog::form(2);
    CHECK(f2.columns.size() == 18);
    CHECK(f2.rows.size() == 10);
    CHECK(f2.categoryUnits().size() == 7);
    CHECK(f2.notes(2022).last() == QStringLiteral(u"3.本表报2022年1月-12月专项整治工作期间的累计数据。"));
    const FormDescription &f3 = FormCatalog::form(3);
    CHECK(f3.columns.size() == 14);
    CHECK(f3.rows.size() == 9);
    CHECK(f3.title(2023) == QStringLiteral(u"2023年深入整治医疗领域腐败和作风问题工作情况统计表（三）"));
    CHECK(f3.headerCells().last().text == QStringLiteral("14"));

    // Every header cell lies inside the grid and no two cells overlap.
    for (int n : FormCatalog::numbers()) {
        const FormDescription &f = FormCatalog::form(n);
        QSet<QPair<int, int>> covered;
        for (const SpanCell &c : f.headerCells()) {
            for (int r = c.row; r < c.row + c.rowSpan; ++r)
                for (int col = c.col; col < c.col + c.colSpan; ++col) {
                    INFO("form " << n << " cell " << r << "," << col);
                    CHECK(col < f.gridColumnCount());
                    CHECK(r < f.headerRows());
                    CHECK_FALSE(covered.contains({r, col}));
                    covered.insert({r, col});
                }
        }
        CHECK(covered.size() == f.headerRows() * f.gridColumnCount());
    }
}

TEST_CASE("附件1 shows 合计 first, then one numbered row per reporting unit")
{
    FormInputs in;
    in.form = &FormCatalog::form(1);
    in.period = YearMonth(2021, 8);
    in.year = 2021;
    in.registry = registry();
    in.reports = {rep(1, UnitKey::institution(1), YearMonth(2021, 8), {{1, 5}, {2, 3}}),
                  rep(1, UnitKey::institution(2), YearMonth(2021, 8), {{1, 2}, {2, 2}})};
    const FormTable t = FormTableBuilder::build(in);
    REQUIRE(t.rows.size() == 1 + 5);   // the pharmacy files no 附件1
    CHECK(t.rows.at(0).labels.at(1).text == QStringLiteral(u"合计"));
    CHECK(t.rows.at(0).labels.at(0).text == QStringLiteral("1"));
    CHECK(value(t, t.rows.at(0), 1) == 7);
    CHECK(value(t, t.rows.at(0), 2) == 5);
    CHECK(t.rows.at(1).labels.at(0).text == QStringLiteral("2"));
    CHECK(t.rows.at(1).labels.at(1).text == QStringLiteral(u"县人民医院"));
    CHECK(t.missingCount() == 3);
}

TEST_CASE("a unit that has not reported is carried forward, marked and counted missing")
{
    FormInputs in;
    in.form = &FormCatalog::form(3);
    in.year = 2021;
    in.registry = registry();
    in.reports = {rep(3, UnitKey::institution(1), YearMonth(2021, 7), {{1, 2}}),
                  rep(3, UnitKey::institution(1), YearMonth(2021, 8), {{1, 5}}),
                  rep(3, UnitKey::institution(4), YearMonth(2021, 7), {{1, 4}})};
    in.period = YearMonth(2021, 8);
    const FormTable t = FormTableBuilder::build(in);
    const FormRow &total = rowLabelled(t, QStringLiteral(u"合计"));
    CHECK(value(t, total, 1) == 9);      // 5 reported + 4 carried from July
    CHECK(total.values.at(0).increase == 3);
    CHECK(total.carriedUnits == QStringList{QStringLiteral(u"康华医院")});
    CHECK(total.missingUnits.contains(QStringLiteral(u"康华医院")));
    CHECK_FALSE(total.missingUnits.contains(QStringLiteral(u"县人民医院")));
    const FormRow &private2 = rowLabelled(t, QStringLiteral(u"二级"), 1);
    CHECK(value(t, private2, 1) == 4);
    bool found = false;
    for (const UnitFigures &u : t.units)
        if (u.unit.name == QStringLiteral(u"康华医院")) {
            found = true;
            CHECK(u.carriedFrom == YearMonth(2021, 7));
            CHECK_FALSE(u.reported);
        }
    CHECK(found);
}

TEST_CASE("附件3 groups institutions by ownership and level into subtotals and 合计")
{
    FormInputs in;
    in.form = &FormCatalog::form(3);
    in.year = 2021;
    in.period = YearMonth(2021, 7);
    in.registry = registry();
    for (qint64 id : {1, 2, 3, 4, 5})
        in.reports << rep(3, UnitKey::institution(id), in.period, {{1, double(id)}, {10, 0.5}});
    const FormTable t = FormTableBuilder::build(in);
    REQUIRE(t.rows.size() == 9);
    CHECK(value(t, rowLabelled(t, QStringLiteral(u"合计")), 1) == 15);
    CHECK(value(t, rowLabelled(t, QStringLiteral(u"小计"), 0), 1) == 6);    // public 1+2+3
    CHECK(value(t, rowLabelled(t, QStringLiteral(u"小计"), 1), 1) == 9);    // private 4+5
    CHECK(value(t, rowLabelled(t, QStringLiteral(u"三级"), 0), 1) == 1);
    CHECK(value(t, rowLabelled(t, QStringLiteral(u"一级及以下"), 1), 1) == 5);
    CHECK(value(t, rowLabelled(t, QStringLiteral(u"合计")), 10) == Approx(2.5));
    // No private tertiary hospital: its row counts 0, as 附件2's rows do, not a blank.
    const FormRow &privateTertiary = rowLabelled(t, QStringLiteral(u"三级"), 1);
    CHECK(privateTertiary.values.at(0).present);
    CHECK(value(t, privateTertiary, 1) == 0);
    CHECK(privateTertiary.values.at(9).present);
    CHECK(t.valueText(privateTertiary.values.at(9), t.form->columns.at(9)) == QStringLiteral("0.00"));
    // Labels keep the seed's merges: 医疗机构 over all nine rows, 公立医院 over three.
    CHECK(t.rows.at(0).labels.at(0).text == QStringLiteral(u"医疗机构"));
    CHECK(t.rows.at(0).labels.at(0).rowSpan == 9);
    CHECK(t.rows.at(2).labels.at(0).text == QStringLiteral(u"公立医院"));
    CHECK(t.rows.at(2).labels.at(0).rowSpan == 3);
    CHECK(t.rows.at(2).labels.at(0).row == 2);
}

TEST_CASE("附件3 leaves blank a category whose institutions have not reported, and 0 one with none")
{
    FormInputs in;
    in.form = &FormCatalog::form(3);
    in.year = 2021;
    in.period = YearMonth(2021, 7);
    in.registry = registry();
    in.reports << rep(3, UnitKey::institution(1), in.period, {{1, 4}});
    const FormTable t = FormTableBuilder::build(in);
    // 二级 public (县中医医院) owes a report it has not sent: blank, never 0.
    CHECK_FALSE(rowLabelled(t, QStringLiteral(u"二级"), 0).values.at(0).present);
    CHECK(rowLabelled(t, QStringLiteral(u"三级"), 1).values.at(0).present);
}

TEST_CASE("附件3 carries each institution's 备注 into its category row, with the institution's name")
{
    FormInputs in;
    in.form = &FormCatalog::form(3);
    in.year = 2021;
    in.period = YearMonth(2021, 7);
    in.registry = registry();
    for (qint64 id : {1, 2, 3, 4, 5})
        in.reports << rep(3, UnitKey::institution(id), in.period, {{1, 1}});
    in.reports[0].texts[14] = QStringLiteral(u"1起移交县纪委监委");
    in.reports[3].texts[14] = QStringLiteral(u"约谈2次");
    in.reports[4].texts[14] = QStringLiteral(u"已整改");
    const FormTable t = FormTableBuilder::build(in);
    const int remark = t.form->gridColumnOf(14) - t.form->labelColumnCount();
    CHECK(rowLabelled(t, QStringLiteral(u"三级"), 0).values.at(remark).text
          == QStringLiteral(u"县人民医院：1起移交县纪委监委"));
    CHECK(rowLabelled(t, QStringLiteral(u"二级"), 1).values.at(remark).text == QStringLiteral(u"康华医院：约谈2次"));
    CHECK(rowLabelled(t, QStringLiteral(u"一级及以下"), 1).values.at(remark).text == QStringLiteral(u"某村卫生室：已整改"));
    // Totals sum figures, not words.
    CHECK(rowLabelled(t, QStringLiteral(u"合计")).values.at(remark).text.isEmpty());
    CHECK(rowLabelled(t, QStringLiteral(u"二级"), 0).values.at(remark).text.isEmpty());

    // Several institutions of one category are joined with "；".
    in.registry << inst(7, QStringLiteral(u"仁爱医院"), Ownership::Private, Level::Secondary);
    in.reports << rep(3, UnitKey::institution(7), in.period, {{1, 1}});
    in.reports.last().texts[14] = QStringLiteral(u"线索1条");
    const FormTable both = FormTableBuilder::build(in);
    CHECK(rowLabelled(both, QStringLiteral(u"二级"), 1).values.at(remark).text
          == QStringLiteral(u"康华医院：约谈2次；仁爱医院：线索1条"));
}

TEST_CASE("附件2 derives column 1 from the registry and counts pharmacies only in 总计")
{
    FormInputs in;
    in.form = &FormCatalog::form(2);
    in.year = 2021;
    in.period = YearMonth(2021, 7);
    in.registry = registry();
    in.reports = {rep(2, UnitKey::category(QStringLiteral("public-3")), in.period, {{2, 1}, {11, 1.5}, {12, 1.5}}),
                  rep(2, UnitKey::category(QStringLiteral("pharmacy")), in.period, {{2, 1}})};
    const FormTable t = FormTableBuilder::build(in);
    REQUIRE(t.rows.size() == 10);
    CHECK(value(t, rowLabelled(t, QStringLiteral(u"总计")), 1) == 5);    // 4 contracted medical + 1 pharmacy
    CHECK(value(t, rowLabelled(t, QStringLiteral(u"合计")), 1) == 4);
    CHECK(value(t, rowLabelled(t, QStringLiteral(u"小计"), 0), 1) == 2); // the township centre is not contracted
    CHECK(value(t, rowLabelled(t, QStringLiteral(u"总计")), 2) == 2);
    CHECK(value(t, rowLabelled(t, QStringLiteral(u"合计")), 2) == 1);
    CHECK(rowLabelled(t, QStringLiteral(u"总计")).values.at(0).derived);
    CHECK(t.findings.isEmpty());
}

TEST_CASE("validation rules name the form, unit, month, column and rule")
{
    FormInputs in;
    in.form = &FormCatalog::form(1);
    in.year = 2021;
    in.registry = registry();
    in.period = YearMonth(2021, 8);
    in.reports = {rep(1, UnitKey::institution(1), YearMonth(2021, 7), {{1, 4}, {2, 1}}),
                  rep(1, UnitKey::institution(1), YearMonth(2021, 8), {{1, 3}, {2, 4}, {6, 1}, {7, 2}, {3, -1}, {4, 1.5}})};
    const QList<Finding> f = FormTableBuilder::build(in).findings;
    auto has = [&](const QString &rule, int column) {
        for (const Finding &x : f)
            if (x.ruleId == rule && x.column == column && x.isError() && x.unitName == QStringLiteral(u"县人民医院")
                && x.period == YearMonth(2021, 8) && x.form == 1)
                return true;
        return false;
    };
    CHECK(has(QStringLiteral("f1-rectified-le-found"), 2));
    CHECK(has(QStringLiteral("f1-replies-le-received"), 7));
    CHECK(has(QStringLiteral("cumulative"), 1));           // 3 after 4 in July
    CHECK(has(QStringLiteral("non-negative"), 3));
    CHECK(has(QStringLiteral("whole-number"), 4));
    CHECK(countErrors(f) == 5);
    CHECK(f.first().describe().contains(QStringLiteral(u"2021年8月")));
}

TEST_CASE("附件2 and 附件3 consistency rules: errors and warnings")
{
    const FormDescription &f2 = FormCatalog::form(2);
    ReportingUnit unit;
    unit.key = UnitKey::category(QStringLiteral("public-2"));
    unit.name = QStringLiteral(u"公立医院 二级");
    Report r = rep(2, unit.key, YearMonth(2021, 9), {{1, 2}, {2, 3}, {3, 4}, {4, 1}, {5, 1}, {11, 1}, {12, 0.5}, {13, 0.2}});
    QStringList rules;
    for (const Finding &x : FormValidator::validateReport(f2, unit, r, nullptr, {}))
        rules << x.ruleId + (x.isError() ? QStringLiteral(":E") : QStringLiteral(":W"));
    CHECK(rules.contains(QStringLiteral("f2-inspected-le-contracted:E")));
    CHECK(rules.contains(QStringLiteral("f2-funds-subtotal:E")));
    CHECK(rules.contains(QStringLiteral("f2-handled-le-measures:E")));
    CHECK_FALSE(rules.contains(QStringLiteral("f2-handled-eq-measures:W")));   // the error says it already

    r.numbers = {{1, 5}, {2, 3}, {3, 1}, {4, 1}, {5, 1}, {11, 0.7}, {12, 0.5}, {13, 0.2}};
    rules.clear();
    for (const Finding &x : FormValidator::validateReport(f2, unit, r, nullptr, {}))
        rules << x.ruleId + (x.isError() ? QStringLiteral(":E") : QStringLiteral(":W"));
    CHECK(rules == QStringList{QStringLiteral("f2-handled-eq-measures:W")});

    const FormDescription &f3 = FormCatalog::form(3);
    Report r3 = rep(3, UnitKey::institution(4), YearMonth(2021, 9), {{8, 1}, {9, 0}, {10, 0}, {11, 0}, {13, 0.3}});
    rules.clear();
    for (const Finding &x : FormValidator::validateReport(f3, unit, r3, nullptr, {}))
        rules << x.ruleId + (x.isError() ? QStringLiteral(":E") : QStringLiteral(":W"));
    CHECK(rules.contains(QStringLiteral("f3-kickback-persons:W")));
    CHECK(rules.contains(QStringLiteral("f3-gift-amount:W")));
    CHECK_FALSE(rules.contains(QStringLiteral("f3-kickback-amount:W")));
}

TEST_CASE("an increase far above the unit's own monthly pace is a warning")
{
    const FormDescription &f1 = FormCatalog::form(1);
    const ReportingUnit unit = countyHospital();
    const YearMonth july(2021, 7);
    // July to September: 9 found in three months, three a month.
    const Report september = rep(1, unit.key, YearMonth(2021, 9), {{9, 9}});
    const Report steady = rep(1, unit.key, YearMonth(2021, 10), {{9, 18}});
    CHECK(FormValidator::validateReport(f1, unit, steady, &september, july).isEmpty());
    const Report jump = rep(1, unit.key, YearMonth(2021, 10), {{9, 60}});
    const QList<Finding> f = FormValidator::validateReport(f1, unit, jump, &september, july);
    REQUIRE(f.size() == 1);
    CHECK(f.first().ruleId == QStringLiteral("unusual-increase"));
    CHECK_FALSE(f.first().isError());
    CHECK(f.first().column == 9);
    CHECK(f.first().message.contains(QStringLiteral(u"本月增加51")));
    CHECK(f.first().message.contains(QStringLiteral(u"平均每月增加3.0")));

    // Under three months of figures there is no pace to judge by; without the start of
    // the counting neither.
    CHECK(FormValidator::validateReport(f1, unit, jump, &september, YearMonth(2021, 8)).isEmpty());
    CHECK(FormValidator::validateReport(f1, unit, jump, &september, YearMonth()).isEmpty());
    // Small numbers stay quiet however fast they grow.
    const Report small = rep(1, unit.key, YearMonth(2021, 10), {{9, 19}});
    CHECK(FormValidator::validateReport(f1, unit, small, &september, july).isEmpty());
    // A previous report without the column gives no pace: the figure is a first one.
    const Report withoutColumn = rep(1, unit.key, YearMonth(2021, 9), {{1, 4}});
    CHECK(FormValidator::validateReport(f1, unit, jump, &withoutColumn, july).isEmpty());
    // An institution that opened in September counts from September: one month is no pace.
    ReportingUnit opened = unit;
    opened.openedIn = YearMonth(2021, 9);
    CHECK(FormValidator::validateReport(f1, opened, jump, &september, july).isEmpty());
}

TEST_CASE("a typed column skipped under a ledger-made month is judged from its own month")
{
    const FormDescription &f1 = FormCatalog::form(1);
    const ReportingUnit unit = countyHospital();
    // The ledgers make column 1 every month; column 9 was last typed for August (12 in the
    // three months from June: four a month) and the unit skipped September.
    Report previous = rep(1, unit.key, YearMonth(2021, 9), {{1, 3}, {9, 12}});
    const Report october = rep(1, unit.key, YearMonth(2021, 10), {{1, 4}, {9, 32}});
    // From August, 20 in two months is ten a month: under three times four. Taken as one
    // month over four months of pace (three a month) it would look unusual.
    const QSet<int> ledgerColumns{1};
    CHECK(FormValidator::validateReport(f1, unit, october, &previous, YearMonth(2021, 6), ledgerColumns,
                                        YearMonth(2021, 8)).isEmpty());
    CHECK_FALSE(FormValidator::validateReport(f1, unit, october, &previous, YearMonth(2021, 6)).isEmpty());
}

TEST_CASE("an increase over several unreported months is judged against as many months of pace")
{
    const FormDescription &f1 = FormCatalog::form(1);
    const ReportingUnit unit = countyHospital();
    const YearMonth january(2021, 1);
    // Six months at five a month, then nothing reported until December.
    const Report june = rep(1, unit.key, YearMonth(2021, 6), {{9, 30}});
    const Report december = rep(1, unit.key, YearMonth(2021, 12), {{9, 90}});
    // 60 in six months is 10 a month: under three times the pace of five.
    CHECK(FormValidator::validateReport(f1, unit, december, &june, january).isEmpty());
    const Report burst = rep(1, unit.key, YearMonth(2021, 12), {{9, 130}});
    const QList<Finding> f = FormValidator::validateReport(f1, unit, burst, &june, january);
    REQUIRE(f.size() == 1);
    CHECK(f.first().ruleId == QStringLiteral("unusual-increase"));
    CHECK(f.first().message.contains(QStringLiteral(u"6个月增加100")));
}

TEST_CASE("the demo campaign has July to November figures and only the planted warning")
{
    test::DemoDatabase demo;
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    for (YearMonth m(2021, 7); m <= YearMonth(2021, 11); m = m.next()) {
        const FormTable f3 = MonthlyForms::build(demo.db(), *campaign, 3, m);
        INFO(m.toString().toStdString());
        CHECK(value(f3, f3.rows.first(), 1) > 0);
        CHECK(countErrors(MonthlyForms::check(demo.db(), *campaign, m)) == 0);
    }
    const FormTable nov = MonthlyForms::build(demo.db(), *campaign, 1, YearMonth(2021, 11));
    CHECK(nov.missingCount() == 3);
    CHECK(nov.carriedCount() == 3);
    const QList<Finding> oct = MonthlyForms::check(demo.db(), *campaign, YearMonth(2021, 10));
    bool planted = false;
    for (const Finding &f : oct)
        planted = planted || (f.ruleId == QStringLiteral("f3-gift-persons") && f.unitName == QStringLiteral(u"鹿寨康华医院"));
    CHECK(planted);
    const FormTable f2 = MonthlyForms::build(demo.db(), *campaign, 2, YearMonth(2021, 9));
    CHECK(value(f2, f2.rows.first(), 1) == 34);   // 32 contracted medical institutions + 2 pharmacies
    CHECK(value(f2, f2.rows.at(1), 1) == 32);
    CHECK(MonthlyForms::build(demo.db(), *campaign, 3, YearMonth(2021, 9)).title.startsWith(QStringLiteral(u"2021年")));
}

TEST_CASE("the cumulative rules' messages write a large or two-decimal figure as it was typed")
{
    const FormDescription &f1 = FormCatalog::form(1);
    const ReportingUnit unit = countyHospital();
    REQUIRE(f1.column(9)->kind == ColumnKind::Count);
    // Above the next month's stored figure: the message shows both as typed, never 1.23457e+06.
    const Report august = rep(1, unit.key, YearMonth(2021, 8), {{9, 1234567}});
    const Report september = rep(1, unit.key, YearMonth(2021, 9), {{9, 1234566}});
    const QList<Finding> later = FormValidator::validateAgainstLater(f1, unit, august, september);
    REQUIRE(later.size() == 1);
    CHECK(later.first().message.contains(QStringLiteral(u"累计数1234567大于")));
    CHECK(later.first().message.contains(QStringLiteral(u"累计数1234566")));
    // Below last month's: 12345.67 is not rounded to 12345.7.
    const FormDescription &f2 = FormCatalog::form(2);
    ReportingUnit office;
    office.key = UnitKey::category(QStringLiteral("public-2"));
    office.name = QStringLiteral(u"公立医院 二级");
    int amount = 0;
    for (const FormColumn &c : f2.columns)
        if (c.kind == ColumnKind::Amount && c.derived.isEmpty() && amount == 0)
            amount = c.number;
    REQUIRE(amount > 0);
    const Report before = rep(2, office.key, YearMonth(2021, 8), {{amount, 12345.68}});
    const Report now = rep(2, office.key, YearMonth(2021, 9), {{amount, 12345.67}});
    bool found = false;
    for (const Finding &f : FormValidator::validateReport(f2, office, now, &before, {}))
        if (f.ruleId == QLatin1String("cumulative")) {
            found = true;
            CHECK(f.message.contains(QStringLiteral(u"累计数12345.67小于上月累计数12345.68")));
        }
    CHECK(found);
}
