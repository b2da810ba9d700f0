// SPDX-License-Identifier: GPL-3.0-or-later
// The entry grid keeps a spreadsheet's habits: paste and copy blocks, Delete clears, Enter
// and Tab move, every edit can be undone, and a typed value is refused, never altered.
#include "TestSupport.h"

#include "entry/EntryDelegate.h"
#include "entry/EntryGrid.h"
#include "entry/EntryModel.h"
#include "entry/EntryPage.h"
#include "entry/ImportReportsDialog.h"
#include "io/ReportTemplates.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/CampaignRepository.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QUndoStack>

using namespace qf;

namespace {

const YearMonth kOctober(2021, 10);
const QString kCountyHospital = QStringLiteral(u"鹿寨县人民医院");

struct GridFixture
{
    QTemporaryDir dir;
    ui::Session session;
    std::unique_ptr<ui::EntryPage> page;
    QStringList told;

    GridFixture()
    {
        REQUIRE(session.open(dir.filePath(QStringLiteral("grid.sqlite")), true).isOk());
        page = std::make_unique<ui::EntryPage>(&session);
        page->setToday(QDate(2021, 12, 15));
        page->setAsker([this](const QString &, const QString &text, QMessageBox::StandardButtons) {
            told << text;
            return QMessageBox::Ok;
        });
        REQUIRE(page->setForm(3));
        REQUIRE(page->setPeriod(kOctober));
        page->resize(1366, 768);
        page->show();
    }
    ui::EntryModel &model() { return *page->model(); }
    ui::EntryGrid &view() { return *page->entryView(); }
    int rowOf(const QString &name)
    {
        for (int r = 0; r < model().rowCount(); ++r)
            if (model().index(r, 0).data().toString() == name)
                return r;
        FAIL("no row " << name.toStdString());
        return -1;
    }
    /// A cell of the hospital the unit types itself, of the given kind.
    QModelIndex typedCell(ColumnKind kind)
    {
        const int row = rowOf(kCountyHospital);
        for (int c = model().columnCount() - 1; c >= model().fixedColumnCount(); --c) {
            const QModelIndex index = model().index(row, c);
            if (index.data(ui::EntryModel::ColumnKindRole).toInt() == int(kind) && (index.flags() & Qt::ItemIsEditable))
                return index;
        }
        FAIL("no typed cell");
        return {};
    }
    /// Every cell's shown text, to tell what an action changed.
    QList<QStringList> snapshot()
    {
        QList<QStringList> all;
        for (int r = 0; r < model().rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < model().columnCount(); ++c)
                row << model().index(r, c).data().toString();
            all << row;
        }
        return all;
    }
    void key(QWidget *target, int key, Qt::KeyboardModifiers mods = Qt::NoModifier, const QString &text = QString())
    {
        QKeyEvent press(QEvent::KeyPress, key, mods, text);
        QApplication::sendEvent(target, &press);
        QApplication::processEvents();
    }
    /// Types text into a cell's editor, opened by typing as in a spreadsheet, and ends with a key.
    void typeInto(const QModelIndex &index, const QString &text, int endKey = Qt::Key_Return,
                  Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        view().setCurrentIndex(index);
        view().setFocus();
        key(&view(), 0, Qt::NoModifier, text.left(1));
        auto *editor = qobject_cast<QLineEdit *>(view().indexWidget(index));
        REQUIRE(editor);
        for (const QChar c : text.mid(1))
            key(editor, 0, Qt::NoModifier, QString(c));
        REQUIRE(editor->text() == text);   // nothing typed is dropped or changed by the editor
        key(editor, endKey, mods);
    }
};

} // namespace

