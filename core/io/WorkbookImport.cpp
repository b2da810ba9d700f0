// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookImport.h"

#include "ReportTemplates.h"
#include "KeptFigures.h"
#include "ReturnedSheet.h"
#include "forms/FigureLimits.h"
#include "forms/FormTableBuilder.h"
#include "forms/FormValidator.h"
#include "forms/ReportingUnit.h"
#include "model/NameKey.h"
#include "storage/Database.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"
#include "xlsx/CellAddress.h"
#include "xlsx/XlsxWorkbook.h"

#include <QDir>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <optional>

namespace qf {

namespace {

constexpr double kCumulativeSlack = 1e-6;   // as the validator's: rounding, not a decrease

/// A blank (or missing) cell keeps what is stored for the month in that column, and says so.
void keepStored(const Report *stored, const FormColumn &column, const QString &what, Report &report,
                QStringList &warnings)
{
    if (const QString kept = KeptFigures::keep(stored, column, what, report); !kept.isEmpty())
        warnings << kept;
}

} // namespace

class WorkbookImport::Lookup
{
public:
    explicit Lookup(const Context &ctx) : m_registry(ctx.registry), m_storedAround(ctx.storedAround)
    {
        for (int n = 0; n < ctx.registry.size(); ++n) {
            const Institution &i = ctx.registry.at(n);
            m_byName.insert(NameKey::of(i.name), n);
            if (!i.shortName.isEmpty())
                m_byShortName.insert(NameKey::of(i.shortName), n);
        }
        if (!m_storedAround)
            m_all = bySeries(ctx.stored);
    }

    /// The registry's institution of that name or short name (the later one when both match),
    /// compared as every name is (NameKey): invisible marks, width and spaces do not count.
    const Institution *institution(const QString &name) const
    {
        const QString key = NameKey::of(name);
        const int n = qMax(m_byName.value(key, -1), m_byShortName.value(key, -1));
        return n < 0 ? nullptr : &m_registry.at(n);
    }

    /// The unit's stored reports of a form that a file of the month is checked against,
    /// oldest first: at least its latest up to the month, the one before that and its first
    /// after the month.
    QList<Report> series(int form, const QString &unitKey, const YearMonth &period) const
    {
        if (!m_storedAround)
            return m_all.value(seriesKey(form, unitKey));
        const QString month = period.toString();
        auto around = m_around.constFind(month);
        if (around == m_around.constEnd())
            around = m_around.insert(month, bySeries(m_storedAround(period)));
        return around->value(seriesKey(form, unitKey));
    }

    std::optional<ReportingUnit> unit(const FormDescription &form, qint64 institutionId, const YearMonth &period) const
    {
        const QString key = QStringLiteral("%1|%2").arg(form.number).arg(period.toString());
        auto units = m_units.constFind(key);
        if (units == m_units.constEnd()) {
            QHash<qint64, ReportingUnit> byId;
            for (const ReportingUnit &u : ReportingUnits::forForm(form, m_registry, period))
                byId.insert(u.institutionId, u);
            units = m_units.insert(key, byId);
        }
        const auto u = units->constFind(institutionId);
        return u == units->constEnd() ? std::nullopt : std::optional<ReportingUnit>(*u);
    }

private:
    using Series = QHash<QString, QList<Report>>;   ///< form|unit → reports, oldest first

    static QString seriesKey(int form, const QString &unitKey) { return QStringLiteral("%1|%2").arg(form).arg(unitKey); }
    static Series bySeries(const QList<Report> &reports)
    {
        Series series;
        for (const Report &r : reports)
            series[seriesKey(r.form, r.unitKey)] << r;
        for (QList<Report> &s : series)
            std::sort(s.begin(), s.end(), [](const Report &a, const Report &b) { return a.period < b.period; });
        return series;
    }

