// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartData.h"

#include "forms/FormDescription.h"
#include "model/Report.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace qf {

namespace {

struct KindName
{
    ChartKind kind;
    const char *name;
};

constexpr KindName kKinds[] = {
    {ChartKind::Filing, "filing"},
    {ChartKind::Problems, "problems"},
    {ChartKind::ProblemsByCategory, "categories"},
    {ChartKind::RectificationRate, "rate"},
    {ChartKind::Laggards, "laggards"},
    {ChartKind::Trend, "trend"},
};

// 附件1's （1） 发现问题 and （2） 完成整改问题: the form's first two columns.
constexpr int kFoundIndex = 0;
constexpr int kRectifiedIndex = 1;

ChartData::Set setOf(const AnalysisSeries &series, const QString &id, const QString &group, const QList<YearMonth> &months)
{
    ChartData::Set set;
    set.seriesId = id;
    if (const AnalysisSeries::Series *s = series.find(id))
        set.name = s->title;
    for (const YearMonth &m : months)
        set.values << series.value(id, group, m);
    return set;
}

// The groups a series has values for at a month, in the series' order.
QStringList groupsAt(const AnalysisSeries &series, const QString &id, const YearMonth &month)
{
    QStringList groups;
    if (const AnalysisSeries::Series *s = series.find(id))
        for (const AnalysisSeries::Point &p : s->points)
            if (p.month == month && !groups.contains(p.group))
                groups << p.group;
    return groups;
}

const Institution *institutionOf(const AnalysisSnapshot &snapshot, const FormRow &row)
{
    if (row.style != RowStyle::Unit || !UnitKey::isInstitution(row.unitKey))
        return nullptr;
    const auto it = snapshot.data.institutions.constFind(UnitKey::institutionId(row.unitKey));
    return it == snapshot.data.institutions.constEnd() ? nullptr : &*it;
}

QString rowName(const FormRow &row)
{
    return row.labels.isEmpty() ? row.unitKey : row.labels.last().text;
}

bool inGroup(const Institution *inst, const QString &group)
{
    return group == AnalysisSeries::county() || (inst && AnalysisData::categoryOf(*inst) == group);
}

double numberIn(const FormRow &row, int index)
{
    return index < row.values.size() && row.values.at(index).present ? row.values.at(index).number : 0;
}

const FormRow *rowOf(const FormTable *table, const QString &unitKey)
{
    if (table)
        for (const FormRow &row : table->rows)
            if (row.style == RowStyle::Unit && row.unitKey == unitKey)
                return &row;
    return nullptr;
}

// The one unit the trend names: an institution of the registry by its name or short name.
QString unitKeyNamed(const AnalysisSnapshot &snapshot, const QString &name)
{
    for (const Institution &i : snapshot.data.institutions)
        if (i.name == name || i.displayName() == name)
            return UnitKey::institution(i.id);
    return QString();
}

int columnIndex(const FormDescription &form, int number)
{
    for (int i = 0; i < form.columns.size(); ++i)
        if (form.columns.at(i).number == number)
            return i;
    return -1;
}

double percentOf(double part, double whole)
{
    return std::round(1000.0 * part / whole) / 10.0;
}

// One institution's own filing of each month: its row of the tracking matrix. A month in
// which nothing of its own had fallen due is a gap, as the county's is.
Status institutionFiling(const AnalysisSnapshot &snapshot, const QString &name, ChartData *c)
{
    const QString key = UnitKey::institution(c->request.institutionId);
    const auto row = std::find_if(snapshot.tracking.rows.cbegin(), snapshot.tracking.rows.cend(),
                                  [&key](const TrackingMatrix::Row &r) { return r.unitKey == key; });
    if (row == snapshot.tracking.rows.cend())
        return Status::failure(ChartData::tr("“%1”在本专项整治中没有应报的统计表。").arg(name));
    c->title = ChartData::tr("%1报送情况：按时、逾期补报与逾期未报").arg(name);
    ChartData::Set onTime = setOf(snapshot.series, QStringLiteral("tracking.on-time"), QString(), {});
    ChartData::Set late = setOf(snapshot.series, QStringLiteral("tracking.late"), QString(), {});
    ChartData::Set overdue = setOf(snapshot.series, QStringLiteral("tracking.missing"), QString(), {});
    for (const YearMonth &m : c->months) {
        const qsizetype column = snapshot.tracking.periods.indexOf(m);
        const TrackingCounts n = column >= 0 ? row->cells.value(column) : TrackingCounts();
        const bool due = n.expected - n.pending > 0;
        auto value = [due](int v) { return due ? std::optional<double>(v) : std::nullopt; };
        onTime.values << value(n.onTime);
        late.values << value(n.late);
        overdue.values << value(n.overdue);
    }
    // The values are the institution's, not the series': no series id, so the drill-down
    // does not list the county's units behind them.
    for (ChartData::Set *set : {&onTime, &late, &overdue}) {
        set->seriesId.clear();
        c->sets << *set;
    }
    return Status::success();
}

// One institution's problems found and rectified in each month: the change of its 附件1
// row's cumulative （1） and （2） over the month before. A month it has no row or no figure
// in is a gap, never 0.
Status institutionProblems(const AnalysisSnapshot &snapshot, const QString &name, ChartData *c)
{
    const QString key = UnitKey::institution(c->request.institutionId);
    c->title = ChartData::tr("%1问题发现与整改（按月）").arg(name);
    ChartData::Set found = setOf(snapshot.series, QStringLiteral("problems.found"), QString(), {});
    ChartData::Set rectified = setOf(snapshot.series, QStringLiteral("problems.rectified"), QString(), {});
    const FormRow *previous = nullptr;
    bool any = false;
    for (const YearMonth &m : c->months) {
        const FormRow *row = rowOf(snapshot.form(1, m), key);
        for (auto [set, index] : {std::pair{&found, kFoundIndex}, std::pair{&rectified, kRectifiedIndex}}) {
            std::optional<double> v;
            if (row && index < row->values.size() && row->values.at(index).present)
                v = numberIn(*row, index) - (previous ? numberIn(*previous, index) : 0);
            set->values << v;
        }
        any = any || row;
        if (row)
            previous = row;
    }
    if (!any)
        return Status::failure(ChartData::tr("附件1中没有“%1”这一行。").arg(name));
    for (ChartData::Set *set : {&found, &rectified}) {
        set->seriesId.clear();
        c->sets << *set;
    }
    return Status::success();
}

} // namespace

