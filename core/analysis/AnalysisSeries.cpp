// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisSeries.h"

#include "AnalysisSnapshot.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace qf {

namespace {

double rounded(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

std::optional<double> percent(double part, double whole)
{
    if (whole <= 0)
        return std::nullopt;
    return rounded(100.0 * part / whole, 1);
}

// The problems of a group at the end of each month: found, rectified (已整改 or 已销号 on
// that day, so a problem sent back to 整改中 no longer counts) and closed.
struct ProblemCounts
{
    int found = 0;
    int rectified = 0;
    int closed = 0;
};

ProblemCounts countOn(const QList<const Problem *> &problems, const QDate &day)
{
    ProblemCounts c;
    for (const Problem *p : problems) {
        if (!p->existsOn(day))
            continue;
        ++c.found;
        if (p->rectifiedOn(day))
            ++c.rectified;
        if (p->stateOn(day) == ProblemState::Closed)
            ++c.closed;
    }
    return c;
}

struct Category
{
    Ownership ownership;
    Level level;
    QString label;
};

// The categories of the institutions that report, have reported or hold problems, in the forms' order
// (公立 before 民营, 三级 down to 一级及以下).
QList<Category> categoriesOf(const AnalysisData &data, const YearMonth &last)
{
    QSet<qint64> withProblems;
    for (const Problem &p : data.problems)
        withProblems.insert(p.institutionId);
    QList<Category> list;
    for (const Institution &i : data.institutions) {
        if (!i.reportsIn(last) && !withProblems.contains(i.id) && !data.figures.value(1).contains(i.id))
            continue;
        const bool known = std::any_of(list.cbegin(), list.cend(), [&i](const Category &c) {
            return c.ownership == i.ownership && c.level == i.level;
        });
        if (!known)
            list << Category{i.ownership, i.level, AnalysisData::categoryOf(i)};
    }
    std::sort(list.begin(), list.end(), [](const Category &a, const Category &b) {
        return std::pair(int(a.ownership), int(a.level)) < std::pair(int(b.ownership), int(b.level));
    });
    return list;
}

// "自查自纠（个）" → "自查自纠" and "个".
std::pair<QString, QString> splitUnit(const QString &text)
{
    static const QRegularExpression unit(QStringLiteral(u"[（(]([^（）()]*)[）)]\\s*$"));
    const QRegularExpressionMatch m = unit.match(text);
    if (!m.hasMatch())
        return {text.trimmed(), QString()};
    return {text.left(m.capturedStart()).trimmed(), m.captured(1).trimmed()};
}

// The county's figure of a column: the first total row of the built form (总计 on 附件2,
// 合计 on 附件1 and 附件3), the very cell the exported workbook shows.
const FormRow *countyRow(const FormTable &table)
{
    for (const FormRow &row : table.rows)
        if (row.style == RowStyle::GrandTotal || row.style == RowStyle::Total)
            return &row;
    return nullptr;
}

void addTracking(AnalysisSeries &out, const TrackingMatrix &tracking)
{
    const QString theme = AnalysisSeries::tr("报送情况");
    AnalysisSeries::Series onTime{QStringLiteral("tracking.on-time"), AnalysisSeries::tr("按时报送"), theme, AnalysisSeries::tr("份"), 0, {}};
    AnalysisSeries::Series late{QStringLiteral("tracking.late"), AnalysisSeries::tr("逾期补报"), theme, AnalysisSeries::tr("份"), 0, {}};
    AnalysisSeries::Series missing{QStringLiteral("tracking.missing"), AnalysisSeries::tr("逾期未报"), theme, AnalysisSeries::tr("份"), 0, {}};
    AnalysisSeries::Series complete{QStringLiteral("tracking.completeness"), AnalysisSeries::tr("完整率"), theme, QStringLiteral("%"), 1, {}};
    AnalysisSeries::Series timely{QStringLiteral("tracking.timeliness"), AnalysisSeries::tr("按时率"), theme, QStringLiteral("%"), 1, {}};
    const QString county = AnalysisSeries::county();
    for (const YearMonth &m : out.months) {
        const qsizetype column = tracking.periods.indexOf(m);
        // The matrix's column totals leave out what is not yet due: a month of which
        // nothing has fallen due has no rate and no count, rather than zeros.
        const TrackingCounts c = column >= 0 ? tracking.columnTotals.value(column) : TrackingCounts();
        const bool due = c.expected > 0;
        auto point = [&](double v) {
            return AnalysisSeries::Point{county, m, due ? std::optional<double>(v) : std::nullopt};
        };
        onTime.points << point(c.onTime);
        late.points << point(c.late);
        missing.points << point(c.missing());
        complete.points << point(rounded(c.completeness(), 1));
        timely.points << point(rounded(c.timeliness(), 1));
    }
    out.series << onTime << late << missing << complete << timely;
}

// The 问题清单's problems by group, month by month: what each month's end shows, and the
// month's own change of it, so that the months add up to the totals.
void addLedgerProblems(AnalysisSeries &out, const AnalysisData &data, const QList<Category> &categories)
{
    QList<std::pair<QString, QList<const Problem *>>> groups;
    groups.append({AnalysisSeries::county(), {}});
    for (const Category &c : categories)
        groups.append({c.label, {}});
    for (const Problem &p : data.problems) {
        groups[0].second << &p;
        const auto inst = data.institutions.constFind(p.institutionId);
        if (inst == data.institutions.constEnd())
            continue;
        for (int g = 0; g < categories.size(); ++g)
            if (categories.at(g).ownership == inst->ownership && categories.at(g).level == inst->level)
                groups[g + 1].second << &p;
    }
    const QString theme = AnalysisSeries::tr("问题清单");
    const QString pieces = AnalysisSeries::tr("个");
    AnalysisSeries::Series found{QStringLiteral("ledger.found"), AnalysisSeries::tr("问题清单：当月发现"), theme, pieces, 0, {}};
    AnalysisSeries::Series rectified{QStringLiteral("ledger.rectified"), AnalysisSeries::tr("问题清单：当月整改"), theme, pieces, 0, {}};
    AnalysisSeries::Series closed{QStringLiteral("ledger.closed"), AnalysisSeries::tr("问题清单：当月销号"), theme, pieces, 0, {}};
    AnalysisSeries::Series foundTotal{QStringLiteral("ledger.found-total"), AnalysisSeries::tr("问题清单：累计发现"), theme, pieces, 0, {}};
    AnalysisSeries::Series rectifiedTotal{QStringLiteral("ledger.rectified-total"), AnalysisSeries::tr("问题清单：累计整改"), theme, pieces, 0, {}};
    AnalysisSeries::Series closedTotal{QStringLiteral("ledger.closed-total"), AnalysisSeries::tr("问题清单：累计销号"), theme, pieces, 0, {}};
    for (const auto &[group, problems] : groups) {
        // The first month takes whatever was found before it.
        ProblemCounts before;
        for (const YearMonth &m : out.months) {
            const ProblemCounts now = countOn(problems, m.lastDay());
            found.points << AnalysisSeries::Point{group, m, double(now.found - before.found)};
            rectified.points << AnalysisSeries::Point{group, m, double(now.rectified - before.rectified)};
            closed.points << AnalysisSeries::Point{group, m, double(now.closed - before.closed)};
            foundTotal.points << AnalysisSeries::Point{group, m, double(now.found)};
            rectifiedTotal.points << AnalysisSeries::Point{group, m, double(now.rectified)};
            closedTotal.points << AnalysisSeries::Point{group, m, double(now.closed)};
            before = now;
        }
    }
    out.series << foundTotal << rectifiedTotal << closedTotal << found << rectified << closed;
}

// 附件1's （1） 发现问题 and （2） 完成整改问题 of a month, summed by group.
struct FoundRectified
{
    std::optional<double> found;
    std::optional<double> rectified;
};

void addTo(std::optional<double> &sum, const FormValue &v)
{
    if (v.present)
        sum = sum.value_or(0) + v.number;
}

// A month's own figure: its cumulative one less the month before's; either missing, a gap.
std::optional<double> change(const std::optional<double> &now, const std::optional<double> &before)
{
    if (!now.has_value() || !before.has_value())
        return std::nullopt;
    return now.value_or(0) - before.value_or(0);
}

// The official figures: found and rectified as 附件1 states them (typed, or the ledger's
// where an institution keeps one), county-wide from its 合计 row and by category from the
// institutions' rows; and the institutions whose 整改率 lags furthest.
void addFormProblems(AnalysisSeries &out, const AnalysisData &data, const QList<Category> &categories,
                     const QMap<YearMonth, const FormTable *> &form1)
{
    const QString county = AnalysisSeries::county();
    QStringList groups{county};
    for (const Category &c : categories)
        groups << c.label;
    const int foundIndex = 0, rectifiedIndex = 1;   // （1） and （2）: the form's first two columns
    QHash<QString, QList<FoundRectified>> byGroup;   // group → one per month
    for (const QString &g : groups)
        byGroup[g].resize(out.months.size());
    for (int m = 0; m < out.months.size(); ++m) {
        const FormTable *t = form1.value(out.months.at(m));
        if (!t)
            continue;
        for (const FormRow &row : t->rows) {
            if (row.values.size() <= rectifiedIndex)
                continue;
            QString group;
            if (row.style == RowStyle::Total || row.style == RowStyle::GrandTotal) {
                if (byGroup[county][m].found || byGroup[county][m].rectified)
                    continue;   // the first total row only
                group = county;
            } else if (row.style == RowStyle::Unit) {
                const auto inst = data.institutions.constFind(UnitKey::institutionId(row.unitKey));
                if (inst == data.institutions.constEnd())
                    continue;
                group = AnalysisData::categoryOf(*inst);
            } else {
                continue;
            }
            if (!byGroup.contains(group))
                continue;
            addTo(byGroup[group][m].found, row.values.at(foundIndex));
            addTo(byGroup[group][m].rectified, row.values.at(rectifiedIndex));
        }
    }
    const QString theme = AnalysisSeries::tr("问题整改");
    const QString pieces = AnalysisSeries::tr("个");
    AnalysisSeries::Series foundTotal{QStringLiteral("problems.found-total"), AnalysisSeries::tr("累计发现问题"), theme, pieces, 0, {}};
    AnalysisSeries::Series rectifiedTotal{QStringLiteral("problems.rectified-total"), AnalysisSeries::tr("累计完成整改问题"), theme, pieces, 0, {}};
    AnalysisSeries::Series found{QStringLiteral("problems.found"), AnalysisSeries::tr("当月发现问题"), theme, pieces, 0, {}};
    AnalysisSeries::Series rectified{QStringLiteral("problems.rectified"), AnalysisSeries::tr("当月完成整改问题"), theme, pieces, 0, {}};
    AnalysisSeries::Series rate{QStringLiteral("problems.rate"), AnalysisSeries::tr("整改率"), theme, QStringLiteral("%"), 1, {}};
    for (const QString &g : groups) {
        const QList<FoundRectified> &values = byGroup.value(g);
        for (int m = 0; m < out.months.size(); ++m) {
            const YearMonth month = out.months.at(m);
            const FoundRectified &now = values.at(m);
            foundTotal.points << AnalysisSeries::Point{g, month, now.found};
            rectifiedTotal.points << AnalysisSeries::Point{g, month, now.rectified};
            // The first month's own figures are all there is up to it.
            found.points << AnalysisSeries::Point{g, month, m == 0 ? now.found : change(now.found, values.at(m - 1).found)};
            rectified.points << AnalysisSeries::Point{
                g, month, m == 0 ? now.rectified : change(now.rectified, values.at(m - 1).rectified)};
            rate.points << AnalysisSeries::Point{g, month, now.found && now.rectified ? percent(*now.rectified, *now.found)
                                                                                       : std::nullopt};
        }
    }
    out.series << foundTotal << rectifiedTotal << found << rectified << rate;

    // Furthest behind at the last month: the lowest 整改率 among the institutions with
    // problems not yet rectified, then the most of them; named as 附件1 names them.
    struct Behind
    {
        QString name;
        double found = 0;
        double rectified = 0;
        double rate() const { return rectified / found; }
    };
    QList<Behind> behind;
    const FormTable *t = out.months.isEmpty() ? nullptr : form1.value(out.months.last());
    for (const FormRow &row : t ? t->rows : QList<FormRow>()) {
        if (row.style != RowStyle::Unit || row.values.size() <= rectifiedIndex || row.labels.isEmpty())
            continue;
        const FormValue &f = row.values.at(foundIndex), &r = row.values.at(rectifiedIndex);
        if (f.present && f.number > 0 && f.number > r.number)
            behind << Behind{row.labels.last().text, f.number, r.present ? r.number : 0};
    }
    std::sort(behind.begin(), behind.end(), [](const Behind &a, const Behind &b) {
        if (a.rate() != b.rate())
            return a.rate() < b.rate();
        const double oa = a.found - a.rectified, ob = b.found - b.rectified;
        return oa != ob ? oa > ob : a.name < b.name;
    });
    const QString laggardsTheme = AnalysisSeries::tr("整改落后机构");
    AnalysisSeries::Series laggards{QStringLiteral("problems.laggards-rate"), AnalysisSeries::tr("整改率最低的机构：整改率"),
                                    laggardsTheme, QStringLiteral("%"), 1, {}};
    AnalysisSeries::Series open{QStringLiteral("problems.laggards-open"), AnalysisSeries::tr("整改率最低的机构：未整改问题"),
                                laggardsTheme, pieces, 0, {}};
    for (const Behind &b : behind.mid(0, AnalysisSeries::kLaggards)) {
        laggards.points << AnalysisSeries::Point{b.name, out.months.last(), percent(b.rectified, b.found)};
        open.points << AnalysisSeries::Point{b.name, out.months.last(), b.found - b.rectified};
    }
    out.series << laggards << open;
}

void addProblems(AnalysisSeries &out, const AnalysisData &data, const QList<FormTable> &forms)
{
    const QList<Category> categories = categoriesOf(data, out.months.isEmpty() ? YearMonth() : out.months.last());
    QMap<YearMonth, const FormTable *> form1;
    for (const FormTable &t : forms)
        if (t.form && t.form->number == 1)
            form1.insert(t.period, &t);
    addFormProblems(out, data, categories, form1);
    addLedgerProblems(out, data, categories);
}

void addFormColumns(AnalysisSeries &out, const QList<FormTable> &forms)
{
    // One series per numeric column of each form, in form and column order.
    QList<int> numbers;
    QHash<int, const FormTable *> anyTable;
    QHash<QString, const FormTable *> tableOf;
    for (const FormTable &t : forms) {
        if (!t.form)
            continue;
        if (!numbers.contains(t.form->number))
            numbers << t.form->number;
        anyTable.insert(t.form->number, &t);
        tableOf.insert(QStringLiteral("%1|%2").arg(t.form->number).arg(t.period.toString()), &t);
    }
    std::sort(numbers.begin(), numbers.end());
    const QString county = AnalysisSeries::county();
    for (int n : numbers) {
        const FormDescription &form = *anyTable.value(n)->form;
        for (int index = 0; index < form.columns.size(); ++index) {
            const FormColumn &column = form.columns.at(index);
            if (!column.isNumeric())
                continue;
            auto [label, unit] = splitUnit(column.label);
            auto [group, groupUnit] = splitUnit(column.group);
            if (unit.isEmpty())
                unit = groupUnit;
            if (column.kind == ColumnKind::Amount)
                unit = AnalysisSeries::tr("万元");
            // "自查自纠·发现问题"; a leaf that is only a unit keeps it: "培训班（次）", "培训班（人）".
            QString name = group.isEmpty() ? label : group;
            if (!group.isEmpty())
                name += label.isEmpty() ? column.label.trimmed() : QString(QStringLiteral(u"·") + label);
            AnalysisSeries::Series s;
            s.id = QStringLiteral("form%1.%2").arg(n).arg(column.number);
            s.title = AnalysisSeries::tr("%1第%2栏 %3").arg(form.attachment).arg(column.number).arg(name);
            s.theme = form.attachment;
            s.unit = unit;
            s.decimals = column.kind == ColumnKind::Amount ? 2 : 0;
            for (const YearMonth &m : out.months) {
                const FormTable *t = tableOf.value(QStringLiteral("%1|%2").arg(n).arg(m.toString()));
                const FormRow *row = t ? countyRow(*t) : nullptr;
                std::optional<double> v;
                if (row && index < row->values.size() && row->values.at(index).present)
                    v = rounded(row->values.at(index).number, s.decimals);
                s.points << AnalysisSeries::Point{county, m, v};
            }
            out.series << s;
        }
    }
}

} // namespace

QString AnalysisSeries::county()
{
    return tr("全县");
}

const AnalysisSeries::Series *AnalysisSeries::find(const QString &id) const
{
    for (const Series &s : series)
        if (s.id == id)
            return &s;
    return nullptr;
}

std::optional<double> AnalysisSeries::value(const QString &id, const QString &group, const YearMonth &month) const
{
    if (const Series *s = find(id))
        for (const Point &p : s->points)
            if (p.group == group && p.month == month)
                return p.value;
    return std::nullopt;
}

QString AnalysisSeries::valueText(const Series &series, const Point &point)
{
    return point.value ? QString::number(*point.value, 'f', series.decimals) : QString();
}

QStringList AnalysisSeries::header()
{
    return {tr("序列"), tr("分组"), tr("月份"), tr("值"), tr("单位")};
}

QList<QStringList> AnalysisSeries::rows() const
{
    QList<QStringList> rows;
    for (const Series &s : series)
        for (const Point &p : s.points)
            rows << QStringList{s.title, p.group, p.month.toString(), valueText(s, p), s.unit};
    return rows;
}

AnalysisSeries AnalysisSeries::compute(const AnalysisData &data, const TrackingMatrix &tracking, const QList<FormTable> &forms,
                                       const QDate &asOf)
{
    AnalysisSeries out;
    out.campaign = data.campaign;
    out.asOf = asOf;
    for (const YearMonth &m : data.campaign.reportingPeriods())
        if (data.upTo.isValid() && m <= data.upTo)
            out.months << m;
    addTracking(out, tracking);
    addProblems(out, data, forms);
    addFormColumns(out, forms);
    return out;
}

Status AnalysisSeries::load(Database &db, qint64 campaignId, const YearMonth &upTo, const QDate &asOf, AnalysisSeries *out)
{
    AnalysisSnapshot snapshot;
    if (Status s = AnalysisSnapshot::load(db, campaignId, upTo, asOf, &snapshot); !s)
        return s;
    *out = std::move(snapshot.series);
    return Status::success();
}

} // namespace qf