TEST_CASE("a typed value a count or amount cannot hold is refused at the cell, which keeps its figure")
{
    GridFixture fx;
    const QModelIndex count = fx.typedCell(ColumnKind::Count);
    const QString before = count.data().toString();
    REQUIRE_FALSE(before.isEmpty());

    for (const QString &typed : {QStringLiteral("1.5"), QStringLiteral("-3"), QStringLiteral(u"12个"), QStringLiteral("1000000000")}) {
        fx.typeInto(count, typed);
        CHECK(count.data().toString() == before);            // not 15, not 3
        CHECK(fx.view().currentIndex() == count);            // the cursor stays on the cell
        CHECK(fx.page->stateText().contains(typed));         // and the page says what was refused
        CHECK(fx.page->stateText().contains(kCountyHospital));
    }
    CHECK_FALSE(fx.model().hasChanges());

    // Full-width digits and grouped thousands are numbers; Enter then moves down.
    fx.typeInto(count, QStringLiteral(u"１２"));
    CHECK(count.data().toString() == QStringLiteral("12"));
    CHECK(fx.view().currentIndex() == count.sibling(count.row() + 1, count.column()));
    fx.typeInto(count, QStringLiteral("1,234"));
    CHECK(count.data().toString() == QStringLiteral("1234"));

    const QModelIndex amount = fx.typedCell(ColumnKind::Amount);
    const QString amountBefore = amount.data().toString();
    fx.typeInto(amount, QStringLiteral("3.141"));
    CHECK(amount.data().toString() == amountBefore);
    CHECK(fx.page->stateText().contains(QStringLiteral(u"两位小数")));
    fx.typeInto(amount, QStringLiteral("3.14"));
    CHECK(amount.data().toString() == QStringLiteral("3.14"));
}