QStringList ChartData::names()
{
    QStringList list;
    for (const KindName &k : kKinds)
        list << QString::fromLatin1(k.name);
    return list;
}

std::optional<ChartKind> ChartData::kindNamed(const QString &name)
{
    for (const KindName &k : kKinds)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QString ChartData::nameOf(ChartKind kind)
{
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return QString();
}

QString ChartData::label(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Filing: return tr("报送情况（按月）");
    case ChartKind::Problems: return tr("问题发现、整改与销号（按月）");
    case ChartKind::ProblemsByCategory: return tr("问题发现、整改与销号（按类别）");
    case ChartKind::RectificationRate: return tr("整改率（按类别）");
    case ChartKind::Laggards: return tr("整改率最低的机构");
    case ChartKind::Trend: return tr("报表栏目逐月变化");
    }
    return QString();
}

QStringList ChartData::groups(const AnalysisSnapshot &snapshot)
{
    const YearMonth last = snapshot.series.months.isEmpty() ? YearMonth() : snapshot.series.months.last();
    QStringList list = groupsAt(snapshot.series, QStringLiteral("problems.found-total"), last);
    for (const QString &g : groupsAt(snapshot.series, QStringLiteral("ledger.found-total"), last))
        if (!list.contains(g))
            list << g;
    list.removeAll(AnalysisSeries::county());
    list.prepend(AnalysisSeries::county());
    return list;
}

