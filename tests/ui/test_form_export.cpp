// SPDX-License-Identifier: GPL-3.0-or-later
// 导出 Excel… from the window: the 文件 menu, the summary view and the print panel run
// the export action with the dialogs replaced; the registry page exports the 名册.
#include "TestSupport.h"

#include "entry/EntryModel.h"
#include "entry/EntryPage.h"
#include "export/FormExportDialog.h"
#include "export/FormExporter.h"
#include "printing/FormPrintPanel.h"
#include "printing/PrintingPage.h"
#include "registry/RegistryPage.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/CampaignRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"
#include "xlsx/XlsxFormSheet.h"
#include "xlsx/XlsxWorkbook.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

using namespace qf;
using namespace Qt::StringLiterals;

namespace {

const YearMonth kMonth(2021, 10);

/// Replaces the flow's dialogs: the chooser keeps the proposal and answers with `path`
/// (and the proposal's month and forms); the notifier keeps what it was told.
struct Script
{
    explicit Script(ui::FormExporter *exporter, const QString &path, bool force = false)
    {
        exporter->setChooser([this, path](const Campaign &, const ui::FormExporter::Choice &p) {
            proposed = p;
            ++chosen;
            ui::FormExporter::Choice c = p;
            c.path = path;
            return std::optional<ui::FormExporter::Choice>(c);
        });
        exporter->setForceAsker([this, force](const FormExportResult &refused) {
            refusal = ui::FormExporter::refusalText(refused);
            return force;
        });
        exporter->setNotifier([this](const FormExportResult &result) { notified << result; });
    }
    ui::FormExporter::Choice proposed;
    int chosen = 0;
    QString refusal;
    QList<FormExportResult> notified;
};

QStringList sheetsOf(const QString &path)
{
    XlsxWorkbook book;
    const Status s = XlsxWorkbook::open(path, &book);
    INFO(s.message());
    REQUIRE(s.isOk());
    return book.sheetNames();
}

/// One 附件1 report of the month with more 完成整改问题 (2) than 发现问题 (1).
QString breakMonth(ui::Session &session)
{
    for (Report r : ReportRepository(session.database()).all(session.campaignId()))
        if (r.form == 1 && r.period == kMonth) {
            r.numbers[2] = r.numbers.value(1) + 5;
            REQUIRE(ReportRepository(session.database()).save(r).isOk());
            return r.unitKey;
        }
    FAIL("the demo has no 附件1 report for the month");
    return QString();
}

/// The export runs on a worker: the flow goes on, and the notifier hears of it, a moment later.
bool flowEnded(ui::FormExporter *exporter)
{
    return test::waitUntil([exporter] { return !exporter->isRunning(); });
}

} // namespace

TEST_CASE("文件 menu: 导出报表（Excel） proposes the entry page's month and writes the three sheets")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(u"gui.sqlite"_s), true).isOk());
    ui::MainWindow window(&session);
    window.show();
    REQUIRE(window.showPage(u"entry"_s));
    ui::EntryPage *entry = window.entryPage();
    REQUIRE(entry->setForm(2));
    REQUIRE(entry->setPeriod(kMonth));

    auto *action = window.findChild<QAction *>(u"exportFormsAction"_s);
    REQUIRE(action);
    CHECK(action->text() == u"导出报表（Excel）…"_s);
    const QString path = dir.filePath(u"十月.xlsx"_s);
    Script script(window.formExporter(), path);
    action->trigger();
    REQUIRE(flowEnded(window.formExporter()));

    REQUIRE(script.chosen == 1);
    CHECK(script.proposed.month == kMonth);
    CHECK(script.proposed.form == 2);
    CHECK(script.proposed.allForms);
    CHECK(script.proposed.path.endsWith(u"鹿寨县2021年10月统计表（附件1-3）.xlsx"_s));
    REQUIRE(script.notified.size() == 1);
    INFO(script.notified.first().status.message());
    CHECK(script.notified.first().isWritten());
    CHECK(script.notified.first().path == path);
    REQUIRE(QFile::exists(path));
    CHECK(sheetsOf(path) == QStringList({u"附件1"_s, u"附件2"_s, u"附件3"_s}));
}

