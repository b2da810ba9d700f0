// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTemplates.h"

#include "forms/FormTableBuilder.h"
#include "forms/MonthlyForms.h"
#include "forms/ReportingUnit.h"
#include "ledgers/LedgerFigures.h"
#include "storage/Database.h"
#include "storage/FigureOverrideRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/ReportRepository.h"
#include "io/AtomicFile.h"
#include "xlsx/XlsxFormWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cerrno>
#include <cstdio>

namespace qf {

// The template is the official Chinese form that goes out to the institutions, and its
// marks are what the importer looks for: neither may follow the interface language.
QString ReportTemplates::monthMarkLabel()
{
    return QStringLiteral(u"报表月份");
}

QString ReportTemplates::monthMark(const YearMonth &period)
{
    return QStringLiteral(u"%1：%2").arg(monthMarkLabel(), period.toChinese());
}

QList<int> ReportTemplates::institutionForms()
{
    QList<int> forms;
    for (int n : FormCatalog::numbers())
        if (FormCatalog::form(n).unitSource == FormDescription::UnitSource::Institutions)
            forms << n;
    return forms;
}

ReportTemplates::Ledgers ReportTemplates::ledgersOf(Database &db, const Campaign &campaign,
                                                    const QList<Institution> &registry, const YearMonth &period, Status *read)
{
    Ledgers ledgers;
    const LedgerFigures figures(LedgerRepository::snapshot(db, campaign.id, read), registry, campaign.id);
    for (int n : institutionForms())
        ledgers.derived.insert(n, figures.derive(n, {period}));
    ledgers.overrides = FigureOverrideRepository(db).list(campaign.id);
    return ledgers;
}

QList<FormTable> ReportTemplates::tablesFor(const Campaign &campaign, const Institution &institution,
                                            const QList<Institution> &registry, const QList<Report> &stored,
                                            const YearMonth &period, const Ledgers &ledgers)
{
    QList<FormTable> tables;
    const QString key = UnitKey::institution(institution.id);
    for (int n : institutionForms()) {
        const FormDescription &form = FormCatalog::form(n);
        bool files = false;
        for (const ReportingUnit &u : ReportingUnits::forForm(form, registry, period))
            files = files || u.institutionId == institution.id;
        if (!files)
            continue;
        FormInputs in;
        in.form = &form;
        in.period = period;
        in.year = campaign.year;
        in.registry = {institution};
        // The month's own figures when it has some, else last month's cumulative figures:
        // a template handed out again for a stored month must give back what is stored,
        // or importing it unchanged would turn the month back.
        for (const Report &r : stored)
            if (r.form == n && r.unitKey == key && r.period <= period)
                in.reports << r;
        // A ledger-made column carries the ledger's figure of the month (or the typed one a
        // reason keeps), not last month's: handed back unchanged it then agrees.
        for (const Report &r : ledgers.derived.value(n))
            if (r.unitKey == key)
                in.derived << r;
        for (const FigureOverride &o : ledgers.overrides)
            if (o.form == n && o.unitKey == key)
                in.overrides << o;
        in.reportingBody = institution.name;
        FormTable table = FormTableBuilder::build(in);
        if (table.units.isEmpty())
            continue;
        const UnitFigures &unit = table.units.first();
        // The institution's own single row, whatever the county form groups it under.
        FormRow row;
        row.style = RowStyle::Unit;
        row.unitKey = key;
        row.values.resize(form.columns.size());
        for (int i = 0; i < form.columns.size(); ++i) {
            const FormColumn &c = form.columns.at(i);
            FormValue &v = row.values[i];
            if (c.kind == ColumnKind::Text) {
                v.text = unit.current.texts.value(c.number);
                v.present = !v.text.isEmpty();
            } else if (unit.current.hasNumber(c.number)) {
                v.present = true;
                v.number = unit.current.number(c.number);
            }
        }
        if (form.layout == FormDescription::Layout::Units)
            row.labels << SpanCell{0, 0, 1, 1, QStringLiteral("1")} << SpanCell{0, 1, 1, 1, institution.name};
        else
            row.labels << SpanCell{0, 0, 1, form.labelColumnCount(), institution.name};
        table.rows = {row};
        table.findings.clear();
        tables << table;
    }
    return tables;
}

QString ReportTemplates::fileName(const Institution &institution, const YearMonth &period, int copy)
{
    // No separators, nothing Windows refuses, no control characters or invisible marks.
    static const QRegularExpression unsafe(
        QStringLiteral(u"[\\\\/:*?\"<>|\\x00-\\x1f\\x7f-\\x9f\\x{2028}\\x{2029}\\x{200b}-\\x{200f}\\x{202a}-\\x{202e}\\x{2060}-\\x{2064}\\x{feff}]"));
    QString name = institution.name;
    name.replace(unsafe, QStringLiteral("_"));
    name = name.trimmed();
    const QString prefix = period.toString() + QLatin1Char(' ');
    const QString suffix = (copy > 1 ? QStringLiteral(u"（%1）").arg(copy) : QString()) + QStringLiteral(".xlsx");
    // File systems take 255 bytes per name: a long name is cut at a character boundary so
    // that the month, the copy number and the extension always fit. (The temporary name the
    // workbook is first written under is short, whatever this one is: AtomicFile.)
    constexpr qsizetype kMaxBytes = 255;
    const qsizetype room = kMaxBytes - prefix.toUtf8().size() - suffix.toUtf8().size();
    qsizetype bytes = 0;
    qsizetype keep = 0;
    while (keep < name.size()) {
        const qsizetype width = name.at(keep).isHighSurrogate() && keep + 1 < name.size() ? 2 : 1;
        const qsizetype size = name.mid(keep, width).toUtf8().size();
        if (bytes + size > room)
            break;
        bytes += size;
        keep += width;
    }
    return prefix + name.left(keep).trimmed() + suffix;
}

Status ReportTemplates::writeOne(const Campaign &campaign, const Institution &institution, const QList<Institution> &registry,
                                 const QList<Report> &stored, const YearMonth &period, const Ledgers &ledgers,
                                 const QString &path, bool *written)
{
    *written = false;
    const QList<FormTable> tables = tablesFor(campaign, institution, registry, stored, period, ledgers);
    if (tables.isEmpty())
        return Status::success();
    const bool prefilled = std::any_of(stored.cbegin(), stored.cend(), [&](const Report &r) {
        return r.unitKey == UnitKey::institution(institution.id) && r.period < period;
    });
    const bool monthStored = std::any_of(stored.cbegin(), stored.cend(), [&](const Report &r) {
        return r.unitKey == UnitKey::institution(institution.id) && r.period == period;
    });
    const QString note = monthStored
        ? QStringLiteral(u"填表提示：各栏已预填已报的%1累计数，请只修改有变化的数字（填写自整治开始至%1底的累计数，不是当月新增数）。")
              .arg(period.toChinese())
        : prefilled
        ? QStringLiteral(u"填表提示：各栏已预填截至上月的累计数，请只修改本月有变化的数字（填写自整治开始至%1底的累计数，不是当月新增数）。")
              .arg(period.toChinese())
        : QStringLiteral(u"填表提示：请填写自整治开始至%1底的累计数。请勿修改“报表月份”和“填报单位”，导入时据此识别报表。")
              .arg(period.toChinese());
    XlsxFormWriter writer;
    writer.setInputTemplate(true);
    writer.setTemplateText(monthMark(period), note);
    if (const Status s = writer.writeWorkbook(path, tables); !s)
        return s;
    *written = true;
    return Status::success();
}

Status ReportTemplates::writeFor(Database &db, const Campaign &campaign, const YearMonth &period, const QList<qint64> &institutionIds,
                                 const QString &folder, QHash<qint64, QString> *written)
{
    if (!campaign.reportingPeriods().contains(period))
        return Status::failure(tr("%1不在本专项整治的报送月份（%2至%3）内。")
                                   .arg(period.toChinese(), campaign.firstPeriod().toChinese(),
                                        campaign.lastPeriod().toChinese()));
    // A template pre-fills last month's figures: from a read that failed it would hand out
    // wrong ones (or none) as if they were the stored figures.
    Status read;
    const QList<Institution> registry = InstitutionRepository(db).all(&read);
    const QList<Report> stored = read ? ReportRepository(db).all(campaign.id, &read) : QList<Report>();
    const Ledgers ledgers = read ? ledgersOf(db, campaign, registry, period, &read) : Ledgers();
    if (!read)
        return read;
    const QDir dir(folder);
    for (const Institution &institution : registry) {
        if (!institutionIds.contains(institution.id))
            continue;
        // One file per institution, named by its id: the caller names the copy it hands out.
        const QString path = dir.filePath(QStringLiteral("%1.xlsx").arg(institution.id));
        bool any = false;
        if (const Status s = writeOne(campaign, institution, registry, stored, period, ledgers, path, &any); !s)
            return s;
        if (any)
            written->insert(institution.id, path);
    }
    return Status::success();
}

Status ReportTemplates::writeAll(Database &db, const Campaign &campaign, const YearMonth &period, const QString &folder,
                                 QStringList *written, Progress *progress)
{
    if (!campaign.reportingPeriods().contains(period))
        return Status::failure(tr("%1不在本专项整治的报送月份（%2至%3）内。")
                                   .arg(period.toChinese(), campaign.firstPeriod().toChinese(),
                                        campaign.lastPeriod().toChinese()));
    const QDir dir(folder);
    if (!dir.exists())
        return Status::failure(tr("文件夹 %1 不存在。").arg(QDir::toNativeSeparators(folder)));
    // A template pre-fills last month's figures: from a read that failed it would hand out
    // wrong ones (or none) as if they were the stored figures.
    Status read;
    const QList<Institution> registry = InstitutionRepository(db).all(&read);
    const QList<Report> stored = read ? ReportRepository(db).all(campaign.id, &read) : QList<Report>();
    const Ledgers ledgers = read ? ledgersOf(db, campaign, registry, period, &read) : Ledgers();
    if (!read)
        return read;
    // The county's workbooks are written into a folder of their own beside the target and
    // moved in only once all are complete: cancelled or failed half-way, the folder holds
    // what it held before, not half a county's templates. (Same folder, same file system:
    // each move is a rename.)
    QTemporaryDir staging(dir.filePath(QStringLiteral(".qingfeng-XXXXXX")));
    if (!staging.isValid())
        return Status::failure(tr("无法在文件夹 %1 中写入：%2")
                                   .arg(QDir::toNativeSeparators(folder), staging.errorString()));
    const QDir stage(staging.path());
    // Two institutions whose names shorten or clean up to the same file name each get
    // their own file (case-insensitively, as some file systems compare names).
    QSet<QString> taken;
    QStringList names;
    const int total = int(registry.size());
    for (int i = 0; i < total; ++i) {
        const Institution &institution = registry.at(i);
        if (!Progress::goOn(progress, i, total, tr("正在生成空白报表：%1（%2/%3）").arg(institution.name).arg(i + 1).arg(total)))
            return Status::failure(Progress::cancelledMessage());
        QString name = fileName(institution, period);
        for (int copy = 2; taken.contains(name.toCaseFolded()); ++copy)
            name = fileName(institution, period, copy);
        bool any = false;
        if (const Status s = writeOne(campaign, institution, registry, stored, period, ledgers, stage.filePath(name), &any); !s)
            return s;
        if (!any)
            continue;
        taken.insert(name.toCaseFolded());
        names << name;
    }
    // The last moment to stop: after it the workbooks go in together.
    if (!Progress::goOn(progress, total, total))
        return Status::failure(Progress::cancelledMessage());
    for (const QString &name : std::as_const(names)) {
        // rename(2) replaces a workbook of the same name handed out before, in one step.
        if (std::rename(QFile::encodeName(stage.filePath(name)).constData(), QFile::encodeName(dir.filePath(name)).constData()) != 0)
            return Status::failure(tr("无法写入 %1：%2")
                                       .arg(QDir::toNativeSeparators(dir.filePath(name)), AtomicFile::reason(errno)));
        if (written)
            *written << dir.filePath(name);
    }
    return Status::success();
}

} // namespace qf