Status ChartData::build(const AnalysisSnapshot &snapshot, const ChartRequest &request, ChartData *out)
{
    const AnalysisSeries &series = snapshot.series;
    if (!request.month.isValid() || !series.months.contains(request.month))
        return Status::failure(tr("%1没有分析数据：应为 %2 至 %3 之间的报表月份。")
                                   .arg(request.month.isValid() ? request.month.toChinese() : tr("所选月份"),
                                        series.months.value(0).toChinese(),
                                        series.months.value(series.months.size() - 1).toChinese()));
    ChartData c;
    c.request = request;
    const QString county = AnalysisSeries::county();
    QList<YearMonth> months;
    for (const YearMonth &m : series.months)
        if (m <= request.month)
            months << m;
    auto byMonth = [&c, &months] {
        c.months = months;
        c.categoryAxis = tr("月份");
        for (const YearMonth &m : months)
            c.categories << m.toString();
    };
    switch (request.kind) {
    case ChartKind::Filing:
        c.shape = Shape::StackedBars;
        c.title = tr("报送情况：按时、逾期补报与逾期未报");
        c.valueAxis = tr("份");
        byMonth();
        if (request.institutionId) {
            if (Status s = institutionFiling(snapshot, snapshot.data.nameOf(request.institutionId), &c); !s)
                return s;
            break;
        }
        for (const char *id : {"tracking.on-time", "tracking.late", "tracking.missing"})
            c.sets << setOf(series, QString::fromLatin1(id), county, months);
        break;
    case ChartKind::Problems: {
        if (request.institutionId) {
            c.shape = Shape::Bars;
            c.valueAxis = tr("个");
            byMonth();
            if (Status s = institutionProblems(snapshot, snapshot.data.nameOf(request.institutionId), &c); !s)
                return s;
            break;
        }
        const QString group = request.unit.isEmpty() ? county : request.unit;
        if (!groups(snapshot).contains(group))
            return Status::failure(tr("没有“%1”的问题数据：可选 %2。").arg(group, groups(snapshot).join(QStringLiteral(u"、"))));
        c.shape = Shape::Bars;
        c.title = tr("%1问题发现、整改与销号（按月）").arg(group);
        c.valueAxis = tr("个");
        byMonth();
        for (const char *id : {"problems.found", "problems.rectified", "ledger.closed"})
            c.sets << setOf(series, QString::fromLatin1(id), group, months);
        break;
    }
    case ChartKind::ProblemsByCategory: {
        c.shape = Shape::Bars;
        c.title = tr("各类机构问题发现、整改与销号（截至%1）").arg(request.month.toChinese());
        c.valueAxis = tr("个");
        c.categoryAxis = tr("类别");
        c.categories = groups(snapshot).mid(1);
        for (const char *id : {"problems.found-total", "problems.rectified-total", "ledger.closed-total"}) {
            Set set = setOf(series, QString::fromLatin1(id), QString(), {});
            for (const QString &g : c.categories)
                set.values << series.value(set.seriesId, g, request.month);
            c.sets << set;
        }
        break;
    }
    case ChartKind::RectificationRate: {
        c.shape = Shape::Bars;
        c.title = tr("整改率（截至%1）").arg(request.month.toChinese());
        c.valueAxis = QStringLiteral("%");
        c.categoryAxis = tr("类别");
        c.decimals = 1;
        c.categories = groupsAt(series, QStringLiteral("problems.rate"), request.month);
        Set set = setOf(series, QStringLiteral("problems.rate"), QString(), {});
        for (const QString &g : c.categories)
            set.values << series.value(set.seriesId, g, request.month);
        c.sets << set;
        break;
    }
    case ChartKind::Laggards: {
        if (request.month != series.months.last())
            return Status::failure(tr("整改率最低的机构只按最后一个月（%1）统计。").arg(series.months.last().toChinese()));
        c.shape = Shape::HorizontalBars;
        c.title = tr("整改率最低的机构（截至%1）").arg(request.month.toChinese());
        c.valueAxis = QStringLiteral("%");
        c.categoryAxis = tr("机构");
        c.decimals = 1;
        const QString id = QStringLiteral("problems.laggards-rate");
        c.categories = groupsAt(series, id, request.month);
        Set set = setOf(series, id, QString(), {});
        for (const QString &g : c.categories)
            set.values << series.value(id, g, request.month);
        c.sets << set;
        break;
    }
    case ChartKind::Trend: {
        if (!FormCatalog::numbers().contains(request.form))
            return Status::failure(tr("没有附件%1。").arg(request.form));
        const FormDescription &form = FormCatalog::form(request.form);
        const int index = columnIndex(form, request.column);
        const QString id = QStringLiteral("form%1.%2").arg(request.form).arg(request.column);
        const AnalysisSeries::Series *s = series.find(id);
        if (index < 0 || !s)
            return Status::failure(tr("%1没有第%2栏数值。").arg(form.attachment).arg(request.column));
        c.shape = Shape::Lines;
        c.valueAxis = s->unit;
        c.decimals = s->decimals;
        byMonth();
        if (request.unit.isEmpty() || request.unit == county) {
            c.title = s->title;
            c.sets << setOf(series, id, county, months);
            c.sets.last().name = county;
            break;
        }
        const QString key = unitKeyNamed(snapshot, request.unit);
        if (key.isEmpty())
            return Status::failure(tr("登记册中没有“%1”。").arg(request.unit));
        c.title = tr("%1（%2）").arg(s->title, request.unit);
        Set set;
        set.name = request.unit;
        for (const YearMonth &m : months) {
            const FormRow *row = rowOf(snapshot.form(request.form, m), key);
            std::optional<double> v;
            if (row && index < row->values.size() && row->values.at(index).present)
                v = row->values.at(index).number;
            set.values << v;
        }
        c.sets << set;
        break;
    }
    }
    *out = c;
    return Status::success();
}