TEST_CASE("Enter moves down and Tab right, with Shift back, typing or not, as in Excel")
{
    GridFixture fx;
    const QModelIndex start = fx.typedCell(ColumnKind::Count);
    fx.view().setCurrentIndex(start);
    fx.key(&fx.view(), Qt::Key_Return);
    CHECK(fx.view().currentIndex() == start.sibling(start.row() + 1, start.column()));
    fx.key(&fx.view(), Qt::Key_Return, Qt::ShiftModifier);
    CHECK(fx.view().currentIndex() == start);
    fx.key(&fx.view(), Qt::Key_Tab);
    CHECK(fx.view().currentIndex() == start.sibling(start.row(), start.column() + 1));
    fx.key(&fx.view(), Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(fx.view().currentIndex() == start);

    // After typing: Tab commits and moves right without opening the next cell's editor.
    fx.typeInto(start, QStringLiteral("77"), Qt::Key_Tab);
    CHECK(start.data().toString() == QStringLiteral("77"));
    CHECK(fx.view().currentIndex() == start.sibling(start.row(), start.column() + 1));
    CHECK_FALSE(fx.view().indexWidget(fx.view().currentIndex()));
    fx.typeInto(start, QStringLiteral("78"), Qt::Key_Return, Qt::ShiftModifier);
    CHECK(start.data().toString() == QStringLiteral("78"));
    CHECK(fx.view().currentIndex() == start.sibling(start.row() - 1, start.column()));
}

TEST_CASE("a block pasted from Excel fills the rectangle, skips read-only cells and is undone in one step")
{
    GridFixture fx;
    ui::EntryModel &m = fx.model();
    const int first = m.fixedColumnCount();
    const int columns = m.columnCount() - first;
    REQUIRE_FALSE(m.isUnitRow(0));   // the 合计 row, computed
    REQUIRE(m.isUnitRow(1));
    REQUIRE(m.isUnitRow(2));

    // Three rows as Excel writes them: CR LF, a trailing line end, a note in quotes holding
    // a tab and a line end, a grouped amount; text/html beside it.
    auto valueFor = [&](int row, int i) {
        const int kind = m.index(0, first + i).data(ui::EntryModel::ColumnKindRole).toInt();
        if (kind == int(ColumnKind::Count))
            return QString::number(100 * row + i);
        if (kind == int(ColumnKind::Amount))
            return QStringLiteral("1,%1.50").arg(200 + 10 * row + i);
        return QStringLiteral("\"另有\t%1起\r\n在核查\"").arg(row);
    };
    QString text;
    for (int r = 0; r < 3; ++r) {
        QStringList cells;
        for (int i = 0; i < columns; ++i)
            cells << valueFor(r, i);
        text += cells.join(QLatin1Char('\t')) + QStringLiteral("\r\n");
    }
    const QList<QStringList> before = fx.snapshot();
    int ledgerCells = 0, derivedCells = 0;
    for (int r = 1; r <= 2; ++r)
        for (int i = 0; i < columns; ++i) {
            const QModelIndex index = m.index(r, first + i);
            if (m.table().form->columns.at(i).derived.size() > 0)
                ++derivedCells;
            else if (index.data(ui::EntryModel::LedgerRole).toBool() && !index.data(ui::EntryModel::OverriddenRole).toBool())
                ++ledgerCells;
        }

    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setHtml(QStringLiteral("<table><tr><td>999</td></tr></table>"));
    QGuiApplication::clipboard()->setMimeData(mime);
    fx.view().setCurrentIndex(m.index(0, first));
    fx.view().setFocus();
    fx.key(&fx.view(), Qt::Key_V, Qt::ControlModifier);

    for (int r = 1; r <= 2; ++r)
        for (int i = 0; i < columns; ++i) {
            const QModelIndex index = m.index(r, first + i);
            const int kind = index.data(ui::EntryModel::ColumnKindRole).toInt();
            const bool readOnly = m.table().form->columns.at(i).derived.size() > 0
                || (index.data(ui::EntryModel::LedgerRole).toBool() && !index.data(ui::EntryModel::OverriddenRole).toBool());
            if (readOnly)
                CHECK(index.data().toString() == before.at(r).at(first + i));
            else if (kind == int(ColumnKind::Count))
                CHECK(index.data(Qt::EditRole).toDouble() == 100 * r + i);
            else if (kind == int(ColumnKind::Amount))
                CHECK(index.data(Qt::EditRole).toDouble() == Approx(1000 + 200 + 10 * r + i + 0.5));
            else
                CHECK(index.data().toString() == QStringLiteral(u"另有\t%1起\r\n在核查").arg(r));
        }
    const QString state = fx.page->stateText();
    CHECK(state.contains(QStringLiteral(u"合计行 %1 格").arg(columns)));
    if (ledgerCells > 0)
        CHECK(state.contains(QStringLiteral(u"由台账计算 %1 格").arg(ledgerCells)));
    if (derivedCells > 0)
        CHECK(state.contains(QStringLiteral(u"由名册计算 %1 格").arg(derivedCells)));
    CHECK(m.changedCount() == 2);

    // One paste, one step back, and forward again.
    REQUIRE(m.undoStack()->count() == 1);
    fx.page->undoAction()->trigger();
    CHECK(fx.snapshot() == before);
    CHECK_FALSE(m.hasChanges());
    int typed = first;
    while (!(m.index(1, typed).flags() & Qt::ItemIsEditable))
        ++typed;
    const QString pasted = valueFor(1, typed - first);
    fx.page->redoAction()->trigger();
    CHECK(m.changedCount() == 2);
    CHECK(m.index(1, typed).data(Qt::EditRole).toString().remove(QLatin1Char(',')) == QString(pasted).remove(QLatin1Char(',')));
    CHECK(fx.page->undoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
    CHECK(fx.page->redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    CHECK(fx.page->redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

    // Saving stores the paste (kept as a draft when it runs above the figures stored for
    // November); there is nothing left to undo of it.
    fx.page->setAsker([](const QString &, const QString &, QMessageBox::StandardButtons) { return QMessageBox::Save; });
    REQUIRE(fx.page->save());
    CHECK_FALSE(m.undoStack()->canUndo());
    CHECK(m.index(1, typed).data(Qt::EditRole).toString().remove(QLatin1Char(',')) == QString(pasted).remove(QLatin1Char(',')));
    CHECK(m.index(1, typed).data().toString() != before.at(1).at(typed));
}

TEST_CASE("a pasted block with a value the figure rules refuse pastes nothing and lists it")
{
    GridFixture fx;
    const QModelIndex count = fx.typedCell(ColumnKind::Count);
    const QList<QStringList> before = fx.snapshot();
    fx.view().setCurrentIndex(count);
    fx.page->pasteText(QStringLiteral("5\n1.5\n"));
    CHECK(fx.snapshot() == before);
    CHECK_FALSE(fx.model().hasChanges());
    REQUIRE(fx.told.size() == 1);
    CHECK(fx.told.first().contains(QStringLiteral("1.5")));
    CHECK(fx.told.first().contains(fx.model().index(count.row() + 1, 0).data().toString()));
}

TEST_CASE("a block larger than the grid is clipped and the page says how much was left out")
{
    GridFixture fx;
    ui::EntryModel &m = fx.model();
    const QModelIndex last = m.index(m.rowCount() - 1, m.columnCount() - 1);
    REQUIRE(last.flags() & Qt::ItemIsEditable);   // the last institution's 备注
    fx.view().setCurrentIndex(last);
    fx.page->pasteText(QStringLiteral("a\tb\nc\td\n"));
    CHECK(last.data().toString() == QStringLiteral("a"));
    CHECK(fx.page->stateText().contains(QStringLiteral(u"超出表格的 1 行 1 列未粘贴")));
}

TEST_CASE("Delete clears the selected cells that can be typed, to blank and not 0, in one undo step")
{
    GridFixture fx;
    ui::EntryModel &m = fx.model();
    const int row = fx.rowOf(kCountyHospital);
    const QList<QStringList> before = fx.snapshot();
    // The hospital's whole row of figures and the 合计 above it.
    fx.view().selectionModel()->select(QItemSelection(m.index(0, m.fixedColumnCount()), m.index(0, m.columnCount() - 1)),
                                       QItemSelectionModel::Select);
    fx.view().selectionModel()->select(QItemSelection(m.index(row, m.fixedColumnCount()), m.index(row, m.columnCount() - 1)),
                                       QItemSelectionModel::Select);
    fx.view().setFocus();
    fx.key(&fx.view(), Qt::Key_Delete);
    int cleared = 0;
    for (int c = m.fixedColumnCount(); c < m.columnCount(); ++c) {
        const QModelIndex index = m.index(row, c);
        if (m.readOnlyKind(index) == ui::EntryModel::ReadOnly::Editable) {
            CHECK(index.data().toString().isEmpty());
            CHECK(index.data(Qt::EditRole).toString().isEmpty());
            ++cleared;
        } else {
            CHECK(index.data().toString() == before.at(row).at(c));
        }
    }
    REQUIRE(cleared > 0);
    CHECK(fx.page->stateText().contains(QStringLiteral(u"已清除 %1 格").arg(cleared)));
    CHECK(fx.page->stateText().contains(QStringLiteral(u"合计行")));
    // A blank is not a zero: the stored report has no figure there.
    CHECK(m.changedReports().size() == 1);
    for (int c = m.fixedColumnCount(); c < m.columnCount(); ++c)
        if (m.readOnlyKind(m.index(row, c)) == ui::EntryModel::ReadOnly::Editable && m.formColumnAt(c) != 14)
            CHECK_FALSE(m.changedReports().first().hasNumber(m.formColumnAt(c)));
    REQUIRE(m.undoStack()->count() == 1);
    m.undoStack()->undo();
    CHECK(fx.snapshot() == before);
}

TEST_CASE("a copied block goes to the clipboard as tab-separated text and a table, and pastes back")
{
    GridFixture fx;
    ui::EntryModel &m = fx.model();
    const int row = fx.rowOf(kCountyHospital);
    const int first = m.fixedColumnCount();
    fx.view().selectionModel()->select(QItemSelection(m.index(row, first), m.index(row + 1, first + 2)),
                                       QItemSelectionModel::ClearAndSelect);
    fx.view().setFocus();
    fx.key(&fx.view(), Qt::Key_C, Qt::ControlModifier);
    QString expected;
    for (int r = row; r <= row + 1; ++r)
        expected += QStringList{m.index(r, first).data().toString(), m.index(r, first + 1).data().toString(),
                                m.index(r, first + 2).data().toString()}
                        .join(QLatin1Char('\t'))
                    + QStringLiteral("\r\n");
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    REQUIRE(mime);
    CHECK(mime->text() == expected);
    CHECK(mime->html().contains(QStringLiteral("<td>%1</td>").arg(m.index(row, first).data().toString())));
}

TEST_CASE("a figure is never cut: columns fit their figures and in a narrow column the increase yields")
{
    using Delegate = ui::EntryDelegate;
    // Room for both: the increase keeps the column's slot, so figures line up.
    CHECK(Delegate::layoutFigure(100, 30, 20, 40).showIncrease);
    CHECK(Delegate::layoutFigure(100, 30, 20, 40).figureRight == 40 + Delegate::kGap);
    // Not for the slot, but for this increase: it takes only its own width.
    CHECK(Delegate::layoutFigure(60, 30, 20, 40).showIncrease);
    CHECK(Delegate::layoutFigure(60, 30, 20, 40).figureRight == 20 + Delegate::kGap);
    // Not even that: the increase is left out and the figure has the whole cell.
    CHECK_FALSE(Delegate::layoutFigure(40, 30, 20, 40).showIncrease);
    CHECK(Delegate::layoutFigure(40, 30, 20, 40).figureRight == 0);
    CHECK(Delegate::layoutFigure(40, 38, 0, 40).figureRight == 0);

    GridFixture fx;
    ui::EntryModel &m = fx.model();
    auto figureWidth = [&](const QModelIndex &index) {
        QFont font = fx.view().font();
        if (const QVariant f = index.data(Qt::FontRole); f.isValid())
            font = f.value<QFont>().resolve(font);
        return QFontMetrics(font).horizontalAdvance(index.data().toString()) + 2 * Delegate::kPadding;
    };
    for (int c = m.fixedColumnCount(); c < m.columnCount(); ++c)
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.index(r, c).data(ui::EntryModel::ColumnKindRole).toInt() != int(ColumnKind::Text))
                CHECK(fx.view().columnWidth(c) >= figureWidth(m.index(r, c)));

    // A column dragged narrower than its figures stops at them.
    const QModelIndex total = m.index(0, m.columnCount() - 2);
    REQUIRE(total.data(ui::EntryModel::ColumnKindRole).toInt() == int(ColumnKind::Amount));
    fx.view().horizontalHeader()->resizeSection(total.column(), 10);
    CHECK(fx.view().columnWidth(total.column()) >= figureWidth(total));

    if (qEnvironmentVariableIsSet("QINGFENG_SCREENSHOT_DIR"))
        fx.page->grab().save(QDir(qEnvironmentVariable("QINGFENG_SCREENSHOT_DIR")).filePath(QStringLiteral("entry-grid.png")));

    // A figure typed wider than its column widens the column.
    const QModelIndex count = fx.typedCell(ColumnKind::Count);
    fx.typeInto(count, QStringLiteral("999999999"));
    REQUIRE(count.data().toString() == QStringLiteral("999999999"));
    CHECK(fx.view().columnWidth(count.column()) >= figureWidth(count));
    CHECK(fx.view().columnWidth(count.column()) >= figureWidth(count.sibling(0, count.column())));   // the 合计 too
}

TEST_CASE("workbooks and folders dropped on the window open the import dialog with them, and other files are named")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("drop.sqlite")), true).isOk());
    const auto campaign = CampaignRepository(session.database()).load(session.campaignId());
    REQUIRE(campaign);
    const QString folder = dir.filePath(QStringLiteral("returned"));
    QDir().mkpath(folder);
    QStringList written;
    REQUIRE(ReportTemplates::writeAll(session.database(), *campaign, YearMonth(2021, 11), folder, &written));
    REQUIRE(written.size() > 2);
    const QString single = dir.filePath(QStringLiteral("one.XLSX"));
    REQUIRE(QFile::copy(written.first(), single));
    const QString notes = dir.filePath(QStringLiteral("notes.docx"));
    QFile file(notes);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a workbook");
    file.close();

    ui::MainWindow window(&session);
    QStringList told;
    window.entryPage()->setAsker([&](const QString &, const QString &text, QMessageBox::StandardButtons) {
        told << text;
        return QMessageBox::Ok;
    });
    auto drop = [&](const QStringList &paths) {
        QList<QUrl> urls;
        for (const QString &p : paths)
            urls << QUrl::fromLocalFile(p);
        QMimeData mime;
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        CHECK(enter.isAccepted());
        QDropEvent event(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &event);
        QApplication::processEvents();
    };

    drop({single, folder, notes});
    REQUIRE(told.size() == 1);
    CHECK(told.first().contains(QStringLiteral("notes.docx")));
    CHECK(told.first().contains(QStringLiteral(".xlsx")));
    auto *dialog = window.entryPage()->findChild<ui::ImportReportsDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    REQUIRE(test::waitUntil([dialog] { return !dialog->isBusy(); }));   // checked on a worker
    CHECK(dialog->files().size() == written.size() + 1);   // the folder's workbooks and the single one
    dialog->close();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Nothing but other files: said so, and no dialog.
    told.clear();
    drop({notes});
    CHECK(told.size() == 1);
    CHECK_FALSE(window.entryPage()->findChild<ui::ImportReportsDialog *>());
}
