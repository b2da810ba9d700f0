// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScaleRun.h"

#include "AnalysisRun.h"
#include "Baselines.h"
#include "LedgerDerivation.h"
#include "MailImportRun.h"
#include "RegistryImportRun.h"
#include "SpotCheckRun.h"
#include "SyntheticCounty.h"
#include "UiLatencyRun.h"

#include "forms/CampaignForms.h"
#include "io/ReportTemplates.h"
#include "io/WorkbookImport.h"
#include "print/PosterBatch.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"
#include "xlsx/XlsxFormWriter.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <deque>
#include <memory>
#include <xlsxwriter.h>

namespace qf::bench {

namespace {

void progress(const QString &what)
{
    std::fprintf(stderr, "  %s\n", qPrintable(what));
}

/// The forms of the given months, built from the database. Sheets of a multi-month
/// workbook need distinct names, so each month's forms point at a copy of their
/// description named after the month.
QList<FormTable> buildForms(Database &db, const Campaign &campaign, const QList<YearMonth> &months)
{
    static std::deque<FormDescription> renamed;
    QList<FormTable> tables;
    // As the program does: one month loads what that month needs, several load up to the last.
    const CampaignForms data = months.size() == 1 ? CampaignForms::forMonth(db, campaign, months.last())
                                                  : CampaignForms(db, campaign, months.last());
    for (const YearMonth &m : months)
        for (FormTable t : data.month(m, QDate(2022, 1, 10))) {
            if (months.size() > 1) {
                renamed.push_back(*t.form);
                renamed.back().attachment = QStringLiteral(u"%1月%2").arg(m.month()).arg(t.form->attachment);
                t.form = &renamed.back();
            }
            tables << t;
        }
    return tables;
}

/// Product export inside a measurement: open, build the forms, write the workbook.
QString exportForms(const QString &dbPath, const Campaign &campaign, const QList<YearMonth> &months,
                    const QString &out)
{
    Database db;
    if (Status s = db.open(dbPath); !s)
        return s.message();
    const Status s = XlsxFormWriter().writeWorkbook(out, buildForms(db, campaign, months));
    return s ? QString() : s.message();
}

/// The cells the product wrote, read back once, for the raw writer to write again.
QList<SheetPlan> plansFrom(const QString &workbookPath, const QList<FormTable> &tables, QString *error)
{
    XlsxWorkbook book;
    QList<SheetPlan> plans;
    if (Status s = XlsxWorkbook::open(workbookPath, &book); !s) {
        *error = s.message();
        return plans;
    }
    for (int i = 0; i < book.sheetCount() && i < tables.size(); ++i) {
        SheetPlan p;
        p.form = tables.at(i).form;
        p.sheet = *book.sheetAt(i);
        p.bodyRows = int(tables.at(i).rows.size());
        plans << p;
    }
    return plans;
}

QString buildOnly(Database &db, const Campaign &campaign, const QList<YearMonth> &months)
{
    const QList<FormTable> tables = buildForms(db, campaign, months);
    return tables.size() == months.size() * 3 ? QString() : QStringLiteral("forms missing");
}

/// The monthly workbooks the program hands out (附件1 and 附件3 of each institution,
/// pre-filled with last month's cumulative figures), as they come back unchanged: the
/// importer reads, recognises and checks them exactly as it does filled ones.
QString writeFilledWorkbooks(const QString &dir, const Campaign &campaign, const QList<Institution> &institutions,
                             const QList<Institution> &registry, const QList<Report> &stored, const YearMonth &period,
                             QStringList *files)
{
    XlsxFormWriter writer;
    writer.setInputTemplate(true);
    writer.setTemplateText(ReportTemplates::monthMark(period), QString());
    for (const Institution &institution : institutions) {
        const QList<FormTable> tables = ReportTemplates::tablesFor(campaign, institution, registry, stored, period);
        if (tables.isEmpty())
            continue;
        const QString path = QDir(dir).filePath(ReportTemplates::fileName(institution, period));
        if (const Status s = writer.writeWorkbook(path, tables); !s)
            return s.message();
        *files << path;
    }
    return QString();
}

/// The workbook import up to the point of storing: read, recognise, check against the
/// registry and the stored months, compare with what is stored.
QString importWorkbooks(const QString &dbPath, const Campaign &campaign, const QStringList &files)
{
    Database db;
    if (Status s = db.open(dbPath); !s)
        return s.message();
    const WorkbookImport::Context ctx = WorkbookImport::contextFor(db, campaign, QDate(2022, 1, 10));
    int clean = 0;
    for (const WorkbookFile &f : WorkbookImport::analyseAll(files, ctx)) {
        if (!f.isClean())
            return f.errors.join(QLatin1Char('\n'));
        clean += f.reports.isEmpty() ? 0 : 1;
    }
    return clean == files.size() ? QString() : QStringLiteral("not every workbook gave a report");
}

} // namespace

QString openMainWindow(const QString &dbPath, std::unique_ptr<ui::Session> *session, std::unique_ptr<ui::MainWindow> *window)
{
    *session = std::make_unique<ui::Session>();
    if (Status s = (*session)->open(dbPath, false); !s)
        return s.message();
    *window = std::make_unique<ui::MainWindow>(session->get());
    (*window)->show();
    QApplication::processEvents();
    return (*window)->isVisible() ? QString() : QStringLiteral("main window not shown");
}

QString openMainWindow(const QString &dbPath)
{
    std::unique_ptr<ui::Session> session;
    std::unique_ptr<ui::MainWindow> window;
    return openMainWindow(dbPath, &session, &window);
}

bool runScale(const RunOptions &options, ResultTable *table)
{
    const QString scale = options.counties == 1 ? QStringLiteral("county") : QStringLiteral("city");
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "no temporary directory\n");
        return false;
    }
    const QString dbPath = dir.filePath(QStringLiteral("bench.sqlite"));
    std::fprintf(stderr, "%s: generating %d institutions\n", qPrintable(scale), options.counties * kInstitutionsPerCounty);
    QElapsedTimer timer;
    timer.start();
    SyntheticData data;
    QList<YearMonth> months;
    YearMonth last;
    QList<FormTable> monthTables, yearTables;
    {
        Database db;
        Status s = db.open(dbPath);
        if (s)
            s = generate(db, options.counties, &data);
        if (!s) {
            std::fprintf(stderr, "cannot generate data: %s\n", qPrintable(s.message()));
            return false;
        }
        months = data.campaign.reportingPeriods();
        last = months.last();
        monthTables = buildForms(db, data.campaign, {last});
        yearTables = buildForms(db, data.campaign, months);
    }
    std::fprintf(stderr, "  %d reports in %.1f s\n", data.reports, double(timer.elapsed()) / 1000);
    if (!options.keepDir.isEmpty()) {
        const QString kept = QDir(options.keepDir).filePath(scale + QStringLiteral(".sqlite"));
        QFile::remove(kept);
        if (!QFile::copy(dbPath, kept))
            std::fprintf(stderr, "  cannot copy the database to %s\n", qPrintable(kept));
    }
    const QString label = QStringLiteral(" (%1 inst.)").arg(data.institutions.size());
    auto add = [&](const QString &key, const QString &what, const Sample &product, const Sample &baseline,
                   double goal, const QString &note, double goalSeconds = 0, double growthGoal = 0) {
        Result r;
        r.goalSeconds = goalSeconds;
        r.growthGoal = growthGoal;
        r.key = key;
        r.label = what;
        r.scale = scale;
        r.product = product;
        r.baseline = baseline;
        r.goal = goal;
        r.note = note;
        if (!product.ok && !product.error.isEmpty())
            std::fprintf(stderr, "  %s: product failed: %s\n", qPrintable(key), qPrintable(product.error));
        if (!baseline.ok && !baseline.error.isEmpty())
            std::fprintf(stderr, "  %s: baseline failed: %s\n", qPrintable(key), qPrintable(baseline.error));
        table->add(r);
    };
    const int runs = options.runs;

    // 1. Export: the product's workbook against the same cells written by libxlsxwriter.
    progress(QStringLiteral("export"));
    const QString monthBook = dir.filePath(QStringLiteral("month.xlsx"));
    const QString yearBook = dir.filePath(QStringLiteral("year.xlsx"));
    QString error = exportForms(dbPath, data.campaign, {last}, monthBook);
    if (error.isEmpty())
        error = exportForms(dbPath, data.campaign, months, yearBook);
    const QList<SheetPlan> monthPlans = plansFrom(monthBook, monthTables, &error);
    const QList<SheetPlan> yearPlans = plansFrom(yearBook, yearTables, &error);
    if (!error.isEmpty())
        std::fprintf(stderr, "  export setup failed: %s\n", qPrintable(error));
    const QString rawOut = dir.filePath(QStringLiteral("raw.xlsx"));
    // The workbook writer on the forms as built, against the same cells written raw...
    add(QStringLiteral("export-month"), QStringLiteral("export 3 forms, one month") + label,
        measure([&] {
            const Status s = XlsxFormWriter().writeWorkbook(monthBook, monthTables);
            return s ? QString() : s.message();
        }, runs),
        measure([&] { return writeRawWorkbook(rawOut, monthPlans); }, runs), 1.3,
        QStringLiteral("XlsxFormWriter on the built forms vs libxlsxwriter, same cells/merges/formats"));
    add(QStringLiteral("export-year"), QStringLiteral("export 12-month workbook (36 sheets)"),
        measure([&] {
            const Status s = XlsxFormWriter().writeWorkbook(yearBook, yearTables);
            return s ? QString() : s.message();
        }, runs),
        measure([&] { return writeRawWorkbook(rawOut, yearPlans); }, runs), 1.3,
        QStringLiteral("XlsxFormWriter vs libxlsxwriter"));
    // ...and what the export command does as a whole, against fetching the sums with SQL
    // and writing them raw.
    add(QStringLiteral("export-month-whole"), QStringLiteral("export one month, open to file"),
        measure([&] { return exportForms(dbPath, data.campaign, {last}, monthBook); }, runs),
        measure([&] {
            const QString error =
                onRawConnection(dbPath, [&](QSqlDatabase db) { return groupBySums(db, data.campaign, {last}); });
            return error.isEmpty() ? writeRawWorkbook(rawOut, monthPlans) : error;
        }, runs), 0,
        QStringLiteral("open + load + build + check + write vs open + GROUP BY + libxlsxwriter"));

    // 2. Aggregation against one GROUP BY over the same rows.
    progress(QStringLiteral("aggregation"));
    // Both sides work on an open database: opening the file (and checking it) is the
    // "open" row's, and the export row above measures it within the whole command.
    std::unique_ptr<Database> productDb;
    QSqlDatabase rawDb;
    const auto openProduct = [&] {
        productDb = std::make_unique<Database>();
        const Status s = productDb->open(dbPath);
        return s ? QString() : s.message();
    };
    const auto openLimit = [&] { return openRaw(dbPath, &rawDb); };
    add(QStringLiteral("aggregate-month"), QStringLiteral("aggregate 3 forms, one month"),
        measure(openProduct, [&] { return buildOnly(*productDb, data.campaign, {last}); }, runs),
        measure(openLimit, [&] { return groupBySums(rawDb, data.campaign, {last}); }, runs), 2.0,
        QStringLiteral("CampaignForms::forMonth + build x3 (checks included) vs one SQL GROUP BY, database open"));
    add(QStringLiteral("aggregate-campaign"), QStringLiteral("aggregate 3 forms, all 12 months"),
        measure(openProduct, [&] { return buildOnly(*productDb, data.campaign, months); }, runs),
        measure(openLimit, [&] { return groupBySums(rawDb, data.campaign, months); }, runs), 2.0,
        QStringLiteral("CampaignForms: load once, build x36 vs one SQL GROUP BY, database open"));

    // Ledgers: a year of every ledger written into a copy of the data (the rows above keep
    // measuring it without, as their limits read no ledgers). The limit must compute the
    // program's figures, or its time means nothing: checked once, untimed.
    progress(QStringLiteral("ledgers"));
    const QString ledgerDb = dir.filePath(QStringLiteral("ledgers.sqlite"));
    const QString keptLedgers = options.keepDir.isEmpty()
                                    ? QString()
                                    : QDir(options.keepDir).filePath(scale + QStringLiteral("-ledgers.sqlite"));
    int ledgerCells = 0;
    QString ledgerError = writeLedgerDatabase(dbPath, ledgerDb, data, keptLedgers);
    if (ledgerError.isEmpty())
        ledgerError = checkLedgerLimit(ledgerDb, data.campaign, months, &ledgerCells);
    // Like the aggregation rows, both sides work on an open database.
    const auto openLedgerProduct = [&] {
        productDb = std::make_unique<Database>();
        const Status s = productDb->open(ledgerDb);
        return s ? QString() : s.message();
    };
    if (ledgerError.isEmpty()) {
        std::fprintf(stderr, "  limit and product agree on all %d derived cells\n", ledgerCells);
        add(QStringLiteral("ledgers"), QStringLiteral("ledger figures, 3 forms x 12 months"),
            measure(openLedgerProduct, [&] { return deriveLedgerFigures(*productDb, data.campaign, months); }, runs),
            measure([&] { return openRaw(ledgerDb, &rawDb); }, [&] { return ledgerGroupBy(rawDb, data.campaign, months); },
                    runs),
            2.0, QStringLiteral("snapshot + LedgerFigures::derive x3 vs SQL GROUP BY per ledger (checked equal), database open"));
    } else {
        std::fprintf(stderr, "  LEDGER ROW FAILED: %s\n", qPrintable(ledgerError));
        Sample failed;
        failed.error = ledgerError;
        add(QStringLiteral("ledgers"), QStringLiteral("ledger derivation: FAILED"), failed, failed, 2.0,
            QStringLiteral("limit differs from the product or no data; see stderr"));
    }
    // The 分析 page on the ledgers' data with planted 走过场 patterns.
    const bool analysisOk = ledgerError.isEmpty() && addAnalysisRows(ledgerDb, dir.path(), data, scale, runs, table,
                                                                   options.keepDir.isEmpty() ? QString()
                                                                   : QDir(options.keepDir).filePath(scale + QStringLiteral("-signals.sqlite")));

    // 3. Posters: one county's worth (600) at either scale, so that growth shows what a
    // larger registry costs per poster rather than the number of pages.
    progress(QStringLiteral("posters"));
    const QDate posterDate(2021, 1, 8);
    const QList<Institution> posterUnits = data.institutions.mid(0, kInstitutionsPerCounty);
    QList<PosterContent> contents;
    const PosterPainter painter(data.campaign, posterDate);
    for (const Institution &i : posterUnits)
        contents << painter.content(i);
    const QString pdf = dir.filePath(QStringLiteral("posters.pdf"));
    add(QStringLiteral("posters"), QStringLiteral("%1 posters to PDF").arg(posterUnits.size()),
        measure([&] {
            const Status s = PosterBatch::writePdf(pdf, data.campaign, posterUnits, posterDate);
            return s ? QString() : s.message();
        }, runs),
        measure([&] { return writeRawPosters(pdf, contents); }, runs), 1.3,
        QStringLiteral("PosterBatch vs QPdfWriter drawText, same words"));

    // 3b. The registry import: ten times the rows may cost about ten times the time, not a
    // hundred (each row once looked through every name before it).
    progress(QStringLiteral("registry import"));
    QString smallCsv, largeCsv;
    QString registryError = writeRegistryCsv(dir.path(), 1000, &smallCsv);
    if (registryError.isEmpty())
        registryError = writeRegistryCsv(dir.path(), 10000, &largeCsv);
    if (!registryError.isEmpty())
        std::fprintf(stderr, "  registry import setup failed: %s\n", qPrintable(registryError));
    add(QStringLiteral("registry-import"), QStringLiteral("registry CSV import, 10k vs 1k rows"),
        measure([&] { return importRegistryCsv(dir.path(), largeCsv); }, runs),
        measure([&] { return importRegistryCsv(dir.path(), smallCsv); }, runs), 12.0,
        QStringLiteral("InstitutionImport + saveAll into a new database: 10x the rows, linear is about 10x"));

    // 4. Import of filled workbooks.
    progress(QStringLiteral("import"));
    const QString filledDir = dir.filePath(QStringLiteral("filled"));
    QDir().mkpath(filledDir);
    QStringList files;
    // One county's workbooks at either scale, checked against the whole registry.
    {
        Database db;
        if (Status s = db.open(dbPath); !s)
            error = s.message();
        else
            error = writeFilledWorkbooks(filledDir, data.campaign, data.institutions.mid(0, kInstitutionsPerCounty),
                                         data.institutions, ReportRepository(db).all(data.campaign.id), last, &files);
    }
    if (!error.isEmpty())
        std::fprintf(stderr, "  import setup failed: %s\n", qPrintable(error));
    add(QStringLiteral("import"), QStringLiteral("import %1 filled workbooks").arg(files.size()),
        measure([&] { return importWorkbooks(dbPath, data.campaign, files); }, runs),
        measure([&] { return readRawXml(files); }, runs), 0,
        QStringLiteral("WorkbookImport: read, recognise, check, compare (no save) vs unzip + XML walk; "
                       "goal: city within 1.2x of county"),
        0, options.counties > 1 ? 1.2 : 0);
    // The same workbooks by mail: fetched from the test Dovecot and imported, against the folder.
    addMailImportRow(dbPath, dir.path(), data, files, scale, runs, table);

    // 5. Opening the database to a usable main window.
    progress(QStringLiteral("open"));
    // Usable: shown and the first events handled, timed on the UI thread; what the window
    // hands to workers (the tables' check, the tracking counts) and closing it are not.
    std::unique_ptr<ui::Session> openSession;
    std::unique_ptr<ui::MainWindow> openWindow;
    add(QStringLiteral("open"), QStringLiteral("open database to usable window"),
        measureCallingThread([&] { return openMainWindow(dbPath, &openSession, &openWindow); }, runs),
        measure([&] { return readRegistryRaw(dbPath); }, runs), 0,
        QStringLiteral("Session + MainWindow shown offscreen (UI thread) vs SQLite open + SELECT registry; goal absolute"),
        0.5);

    addSpotCheckRows(dbPath, data, scale, runs, table);
    // 6. The worst UI action on the open window (page switches, month, form, save, filter).
    progress(QStringLiteral("UI actions"));
    addUiLatencyRow(dbPath, scale, runs, table);
    return ledgerError.isEmpty() && analysisOk;
}

} // namespace qf::bench