TEST_CASE("文件 menu: errors are shown before anything is written, then 仍然导出 writes them")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(u"gui.sqlite"_s), true).isOk());
    breakMonth(session);
    ui::MainWindow window(&session);
    REQUIRE(window.showPage(u"entry"_s));
    REQUIRE(window.entryPage()->setPeriod(kMonth));
    auto *action = window.findChild<QAction *>(u"exportFormsAction"_s);
    REQUIRE(action);
    const QString path = dir.filePath(u"十月.xlsx"_s);

    {
        Script cancel(window.formExporter(), path, false);
        action->trigger();
        REQUIRE(flowEnded(window.formExporter()));
    REQUIRE(flowEnded(window.formExporter()));
        CHECK(cancel.refusal.contains(u"附件1"_s));
        CHECK(cancel.refusal.contains(u"错误"_s));
        CHECK(cancel.notified.isEmpty());
        CHECK_FALSE(QFile::exists(path));
    }
    Script force(window.formExporter(), path, true);
    action->trigger();
    REQUIRE(flowEnded(window.formExporter()));
    CHECK_FALSE(force.refusal.isEmpty());
    REQUIRE(force.notified.size() == 1);
    CHECK(force.notified.first().isWritten());
    CHECK(force.notified.first().errorCount() >= 1);
    CHECK(sheetsOf(path).size() == 3);
}

TEST_CASE("summary view and print panel: 导出 Excel… exports the form and month they show")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(u"gui.sqlite"_s), true).isOk());

    ui::EntryPage entry(&session);
    entry.show();
    REQUIRE(entry.setPeriod(kMonth));
    auto *button = entry.findChild<QPushButton *>(u"exportFormsButton"_s);
    REQUIRE(button);
    CHECK_FALSE(button->isVisible());
    entry.showSummary(true);
    CHECK(button->isVisible());
    const QString all = dir.filePath(u"all.xlsx"_s);
    Script fromSummary(entry.formExporter(), all);
    button->click();
    REQUIRE(flowEnded(entry.formExporter()));
    CHECK(fromSummary.proposed.month == kMonth);
    CHECK(sheetsOf(all).size() == 3);

    ui::PrintingPage printing(&session);
    ui::FormPrintPanel *panel = printing.formPanel();
    panel->select(3, YearMonth(2021, 9));
    auto *excel = panel->findChild<QPushButton *>(u"exportFormsButton"_s);
    REQUIRE(excel);
    const QString one = dir.filePath(u"one.xlsx"_s);
    Script fromPanel(panel->formExporter(), one);
    excel->click();
    REQUIRE(flowEnded(panel->formExporter()));
    CHECK_FALSE(fromPanel.proposed.allForms);
    CHECK(fromPanel.proposed.form == 3);
    CHECK(fromPanel.proposed.month == YearMonth(2021, 9));
    CHECK(sheetsOf(one) == QStringList({u"附件3"_s}));
}

TEST_CASE("summary view: unsaved edits are offered for saving first, and the workbook holds the saved figure")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(u"gui.sqlite"_s), true).isOk());
    ui::EntryPage entry(&session);
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    int questions = 0;
    entry.setAsker([&](const QString &, const QString &, QMessageBox::StandardButtons) {
        ++questions;
        return answer;
    });
    REQUIRE(entry.setForm(1));
    REQUIRE(entry.setPeriod(kMonth));
    ui::EntryModel &model = *entry.model();
    // A figure the first unit types itself (not one its ledgers make), raised by one.
    const FormDescription &form = *model.table().form;
    int row = -1, column = 0;
    for (int r = 0; r < model.rowCount() && !column; ++r)
        for (const FormColumn &c : form.columns)
            if (!model.unitKeyAt(r).isEmpty() && c.kind == ColumnKind::Count && c.derived.isEmpty()
                && !model.index(r, model.modelColumnOf(c.number)).data(ui::EntryModel::LedgerRole).toBool()) {
                row = r;
                column = c.number;
                break;
            }
    REQUIRE(column > 0);
    const QString unit = model.unitKeyAt(row);
    const QModelIndex index = model.index(row, model.modelColumnOf(column));
    const double raised = index.data(Qt::EditRole).toDouble() + 1;
    REQUIRE(model.setData(index, QString::number(raised)));
    REQUIRE(model.hasChanges());

    entry.showSummary(true);
    auto *button = entry.findChild<QPushButton *>(u"exportFormsButton"_s);
    REQUIRE(button);
    const QString path = dir.filePath(u"saved.xlsx"_s);
    Script script(entry.formExporter(), path);
    button->click();   // kept unsaved: nothing asked further, nothing written
    CHECK(questions == 1);
    CHECK(script.chosen == 0);
    CHECK_FALSE(QFile::exists(path));

    answer = QMessageBox::Save;
    button->click();
    REQUIRE(flowEnded(entry.formExporter()));
    CHECK(questions == 2);
    CHECK_FALSE(model.hasChanges());
    REQUIRE(script.notified.size() == 1);
    const FormExportResult &result = script.notified.first();
    REQUIRE(result.isWritten());
    const FormTable &table = result.tables.first();
    int bodyRow = -1;
    for (int r = 0; r < table.rows.size(); ++r)
        if (table.rows.at(r).unitKey == unit)
            bodyRow = r;
    REQUIRE(bodyRow >= 0);
    const int grid = form.gridColumnOf(column);
    const int j = grid - form.labelColumnCount();
    CHECK(table.rows.at(bodyRow).values.at(j).number == raised);
    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(path, &book).isOk());
    const XlsxCell cell = book.sheetAt(0)->cell(XlsxFormSheet::kHeaderTop + table.headerRowCount() + bodyRow, grid);
    CHECK(cell.number == raised);
}