    QList<Institution> m_registry;
    std::function<QList<Report>(const YearMonth &)> m_storedAround;
    QHash<QString, int> m_byName;
    QHash<QString, int> m_byShortName;
    Series m_all;                                   ///< every stored report, without storedAround
    mutable QHash<QString, Series> m_around;        ///< month → what its files are checked against
    mutable QHash<QString, QHash<qint64, ReportingUnit>> m_units;   ///< form|month → units by institution
};

ImportChange WorkbookFile::change() const
{
    if (!isClean())
        return ImportChange::Error;
    const bool allNew = std::all_of(changes.cbegin(), changes.cend(), [](ImportChange c) { return c == ImportChange::New; });
    const bool allSame = std::all_of(changes.cbegin(), changes.cend(), [](ImportChange c) { return c == ImportChange::Unchanged; });
    return allSame ? ImportChange::Unchanged : allNew ? ImportChange::New : ImportChange::Changed;
}

QString WorkbookFile::formsText() const
{
    QStringList names;
    for (int n : forms)
        names << FormCatalog::form(n).attachment;
    return names.join(QStringLiteral(u"、"));
}

QString WorkbookImport::changeText(ImportChange change)
{
    switch (change) {
    case ImportChange::New: return tr("新增");
    case ImportChange::Changed: return tr("有变化");
    case ImportChange::Unchanged: return tr("无变化");
    case ImportChange::Error: break;
    }
    return tr("有错误");
}

WorkbookImport::Context WorkbookImport::contextFor(Database &db, const Campaign &campaign, const QDate &today)
{
    Context c;
    c.campaign = campaign;
    c.registry = InstitutionRepository(db).all();
    const qint64 campaignId = campaign.id;
    Database *connection = &db;
    c.storedAround = [connection, campaignId](const YearMonth &period) {
        const ReportRepository reports(*connection);
        return reports.latestTwoUpTo(campaignId, 0, period) + reports.firstAfter(campaignId, period);
    };
    c.today = today;
    c.lookup = std::make_shared<const Lookup>(c);
    return c;
}

QDate WorkbookImport::receivedDefault(const QString &path, const QDate &today)
{
    const QDateTime modified = QFileInfo(path).lastModified();
    if (!modified.isValid() || modified.date() > today)
        return today;
    return modified.date();
}

QString WorkbookImport::receivedProblem(const WorkbookFile &file, const Campaign &campaign)
{
    if (!file.receivedOn.isValid())
        return QString();
    if (campaign.start.isValid() && file.receivedOn < campaign.start)
        return tr("%1：收到日期 %2 早于专项整治开始的日期 %3。")
            .arg(file.fileName, file.receivedOn.toString(Qt::ISODate), campaign.start.toString(Qt::ISODate));
    if (file.period.isValid() && file.receivedOn < file.period.firstDay())
        return tr("%1：收到日期 %2 早于所报月份%3的第一天。")
            .arg(file.fileName, file.receivedOn.toString(Qt::ISODate), file.period.toChinese());
    return QString();
}

void WorkbookImport::setReceived(WorkbookFile &file, const QDate &date)
{
    file.receivedOn = date;
    for (int i = 0; i < file.reports.size(); ++i)
        if (file.changes.value(i) != ImportChange::Unchanged)
            file.reports[i].submittedOn = date;
}

WorkbookFile WorkbookImport::analyse(const QString &path, const Context &ctx)
{
    XlsxWorkbook book;
    if (const Status s = XlsxWorkbook::open(path, &book); !s) {
        WorkbookFile file;
        file.path = path;
        file.fileName = QFileInfo(path).fileName();
        file.errors << s.messages();
        return file;
    }
    return analyseWorkbook(book, path, ctx);
}

WorkbookFile WorkbookImport::analyseWorkbook(const XlsxWorkbook &book, const QString &path, const Context &ctx)
{
    WorkbookFile file;
    file.path = path;
    file.fileName = QFileInfo(path).fileName();
    file.receivedOn = ctx.receivedOn.value(path, receivedDefault(path, ctx.today));
    const QList<int> ours = ReportTemplates::institutionForms();
    QList<int> seen;
    for (int i = 0; i < book.sheetCount(); ++i) {
        const XlsxSheet &sheet = *book.sheetAt(i);
        const ReturnedSheet::Marks marks = ReturnedSheet::marksOf(sheet);
        if (!marks.form())
            continue;   // an extra sheet of the user's own
        if (marks.titleForm && marks.attachment && marks.titleForm != marks.attachment) {
            file.errors << tr("%1 工作表“%2”：标注为附件%3，标题却是附件%4的，无法确定是哪张表。")
                               .arg(file.fileName, sheet.name()).arg(marks.attachment).arg(marks.titleForm);
            continue;
        }
        if (!ours.contains(marks.form())) {
            if (FormCatalog::numbers().contains(marks.form()))
                file.errors << tr("%1 工作表“%2”：这是附件%3，由卫生健康局汇总填写，不是机构填报的附件1或附件3。")
                                   .arg(file.fileName, sheet.name()).arg(marks.form());
            else
                file.errors << tr("%1 工作表“%2”：这是附件%3，不是机构填报的附件1或附件3。")
                                   .arg(file.fileName, sheet.name()).arg(marks.form());
            continue;
        }
        if (seen.contains(marks.form())) {
            file.errors << tr("%1 工作表“%2”：文件中已有一张附件%3，不能重复。").arg(file.fileName, sheet.name()).arg(marks.form());
            continue;
        }
        seen << marks.form();
        file.forms << marks.form();
        analyseSheet(sheet, marks.form(), ctx, file);
    }
    if (seen.isEmpty() && file.errors.isEmpty())
        file.errors << tr("%1：不是附件1或附件3的报表（各工作表中都没有“附件1”“附件3”字样或统计表标题）。").arg(file.fileName);
    else if (file.reports.isEmpty() && file.errors.isEmpty())
        file.errors << tr("%1：所有填报栏都是空的，不是一份报表，未导入任何数据；已存的数据不变。").arg(file.fileName);
    // A receipt date given by hand (not the file's own date) decides on time or late, so
    // one before the campaign or before the reported month began cannot be a real arrival.
    if (ctx.receivedOn.contains(path))
        if (const QString problem = receivedProblem(file, ctx.campaign); !problem.isEmpty())
            file.errors << problem;
    if (!file.errors.isEmpty()) {
        file.reports.clear();
        file.changes.clear();
    }
    return file;
}

void WorkbookImport::analyseSheet(const XlsxSheet &sheet, int formNumber, const Context &ctx, WorkbookFile &file)
{
    const FormDescription &form = FormCatalog::form(formNumber);
    const ReturnedSheet::Marks marks = ReturnedSheet::marksOf(sheet);
    const QString where = tr("%1 工作表“%2”").arg(file.fileName, sheet.name());
    const int errorsBefore = int(file.errors.size());
    const qsizetype warningsBefore = file.warnings.size();

    // Month.
    if (marks.month.isEmpty()) {
        file.errors << tr("%1：找不到“%2”单元格，无法确定月份（请用本软件生成的空白报表填写）。")
                           .arg(where, ReportTemplates::monthMarkLabel());
        return;
    }
    const YearMonth period = YearMonth::parse(marks.month);
    const QString monthAt = tr("%1 %2").arg(where, marks.monthCell.toString());
    if (!period.isValid()) {
        file.errors << tr("%1：“%2”不是有效的月份。").arg(monthAt, marks.month);
        return;
    }
    if (file.period.isValid() && file.period != period) {
        file.errors << tr("%1：月份%2与同一文件中的%3不同。").arg(monthAt, period.toChinese(), file.period.toChinese());
        return;
    }
    file.period = period;

    // Institution.
    const QString unitAt = tr("%1 %2").arg(where, marks.unitCell.toString());
    if (marks.unit.isEmpty()) {
        file.errors << tr("%1：找不到“填报单位”，无法确定是哪个机构的报表。").arg(marks.unitCell.isValid() ? unitAt : where);
        return;
    }
    if (!ctx.lookup)
        ctx.lookup = std::make_shared<const Lookup>(ctx);
    const Lookup &lookup = *ctx.lookup;
    const Institution *institution = lookup.institution(marks.unit);
    if (!institution) {
        file.errors << tr("%1：机构名册中没有“%2”。").arg(unitAt, marks.unit);
        if (file.institution.isEmpty())
            file.institution = marks.unit;
        return;
    }
    if (!file.institution.isEmpty() && file.institution != institution->name && file.institution != marks.unit) {
        file.errors << tr("%1：填报单位“%2”与同一文件中的“%3”不同。").arg(unitAt, institution->name, file.institution);
        return;
    }
    file.institution = institution->name;
    if (!ctx.campaign.reportingPeriods().contains(period)) {
        file.errors << tr("%1：%2不在本专项整治的报送月份（%3至%4）内。")
                           .arg(monthAt, period.toChinese(), ctx.campaign.firstPeriod().toChinese(),
                                ctx.campaign.lastPeriod().toChinese());
        return;
    }
    const std::optional<ReportingUnit> found = lookup.unit(form, institution->id, period);
    if (!found) {
        file.errors << tr("%1：“%2”在%3不需报送%4（停用、未开业或不是医疗机构）。")
                           .arg(unitAt, institution->name, period.toChinese(), form.attachment);
        return;
    }
    const ReportingUnit &unit = *found;

    // The institution's row and the form's columns.
    QHash<int, int> columnOf;
    const int numberingRow = ReturnedSheet::numberingRow(sheet, form, &columnOf);
    if (numberingRow < 0) {
        file.errors << tr("%1：找不到表头下的栏号行（%2），表格结构已被改动。").arg(where, form.columnCaption.arg(1));
        return;
    }
    int firstValueColumn = sheet.columnCount();
    for (int c : std::as_const(columnOf))
        firstValueColumn = qMin(firstValueColumn, c);
    const int row = ReturnedSheet::ownRow(sheet, form, numberingRow, firstValueColumn, columnOf, *institution, where, &file.errors);
    if (row < 0)
        return;

    // The figures. A blank cell is no figure: it neither deletes nor zeroes what is stored
    // for the month, and a file whose figure cells are all blank is no filing at all.
    const QList<Report> series = lookup.series(formNumber, unit.key, period);
    const Report *same = nullptr;
    const Report *before = nullptr;
    const Report *after = nullptr;
    for (const Report &r : series) {
        if (r.period < period)
            before = &r;
        else if (r.period == period)
            same = &r;
        else if (!after)
            after = &r;
    }
    Report report;
    report.campaignId = ctx.campaign.id;
    report.form = formNumber;
    report.unitKey = unit.key;
    report.period = period;
    report.source = ReportSource::Imported;
    report.sourceFile = file.fileName;
    // The day it arrived, not the day it is imported: a file read a week later was still
    // on time if it came in on time.
    report.submittedOn = file.receivedOn;
    QHash<int, QString> cellOf;
    int filled = 0;
    for (const FormColumn &column : form.columns) {
        if (!column.derived.isEmpty())
            continue;
        if (!columnOf.contains(column.number)) {
            keepStored(same, column, tr("%1 没有这一栏").arg(where), report, file.warnings);
            continue;
        }
        const int col = columnOf.value(column.number);
        const QString address = CellAddress::toString(row, col);
        cellOf.insert(column.number, address);
        const XlsxCell cell = sheet.cell(row, col);
        const QString at = tr("%1 %2（第%3栏 %4）").arg(where, address).arg(column.number).arg(column.label);
        // A formula whose result the writing program did not store (as some generators
        // save them) looks blank, but is not: its figure is unknown until a spreadsheet
        // program computes it.
        if (cell.isFormula && cell.isEmpty()) {
            file.errors << tr("%1：公式没有计算结果，请在 Excel/WPS 中打开并保存后再导入。").arg(at);
            continue;
        }
        if (cell.isBlank()) {
            keepStored(same, column, tr("%1 %2 为空").arg(where, address), report, file.warnings);
            continue;
        }
        if (column.kind == ColumnKind::Text) {
            report.texts.insert(column.number, cell.displayText().trimmed());
            continue;
        }
        ++filled;
        double v = 0;
        if (cell.type == XlsxCell::Error)
            file.errors << tr("%1：公式的结果是错误值 %2。").arg(at, cell.text);
        else if (!cell.toNumber(&v))
            file.errors << tr("%1：“%2”不是数字。").arg(at, cell.displayText());
        else if (const QString problem = FigureLimits::problem(column.kind, v); !problem.isEmpty())
            file.errors << tr("%1 %2（第%3栏）：%4。").arg(where, address).arg(column.number).arg(problem);
        else
            report.numbers.insert(column.number, v);
    }
    if (file.errors.size() > errorsBefore)
        return;
    if (filled == 0) {
        // Not a filing of this form: nothing of the sheet is stored (analyse() refuses the
        // file when no sheet holds a figure).
        file.warnings.resize(warningsBefore);
        file.warnings << tr("%1 第%2行：“%3”的填报栏全部为空，不是一份报表，%4未导入，已存的数据不变。")
                             .arg(where).arg(row + 1).arg(institution->name, form.attachment);
        file.forms.removeAll(formNumber);
        return;
    }

    // The rules, against the institution's latest stored month before this one.
    Report checked = report;
    FormTableBuilder::fillDerived(form, unit, ctx.registry, checked);
    Report previous = before ? *before : Report();
    if (before)
        FormTableBuilder::fillDerived(form, unit, ctx.registry, previous);
    for (const Finding &f : FormValidator::validateReport(form, unit, checked, before ? &previous : nullptr,
                                                         ctx.campaign.firstPeriod())) {
        const QString at = f.column > 0 && cellOf.contains(f.column)
            ? tr("%1 %2（第%3栏）").arg(where, cellOf.value(f.column)).arg(f.column)
            : tr("%1 第%2行").arg(where).arg(row + 1);
        const QString text = tr("%1：%2").arg(at, f.message);
        if (f.isError())
            file.errors << text;
        else
            file.warnings << text;
    }
    // Cumulative figures never go down, looking forward too: an earlier month sent late
    // must not exceed what the unit already reported for a later one.
    if (after) {
        Report later = *after;
        FormTableBuilder::fillDerived(form, unit, ctx.registry, later);
        for (const Finding &f : FormValidator::validateAgainstLater(form, unit, checked, later)) {
            const QString at = cellOf.contains(f.column)
                ? tr("%1 %2（第%3栏）").arg(where, cellOf.value(f.column)).arg(f.column)
                : tr("%1 第%2行第%3栏").arg(where).arg(row + 1).arg(f.column);
            file.errors << tr("%1：%2").arg(at, f.message);
        }
    }
    if (file.errors.size() > errorsBefore)
        return;
    // A cumulative figure lower than the one stored for the same month is allowed (a
    // correction), but never quietly: an old template filled again would otherwise turn
    // the month back without a word.
    if (same) {
        for (const FormColumn &c : form.columns) {
            if (!c.isNumeric() || !report.hasNumber(c.number) || !same->hasNumber(c.number)
                || report.number(c.number) >= same->number(c.number) - kCumulativeSlack)
                continue;
            const QString at = cellOf.contains(c.number)
                ? tr("%1 %2（第%3栏）").arg(where, cellOf.value(c.number)).arg(c.number)
                : tr("%1 第%2行第%3栏").arg(where).arg(row + 1).arg(c.number);
            file.warnings << tr("%1：将已存的%2累计数%3改为%4（减少），请确认这是更正。")
                                 .arg(at, period.toChinese())
                                 .arg(same->number(c.number))
                                 .arg(report.number(c.number));
        }
    }

    ImportChange change = ImportChange::New;
    if (same) {
        change = same->numbers == report.numbers && same->texts == report.texts ? ImportChange::Unchanged
                                                                                : ImportChange::Changed;
        // Keep the original arrival: the same figures sent again are no new report.
        if (change == ImportChange::Unchanged)
            report.submittedOn = same->submittedOn;
    }
    file.reports << report;
    file.changes << change;
}

QList<WorkbookFile> WorkbookImport::analyseAll(const QStringList &paths, const Context &context, Progress *progress)
{
    QList<WorkbookFile> files;
    QHash<QString, QString> firstFile;   // form|unit|month → file name
    const int total = int(paths.size());
    for (const QString &path : paths) {
        if (!Progress::goOn(progress, int(files.size()), total,
                            tr("正在检查 %1（%2/%3）").arg(QFileInfo(path).fileName()).arg(files.size() + 1).arg(total)))
            break;
        WorkbookFile file = analyse(path, context);
        for (const Report &r : std::as_const(file.reports)) {
            const QString key = QStringLiteral("%1|%2|%3").arg(r.form).arg(r.unitKey, r.period.toString());
            if (firstFile.contains(key))
                file.errors << tr("%1：%2 %3的%4已在 %5 中，同一张表不能导入两次。")
                                   .arg(file.fileName, file.institution, r.period.toChinese(),
                                        FormCatalog::form(r.form).attachment, firstFile.value(key));
            else
                firstFile.insert(key, file.fileName);
        }
        if (!file.errors.isEmpty()) {
            file.reports.clear();
            file.changes.clear();
        }
        files << file;
    }
    return files;
}

QStringList WorkbookImport::filesIn(const QString &folder)
{
    QStringList paths;
    const QDir dir(folder);
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.xlsx"), QStringLiteral("*.XLSX")}, QDir::Files, QDir::Name))
        if (!info.fileName().startsWith(QStringLiteral("~$")) && !info.fileName().startsWith(QLatin1Char('.')))
            paths << info.absoluteFilePath();
    paths.removeDuplicates();
    return paths;
}

Status WorkbookImport::store(Database &db, WorkbookFile &file)
{
    if (!file.isClean())
        return Status::failure(tr("%1 有错误，未导入。").arg(file.fileName));
    QList<Report> changed;
    for (int i = 0; i < file.reports.size(); ++i)
        if (file.changes.value(i) != ImportChange::Unchanged)
            changed << file.reports.at(i);
    if (!changed.isEmpty()) {
        const Status s = ReportRepository(db).saveAll(changed);
        if (!s)
            return s;
    }
    file.stored = true;
    return Status::success();
}

} // namespace qf
