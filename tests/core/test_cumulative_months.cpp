// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "forms/CampaignForms.h"
#include "storage/CampaignRepository.h"

using namespace qf;

namespace {

// A row's name as the form shows it: its unit's key, or its position and label cells (the
// body rows of a category form repeat labels such as 小计).
QString rowName(const FormTable &t, int index)
{
    const FormRow &row = t.rows.at(index);
    QStringList parts;
    for (const SpanCell &c : row.labels)
        if (!c.text.trimmed().isEmpty())
            parts << c.text.trimmed();
    const QString labels = parts.join(QLatin1Char('/'));
    if (!row.unitKey.isEmpty())
        return row.unitKey + QLatin1Char(' ') + labels;
    return QStringLiteral("第%1行 %2").arg(index + 1).arg(labels);
}

// Rows are the same row in two months when they are the same unit, or the same body row of
// the form (its body rows are fixed by the form, its unit rows come from the registry).
QString rowKey(const FormRow &row, int index)
{
    return row.unitKey.isEmpty() ? QString::number(index) : row.unitKey;
}

// The forms are 逐月累计: a figure of a later month never shows less than the same row's
// figure the month before. The one exception is the registry's count of 定点 institutions
// (统筹区内定点医药机构家数 "指与医保经办机构签订医保服务协议的医药机构家数"): a number of
// contracts standing at the month's end, not a count of work done, so it falls when a
// contract ends.
QStringList decreases(const FormTable &before, const FormTable &after)
{
    QStringList out;
    const FormDescription &form = *after.form;
    QHash<QString, const FormRow *> earlier;
    for (int k = 0; k < before.rows.size(); ++k)
        earlier.insert(rowKey(before.rows.at(k), k), &before.rows.at(k));
    for (int k = 0; k < after.rows.size(); ++k) {
        const FormRow &r = after.rows.at(k);
        const FormRow *b = earlier.value(rowKey(r, k));
        if (!b)
            continue;
        for (int i = 0; i < form.columns.size(); ++i) {
            const FormColumn &c = form.columns.at(i);
            if (!c.isNumeric() || c.derived == u"contracted-institutions")
                continue;
            const FormValue &was = b->values.at(i);
            const FormValue &now = r.values.at(i);
            if (was.present && (!now.present || now.number < was.number - 1e-9))
                out << QStringLiteral("附件%1 %2 第%3栏 %4：%5 → %6：%7")
                           .arg(form.number).arg(rowName(after, k)).arg(c.number).arg(before.period.toString())
                           .arg(was.number).arg(after.period.toString(), now.present ? QString::number(now.number) : QStringLiteral("空白"));
        }
    }
    return out;
}

} // namespace

TEST_CASE("no cumulative figure of the demo goes down from one month to the next, past the last reporting month too",
          "[forms][cumulative][demo]")
{
    test::DemoDatabase demo;
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    const QList<YearMonth> periods = campaign->reportingPeriods();
    REQUIRE(periods.size() > 1);
    // Every reporting month, and the month after the last: its forms still count the ledgers.
    const YearMonth after = periods.last().next();
    const CampaignForms forms(demo.db(), *campaign, periods.last());
    QStringList found;
    int compared = 0;
    auto compare = [&](const QList<FormTable> &was, const QList<FormTable> &now) {
        REQUIRE(was.size() == now.size());
        for (int f = 0; f < now.size(); ++f) {
            found << decreases(was.at(f), now.at(f));
            compared += int(now.at(f).rows.size());
        }
    };
    for (int m = 1; m < periods.size(); ++m)
        compare(forms.month(periods.at(m - 1)), forms.month(periods.at(m)));
    compare(CampaignForms::forMonth(demo.db(), *campaign, periods.last()).month(periods.last()),
            CampaignForms::forMonth(demo.db(), *campaign, after).month(after));
    CHECK(compared > 0);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}