QList<ChartData::DrillRow> ChartData::drillDown(const AnalysisSnapshot &snapshot, int set, int category) const
{
    QList<DrillRow> rows;
    if (set < 0 || set >= sets.size() || category < 0 || category >= categories.size())
        return rows;
    const QString id = sets.at(set).seriesId;
    const YearMonth month = months.isEmpty() ? request.month : months.at(category);
    const YearMonth before = category > 0 && !months.isEmpty() ? months.at(category - 1) : YearMonth();
    const QString county = AnalysisSeries::county();
    const QString group = request.kind == ChartKind::Problems ? (request.unit.isEmpty() ? county : request.unit)
                          : request.kind == ChartKind::Trend ? county
                                                             : categories.at(category);

    if (request.kind == ChartKind::Filing) {
        const QString own = request.institutionId ? UnitKey::institution(request.institutionId) : QString();
        const qsizetype column = snapshot.tracking.periods.indexOf(month);
        if (column < 0)
            return rows;
        for (const TrackingMatrix::Row &r : snapshot.tracking.rows) {
            if (!own.isEmpty() && r.unitKey != own)
                continue;
            const TrackingCounts c = r.cells.value(column);
            // The column totals leave out what is not yet due: so does the list.
            const int n = set == 0 ? c.onTime : set == 1 ? c.late : c.overdue;
            if (n > 0)
                rows << DrillRow{r.unitName, QString(), double(n)};
        }
        return rows;
    }

    if (id.startsWith(QLatin1String("ledger."))) {
        // The 问题清单's own records: those found, rectified or closed in the month (or by its end).
        const bool total = id.endsWith(QLatin1String("-total"));
        for (const Problem &p : snapshot.data.problems) {
            const auto inst = snapshot.data.institutions.constFind(p.institutionId);
            if (!inGroup(inst == snapshot.data.institutions.constEnd() ? nullptr : &*inst, group))
                continue;
            auto holds = [&p, &id](const QDate &day) {
                if (!day.isValid())
                    return false;
                if (id.startsWith(QLatin1String("ledger.found")))
                    return p.existsOn(day);
                if (id.startsWith(QLatin1String("ledger.rectified")))
                    return p.existsOn(day) && p.rectifiedOn(day);
                return p.existsOn(day) && p.stateOn(day) == ProblemState::Closed;
            };
            const bool now = holds(month.lastDay());
            const bool earlier = !total && before.isValid() && holds(before.lastDay());
            if (now && !earlier)
                rows << DrillRow{snapshot.data.nameOf(p.institutionId), tr("问题清单第%1条：%2").arg(p.id).arg(p.description), 1};
        }
        return rows;
    }

    if (id.startsWith(QLatin1String("problems."))) {
        // 附件1's unit rows: the month's own change of （1） or （2）, the cumulative figure, or the rate.
        const FormTable *table = snapshot.form(1, month);
        const FormTable *previous = before.isValid() ? snapshot.form(1, before) : nullptr;
        for (const FormRow &row : table ? table->rows : QList<FormRow>()) {
            const Institution *inst = institutionOf(snapshot, row);
            if (!inst || !inGroup(inst, group))
                continue;
            const double found = numberIn(row, kFoundIndex), rectified = numberIn(row, kRectifiedIndex);
            const QString detail = tr("累计发现 %1 个，累计完成整改 %2 个").arg(found).arg(rectified);
            if (id == QLatin1String("problems.found") || id == QLatin1String("problems.rectified")) {
                const int index = id == QLatin1String("problems.found") ? kFoundIndex : kRectifiedIndex;
                const FormRow *prior = rowOf(previous, row.unitKey);
                const double change = numberIn(row, index) - (prior ? numberIn(*prior, index) : 0);
                if (change != 0)
                    rows << DrillRow{rowName(row), detail, change};
            } else if (id.endsWith(QLatin1String("-total"))) {
                const double v = id == QLatin1String("problems.found-total") ? found : rectified;
                if (v != 0)
                    rows << DrillRow{rowName(row), detail, v};
            } else if (id == QLatin1String("problems.laggards-rate")) {
                if (rowName(row) == categories.at(category) && found > 0)
                    rows << DrillRow{rowName(row), detail, percentOf(rectified, found)};
            } else if (found > 0) {
                rows << DrillRow{rowName(row), detail, percentOf(rectified, found)};
            }
        }
        return rows;
    }

    if (request.kind == ChartKind::Trend) {
        const int index = columnIndex(FormCatalog::form(request.form), request.column);
        const FormTable *table = snapshot.form(request.form, month);
        const bool wholeCounty = sets.at(set).seriesId.startsWith(QLatin1String("form"));
        const QString key = wholeCounty ? QString() : unitKeyNamed(snapshot, request.unit);
        for (const FormRow &row : table ? table->rows : QList<FormRow>()) {
            if (row.style != RowStyle::Unit || index < 0 || index >= row.values.size() || !row.values.at(index).present)
                continue;
            if (!wholeCounty && row.unitKey != key)
                continue;
            const FormValue &v = row.values.at(index);
            if (wholeCounty && v.number == 0)
                continue;
            rows << DrillRow{rowName(row), tr("当月增加 %1").arg(v.increase), v.number};
        }
    }
    return rows;
}

} // namespace qf