TEST_CASE("export dialog: the offered file name follows the month and the forms until the clerk types one")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(u"gui.sqlite"_s), true).isOk());
    const auto campaign = CampaignRepository(session.database()).load(session.campaignId());
    REQUIRE(campaign);
    ui::FormExportDialog::Choice proposed;
    proposed.month = kMonth;
    proposed.form = 2;
    proposed.path = QDir(dir.path()).filePath(u"鹿寨县2021年10月统计表（附件1-3）.xlsx"_s);
    ui::FormExportDialog dialog(*campaign, proposed);
    CHECK(dialog.choice().allForms);
    CHECK(dialog.choice().path == proposed.path);

    dialog.monthBox()->setCurrentIndex(dialog.monthBox()->findData(u"2021-11"_s));
    CHECK(dialog.choice().month == YearMonth(2021, 11));
    CHECK(dialog.choice().path == QDir(dir.path()).filePath(u"鹿寨县2021年11月统计表（附件1-3）.xlsx"_s));
    dialog.oneFormButton()->setChecked(true);
    CHECK_FALSE(dialog.choice().allForms);
    CHECK(dialog.choice().form == 2);
    CHECK(dialog.choice().path == QDir(dir.path()).filePath(u"鹿寨县2021年11月附件2.xlsx"_s));

    dialog.pathEdit()->setText(QDir::toNativeSeparators(QDir(dir.path()).filePath(u"给局长"_s)));
    dialog.monthBox()->setCurrentIndex(dialog.monthBox()->findData(u"2021-09"_s));
    CHECK(dialog.choice().path == QDir(dir.path()).filePath(u"给局长.xlsx"_s));
}

TEST_CASE("registry page: 导出 Excel… writes the institutions the page shows, closed ones when they are shown")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(u"gui.sqlite"_s), true).isOk());
    ui::RegistryPage page(&session);
    const QList<Institution> registry = InstitutionRepository(session.database()).all();
    const QString open = dir.filePath(u"open.xlsx"_s);
    REQUIRE(page.exportRegistry(open));
    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(open, &book).isOk());
    auto names = [](const XlsxSheet &sheet) {
        QStringList list;
        for (int r = 0; r < sheet.rowCount(); ++r)
            if (sheet.cell(r, 0).type == XlsxCell::Number)   // 序号
                list << sheet.cell(r, 1).text;
        return list;
    };
    QStringList openNames, allNames;
    for (const Institution &i : registry) {
        allNames << i.name;
        if (i.active)
            openNames << i.name;
    }
    REQUIRE(openNames.size() < allNames.size());
    CHECK(names(*book.sheetAt(0)) == openNames);
    CHECK(page.visibleCount() == openNames.size());

    auto *showClosed = page.findChild<QCheckBox *>();
    REQUIRE(showClosed);
    showClosed->setChecked(true);
    const QString all = dir.filePath(u"all.xlsx"_s);
    REQUIRE(page.exportRegistry(all));
    REQUIRE(XlsxWorkbook::open(all, &book).isOk());
    CHECK(names(*book.sheetAt(0)) == allNames);
}
