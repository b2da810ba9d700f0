// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookImport.h"

#include "ReportTemplates.h"
#include "ReturnedSheet.h"
#include "WorkbookImportLookup.h"
#include "storage/Database.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"
#include "xlsx/XlsxWorkbook.h"

#include <QDir>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <optional>

namespace qf {

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
    c.registry = InstitutionRepository(db).all(c.readFailure.get());
    const qint64 campaignId = campaign.id;
    Database *connection = &db;
    std::shared_ptr<Status> failure = c.readFailure;
    c.storedAround = [connection, campaignId, failure](const YearMonth &period) {
        const ReportRepository reports(*connection);
        Status read;
        QList<Report> found = reports.latestTwoUpTo(campaignId, 0, period, &read);
        if (read)
            found += reports.firstAfter(campaignId, period, &read);
        if (!read)
            failure->add(read);
        return found;
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
    // Judged against stored months that could not be read, a file would look new and pass the
    // checks against the months before and after it: it is not a clean file then.
    if (ctx.readFailure && !ctx.readFailure->isOk())
        file.errors << tr("%1：无法读取已存的数据，未检查也未导入：%2").arg(file.fileName, ctx.readFailure->message());
    if (!file.errors.isEmpty()) {
        file.reports.clear();
        file.changes.clear();
    }
    return file;
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
