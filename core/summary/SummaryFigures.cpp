// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryFigures.h"

#include "campaign/SubmissionTracker.h"
#include "forms/CampaignForms.h"
#include "model/InstitutionLookup.h"
#include "storage/InstitutionRepository.h"
#include "storage/LedgerRepository.h"

#include <QSet>

#include <algorithm>

namespace qf {

namespace {

// Which figure of which form column: the names the sentences use.
struct Source
{
    const char *name;
    int form;
    int column;
};
const Source kSources[] = {
    {"problemsFound", 1, 1},      {"problemsRectified", 1, 2}, {"admonitions", 1, 3},
    {"criticisms", 1, 4},         {"firstFormOther", 1, 5},    {"recommendations", 1, 6},
    {"recommendationsDone", 1, 7}, {"lifeMeetings", 1, 8},     {"warningEducation", 1, 9},
    {"systems", 1, 10},           {"publicIssues", 1, 11},     {"inspected", 2, 2},
    {"trainings", 3, 2},          {"trainees", 3, 3},          {"caseMaterials", 3, 4},
    {"cluesVerified", 3, 5},      {"confessions", 3, 6},       {"supplierInterviews", 3, 7},
    {"kickbackCases", 3, 8},      {"kickbackPersons", 3, 9},   {"kickbackAmount", 3, 10},
    {"giftCases", 3, 11},         {"giftPersons", 3, 12},      {"giftAmount", 3, 13},
};

int columnIndex(const FormTable &table, int number)
{
    for (int i = 0; i < table.form->columns.size(); ++i)
        if (table.form->columns.at(i).number == number)
            return i;
    return -1;
}

// The county's figure of a column: the first total row of the form as built (总计 on
// 附件2, 合计 on 附件1 and 附件3), the very cell the workbook shows.
std::optional<FormValue> countyValue(const FormTable &table, int index)
{
    for (const FormRow &row : table.rows)
        if ((row.style == RowStyle::GrandTotal || row.style == RowStyle::Total) && index < row.values.size())
            return row.values.at(index);
    return std::nullopt;
}

// An institution's figure: its own row where the form has one (附件1), otherwise its
// figures as the form sums them into its category (附件3).
std::optional<FormValue> unitValue(const FormTable &table, int index, const QString &unitKey, int number)
{
    for (const FormRow &row : table.rows)
        if (row.style == RowStyle::Unit && row.unitKey == unitKey && index < row.values.size())
            return row.values.at(index);
    for (const UnitFigures &u : table.units) {
        if (u.unit.key != unitKey)
            continue;
        FormValue v;
        v.present = u.current.hasNumber(number);
        v.number = u.current.number(number);
        return v;
    }
    return std::nullopt;
}

SummaryFigures::Figure count(qsizetype n)
{
    return {QString::number(n), double(n), 0, 0};
}

QString percent(double part, double whole)
{
    return QString::number(whole > 0 ? 100.0 * part / whole : 0.0, 'f', 1);
}

} // namespace

QStringList SummaryFigures::names()
{
    QStringList list;
    for (const Source &s : kSources)
        list << QString::fromLatin1(s.name);
    for (const char *name : {"institutions", "rectificationRate", "firstFormTotal", "reportsDue", "reportsOnTime", "reportsLate",
                             "reportsMissing", "onTimeRate", "tipoffsReceived", "tipoffsConcluded", "tipoffsClosed",
                             "tipoffsOpen", "negativeList"})
        list << QString::fromLatin1(name);
    return list;
}

Status SummaryFigures::build(Database &db, const Campaign &campaign, const YearMonth &month, const QString &unit,
                             qint64 chosenId, const QDate &asOf, SummaryFigures *out)
{
    if (!month.isValid())
        return Status::failure(tr("请指定总结截至的月份。"));
    // Outside the campaign nothing was due and nothing was reported: a summary of 2099 would
    // state the figures of the last month as if they were that month's.
    const YearMonth first = YearMonth::fromDate(campaign.start), last = YearMonth::fromDate(campaign.end);
    if ((first.isValid() && month.monthsUntil(first) > 0) || (last.isValid() && last.monthsUntil(month) > 0))
        return Status::failure(tr("%1不在专项整治“%2”的月份（%3至%4）内，无法总结。")
                                   .arg(month.toChinese(), campaign.title, first.toChinese(), last.toChinese()));
    SummaryFigures f;
    f.campaign = campaign;
    f.month = month;
    f.asOf = asOf.isValid() ? asOf : QDate::currentDate();
    const QList<Institution> registry = InstitutionRepository(db).all();
    if (chosenId != 0 || !unit.trimmed().isEmpty()) {
        Institution chosen;
        if (chosenId != 0) {
            const auto byId = std::find_if(registry.cbegin(), registry.cend(), [chosenId](const Institution &i) { return i.id == chosenId; });
            if (byId == registry.cend())
                return Status::failure(tr("名册中没有这家机构（编号 %1），它可能已被删除。").arg(chosenId));
            chosen = *byId;
        } else if (Status s = InstitutionLookup::find(registry, unit, &chosen); !s) {
            return s;
        }
        f.unitKey = UnitKey::institution(chosen.id);
        f.unitName = chosen.name;
    }

    const CampaignForms forms = CampaignForms::forMonth(db, campaign, month);
    const QList<FormTable> tables = forms.month(month);
    QSet<QString> institutions;
    for (const FormTable &table : tables) {
        if (table.form->number == 1 || table.form->number == 3)
            for (const UnitFigures &u : table.units)
                if (UnitKey::isInstitution(u.unit.key))
                    institutions << u.unit.key;
        for (const Source &s : kSources) {
            if (s.form != table.form->number)
                continue;
            const int index = columnIndex(table, s.column);
            if (index < 0)
                continue;
            const auto v = f.isCounty() ? countyValue(table, index) : unitValue(table, index, f.unitKey, s.column);
            if (!v || !v->present)
                continue;
            f.figures.insert(QString::fromLatin1(s.name),
                             {table.valueText(*v, table.form->columns.at(index)), v->number, s.form, s.column});
        }
        // Institutions whose 整改率 lags (附件1 rows): named under 存在问题.
        if (table.form->number == 1 && f.isCounty()) {
            const int found = columnIndex(table, 1), done = columnIndex(table, 2);
            for (const FormRow &row : table.rows) {
                if (row.style != RowStyle::Unit || found < 0 || done < 0 || row.values.size() <= qMax(found, done))
                    continue;
                const double a = row.values.at(found).number, b = row.values.at(done).number;
                if (a > 0 && 100.0 * b / a < kLowRate && !row.labels.isEmpty())
                    f.lowRateUnits << QStringLiteral("%1（%2%）").arg(row.labels.last().text, percent(b, a));
            }
        }
    }
    f.figures.insert(QStringLiteral("institutions"), count(f.isCounty() ? institutions.size() : 1));
    if (f.has(QStringLiteral("problemsFound")) && f.has(QStringLiteral("problemsRectified")))
        f.figures.insert(QStringLiteral("rectificationRate"),
                         {percent(f.value(QStringLiteral("problemsRectified")), f.value(QStringLiteral("problemsFound"))),
                          0, 0, 0});
    const double firstForm = f.value(QStringLiteral("admonitions")) + f.value(QStringLiteral("criticisms"))
                             + f.value(QStringLiteral("firstFormOther"));
    if (f.has(QStringLiteral("admonitions")) || f.has(QStringLiteral("criticisms")) || f.has(QStringLiteral("firstFormOther")))
        f.figures.insert(QStringLiteral("firstFormTotal"), {QString::number(firstForm, 'f', 0), firstForm, 0, 0});

    // Filing: every obligation of the months up to this one, as tracking sees them today.
    SubmissionTracker tracker;
    if (Status s = SubmissionTracker::load(db, campaign.id, &tracker); !s)
        return s;
    TrackingCounts counts;
    QStringList late, missing;
    for (const TrackedObligation &t : tracker.track(f.asOf)) {
        const Obligation &o = t.obligation;
        if (!o.monthly || month.monthsUntil(o.period) > 0 || (!f.isCounty() && o.unitKey != f.unitKey))
            continue;
        if (t.state == SubmissionState::Pending)
            continue;   // not due yet: neither on time nor late
        counts.add(t.state);
        if (t.state == SubmissionState::Late && !late.contains(o.unitName))
            late << o.unitName;
        if (t.state == SubmissionState::Overdue && !missing.contains(o.unitName))
            missing << o.unitName;
    }
    f.lateUnits = late;
    f.missingUnits = missing;
    f.figures.insert(QStringLiteral("reportsDue"), count(counts.expected));
    f.figures.insert(QStringLiteral("reportsOnTime"), count(counts.onTime));
    f.figures.insert(QStringLiteral("reportsLate"), count(counts.late));
    f.figures.insert(QStringLiteral("reportsMissing"), count(counts.overdue));
    // Where nothing was due yet there is no rate: the sentences that need one are left out.
    if (counts.expected > 0)
        f.figures.insert(QStringLiteral("onTimeRate"), {QString::number(counts.timeliness(), 'f', 1), counts.timeliness(), 0, 0});

    // Tip-offs and the 负面名单 at the month's end, by the ledgers' own state rules.
    const LedgerSnapshot ledgers = LedgerRepository::snapshot(db, campaign.id);
    const QDate end = month.lastDay();
    const qint64 unitId = UnitKey::institutionId(f.unitKey);
    int received = 0, concluded = 0, closed = 0;
    for (const Tipoff &t : ledgers.tipoffs) {
        if (!t.existsOn(end) || (unitId && t.institutionId != unitId))
            continue;
        ++received;
        if (t.concludedOn(end))
            ++concluded;
        else
            f.openTipoffs << t.summary.trimmed();
        if (t.stateOn(end) == TipoffState::Closed)
            ++closed;
    }
    f.figures.insert(QStringLiteral("tipoffsReceived"), count(received));
    f.figures.insert(QStringLiteral("tipoffsConcluded"), count(concluded));
    f.figures.insert(QStringLiteral("tipoffsClosed"), count(closed));
    f.figures.insert(QStringLiteral("tipoffsOpen"), count(received - concluded));
    int listed = 0;
    for (const NegativeListEntry &e : ledgers.negativeList)
        if (e.listedOn.isValid() && e.listedOn <= end && (!unitId || e.institutionId == unitId))
            ++listed;
    f.figures.insert(QStringLiteral("negativeList"), count(listed));
    *out = f;
    return Status::success();
}

} // namespace qf
