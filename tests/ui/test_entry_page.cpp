// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "entry/EntryModel.h"
#include "entry/EntryPage.h"
#include "entry/FindingsPanel.h"
#include "entry/LedgerMark.h"
#include "entry/SummaryModel.h"
#include "entry/SummaryView.h"
#include "registry/RegistryPage.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"

#include <QBrush>
#include <QFont>
#include <QApplication>
#include <QDateEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <QAction>
#include <QStackedWidget>
#include "entry/EntryGrid.h"
#include <QSettings>
#include <QSplitter>
#include <QTreeView>

using namespace qf;

namespace {

const YearMonth kOctober(2021, 10);
const YearMonth kNovember(2021, 11);
const QString kCountyHospital = QStringLiteral(u"鹿寨县人民医院");
const QString kLateClinic = QStringLiteral(u"鹿寨县拉沟乡卫生院");   // has not filed November

/// A demo database opened in a session, and the entry page over it, answering every
/// question with a fixed button so no dialog ever waits for a user.
struct Fixture
{
    QTemporaryDir dir;
    ui::Session session;
    std::unique_ptr<ui::EntryPage> page;
    QMessageBox::StandardButton answer = QMessageBox::Save;
    int questions = 0;

    Fixture()
    {
        REQUIRE(session.open(dir.filePath(QStringLiteral("entry.sqlite")), true).isOk());
        page = std::make_unique<ui::EntryPage>(&session);
        page->setToday(QDate(2021, 12, 15));
        page->setAsker([this](const QString &, const QString &, QMessageBox::StandardButtons) {
            ++questions;
            return answer;
        });
    }
    ui::EntryModel &model() { return *page->model(); }
    void open(int form, const YearMonth &period)
    {
        REQUIRE(page->setForm(form));
        REQUIRE(page->setPeriod(period));
        REQUIRE(page->form() == form);
        REQUIRE(page->period() == period);
    }
    int rowOf(const QString &name)
    {
        for (int r = 0; r < model().rowCount(); ++r)
            if (model().index(r, 0).data().toString() == name)
                return r;
        FAIL("no row " << name.toStdString());
        return -1;
    }
    QModelIndex cell(const QString &name, int formColumn) { return model().index(rowOf(name), model().modelColumnOf(formColumn)); }
    QString unitKey(const QString &name) { return model().unitKeyAt(rowOf(name)); }
    /// The last column of a kind that the unit types itself (the others come from its ledgers).
    int typedColumn(const QString &name, ColumnKind kind)
    {
        const FormDescription &form = *model().table().form;
        for (int i = int(form.columns.size()) - 1; i >= 0; --i) {
            const FormColumn &c = form.columns.at(i);
            if (c.kind == kind && c.derived.isEmpty() && !cell(name, c.number).data(ui::EntryModel::LedgerRole).toBool())
                return c.number;
        }
        FAIL("no typed column");
        return 0;
    }
    double number(const QString &name, int formColumn) { return cell(name, formColumn).data(Qt::EditRole).toDouble(); }
    QString status(const QString &name)
    {
        for (int c = 0; c < model().fixedColumnCount(); ++c)
            if (model().fixedColumn(c) == ui::EntryModel::Fixed::Status)
                return model().index(rowOf(name), c).data().toString();
        return QString();
    }
    std::optional<Report> stored(int form, const QString &name, const YearMonth &period)
    {
        return ReportRepository(session.database()).find(session.campaignId(), form, unitKey(name), period);
    }
};

bool hasFinding(const QList<Finding> &findings, const QString &unitKey, int column, const QString &rule, bool error)
{
    for (const Finding &f : findings)
        if (f.unitKey == unitKey && f.column == column && f.ruleId == rule && f.isError() == error)
            return true;
    return false;
}

} // namespace

TEST_CASE("the 附件3 entry grid lists the reporting institutions under a 合计 that sums them")
{
    Fixture fx;
    fx.open(3, kOctober);
    ui::EntryModel &m = fx.model();

    QStringList expected;
    for (const Institution &i : InstitutionRepository(fx.session.database()).all())
        if (i.reportsIn(kOctober))
            expected << i.name;
    QStringList listed;
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.isUnitRow(r))
            listed << m.index(r, 0).data().toString();
    REQUIRE(expected.size() > 30);
    CHECK(listed == expected);
    CHECK_FALSE(listed.contains(QStringLiteral(u"鹿寨县康民大药房")));   // pharmacies file no 附件3

    // The first row is the computed 合计, read-only, and equal to the sum of the units.
    REQUIRE_FALSE(m.isUnitRow(0));
    CHECK(m.index(0, 0).data().toString().endsWith(QStringLiteral(u"合计")));
    for (const FormColumn &c : FormCatalog::form(3).columns) {
        if (!c.isNumeric())
            continue;
        double sum = 0;
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.isUnitRow(r))
                sum += m.index(r, m.modelColumnOf(c.number)).data(Qt::EditRole).toDouble();
        const QModelIndex total = m.index(0, m.modelColumnOf(c.number));
        CHECK(total.data(Qt::EditRole).toDouble() == Approx(sum));
        CHECK_FALSE(total.flags() & Qt::ItemIsEditable);
    }
    CHECK(m.index(0, m.modelColumnOf(1)).data(Qt::EditRole).toDouble() > 0);

    // Beside the cumulative value: the month's increase over September.
    const auto september = ReportRepository(fx.session.database()).find(fx.session.campaignId(), 3, fx.unitKey(kCountyHospital), YearMonth(2021, 9));
    REQUIRE(september);
    const double increase = fx.number(kCountyHospital, 1) - september->number(1);
    REQUIRE(increase > 0);
    CHECK(fx.cell(kCountyHospital, 1).data(ui::EntryModel::IncreaseRole).toString() == QStringLiteral("+%1").arg(increase));
    fx.model().setShowIncrease(false);
    CHECK(fx.cell(kCountyHospital, 1).data(ui::EntryModel::IncreaseRole).toString().isEmpty());

    // The planted October warning of 鹿寨康华医院 colours its cell amber.
    const QModelIndex planted = fx.cell(QStringLiteral(u"鹿寨康华医院"), 11);
    CHECK(planted.data(ui::EntryModel::SeverityRole).toInt() == 1);
    CHECK(fx.page->counterText().contains(QStringLiteral(u"已报 37 / 应报 37，缺报 0（沿用上月数 0）")));
}

TEST_CASE("editing 附件1 column 2 above column 1 marks that cell as an error and the finding selects it")
{
    Fixture fx;
    fx.open(1, kOctober);
    ui::EntryModel &m = fx.model();
    const QString key = fx.unitKey(kCountyHospital);
    CHECK_FALSE(hasFinding(m.table().findings, key, 2, QStringLiteral("f1-rectified-le-found"), true));
    const QModelIndex column2 = fx.cell(kCountyHospital, 2);
    CHECK(column2.data(ui::EntryModel::SeverityRole).toInt() == 0);

    const double found = fx.number(kCountyHospital, 1);
    const double rectified = fx.number(kCountyHospital, 2);
    REQUIRE(m.setData(column2, QString::number(found + 5)));
    CHECK(fx.number(kCountyHospital, 2) == found + 5);
    CHECK(hasFinding(m.table().findings, key, 2, QStringLiteral("f1-rectified-le-found"), true));
    CHECK(column2.data(ui::EntryModel::SeverityRole).toInt() == 2);
    CHECK(column2.data(Qt::BackgroundRole).value<QBrush>().color() == QColor(0xf8, 0xd7, 0xda));
    CHECK(column2.data(Qt::ToolTipRole).toString().contains(QStringLiteral(u"完成整改问题（2）不能多于发现问题（1）")));
    // The neighbouring cell has no finding and no colour.
    CHECK(fx.cell(kCountyHospital, 3).data(ui::EntryModel::SeverityRole).toInt() == 0);

    // The panel lists it; clicking it selects the cell.
    ui::FindingsPanel *panel = fx.page->findingsPanel();
    int row = -1;
    for (int i = 0; i < panel->findings().size(); ++i)
        if (panel->findings().at(i).unitKey == key && panel->findings().at(i).column == 2)
            row = i;
    REQUIRE(row >= 0);
    CHECK(ui::FindingsPanel::ruleText(panel->findings().at(row)) == QStringLiteral(u"（2）≤（1）"));
    fx.page->showSummary(true);
    emit panel->view()->clicked(panel->view()->model()->index(row, 2));
    CHECK_FALSE(fx.page->isSummaryShown());
    CHECK(fx.page->entryView()->currentIndex() == column2);

    // Putting the figure back clears the error.
    REQUIRE(m.setData(column2, QString::number(rectified)));
    CHECK_FALSE(hasFinding(m.table().findings, key, 2, QStringLiteral("f1-rectified-le-found"), true));
    CHECK(column2.data(ui::EntryModel::SeverityRole).toInt() == 0);
}

TEST_CASE("a typed month far above the unit's monthly pace is flagged in the grid")
{
    Fixture fx;
    fx.open(1, kOctober);
    ui::EntryModel &m = fx.model();
    const QString key = fx.unitKey(kCountyHospital);
    const QModelIndex found = fx.cell(kCountyHospital, 1);
    REQUIRE_FALSE(found.data(ui::EntryModel::LedgerRole).toBool());
    CHECK_FALSE(hasFinding(m.table().findings, key, 1, QStringLiteral("unusual-increase"), false));
    REQUIRE(m.setData(found, QString::number(fx.number(kCountyHospital, 1) + 500)));
    CHECK(hasFinding(m.table().findings, key, 1, QStringLiteral("unusual-increase"), false));
    CHECK(found.data(ui::EntryModel::SeverityRole).toInt() == 1);
}

TEST_CASE("saving stores every changed report in the database and tells the other pages")
{
    Fixture fx;
    fx.open(1, kOctober);
    ui::EntryModel &m = fx.model();
    QList<ui::Session::Change> changed;
    QObject::connect(&fx.session, &ui::Session::dataChanged, [&changed](ui::Session::Change what) { changed << what; });
    const auto before = fx.stored(1, kCountyHospital, kOctober);
    REQUIRE(before);
    const double found = before->number(1);
    REQUIRE(m.setData(fx.cell(kCountyHospital, 1), QString::number(found + 2)));
    const int other = fx.typedColumn(kCountyHospital, ColumnKind::Count);
    REQUIRE(other > 1);
    const double otherBefore = before->number(other);
    REQUIRE(m.setData(fx.cell(kCountyHospital, other), QString::number(otherBefore + 1)));
    REQUIRE(m.hasChanges());
    REQUIRE(fx.page->save());
    CHECK(fx.questions == 0);   // nothing wrong: no question
    CHECK_FALSE(m.hasChanges());

    const auto after = fx.stored(1, kCountyHospital, kOctober);
    REQUIRE(after);
    CHECK(after->number(1) == found + 2);
    CHECK(after->number(other) == otherBefore + 1);
    CHECK(after->numbers.value(3) == before->numbers.value(3));
    CHECK(after->submittedOn == before->submittedOn);   // it had already arrived
    CHECK(after->source == ReportSource::Typed);
    CHECK(changed == QList<ui::Session::Change>{ui::Session::Change::Figures});
    CHECK(fx.number(kCountyHospital, 1) == found + 2);   // reloaded from the database
}

TEST_CASE("saving a report with an error asks first and stores nothing when refused")
{
    Fixture fx;
    fx.open(1, kOctober);
    ui::EntryModel &m = fx.model();
    const double found = fx.number(kCountyHospital, 1);
    REQUIRE(m.setData(fx.cell(kCountyHospital, 2), QString::number(found + 1)));

    fx.answer = QMessageBox::Cancel;
    CHECK_FALSE(fx.page->save());
    CHECK(fx.questions == 1);
    CHECK(m.hasChanges());
    CHECK(fx.stored(1, kCountyHospital, kOctober)->number(2) < found + 1);

    // The bureau may keep a draft with errors.
    fx.answer = QMessageBox::Save;
    CHECK(fx.page->save());
    CHECK(fx.questions == 2);
    CHECK(fx.stored(1, kCountyHospital, kOctober)->number(2) == found + 1);
}

TEST_CASE("saving a month above the figure already stored for the next month asks first, naming that month")
{
    Fixture fx;
    fx.open(1, kOctober);
    ui::EntryModel &m = fx.model();
    const int column = fx.typedColumn(kCountyHospital, ColumnKind::Count);
    const auto november = fx.stored(1, kCountyHospital, kNovember);
    REQUIRE(november);
    REQUIRE(november->hasNumber(column));
    // October corrected above November's cumulative figure: November would show a fall.
    const double above = november->number(column) + 5;
    REQUIRE(m.setData(fx.cell(kCountyHospital, column), QString::number(above)));
    QString asked;
    fx.page->setAsker([&](const QString &, const QString &text, QMessageBox::StandardButtons) {
        asked = text;
        return QMessageBox::Cancel;
    });
    CHECK_FALSE(fx.page->save());
    CHECK(asked.contains(QStringLiteral(u"2021年11月")));
    CHECK(asked.contains(kCountyHospital));
    CHECK(fx.stored(1, kCountyHospital, kOctober)->number(column) < above);
    CHECK(m.hasChanges());

    // A correction that stays at or below November's is saved without a word about it.
    m.revertAll();
    REQUIRE(m.setData(fx.cell(kCountyHospital, column), QString::number(november->number(column))));
    asked.clear();
    fx.page->setAsker([&](const QString &, const QString &text, QMessageBox::StandardButtons) {
        asked = text;
        return QMessageBox::Save;
    });
    CHECK(fx.page->save());
    CHECK_FALSE(asked.contains(QStringLiteral(u"以后月份")));
    CHECK(fx.stored(1, kCountyHospital, kOctober)->number(column) == november->number(column));
}

TEST_CASE("a carried-forward unit becomes this month's report when a figure is typed")
{
    Fixture fx;
    fx.open(1, kNovember);
    ui::EntryModel &m = fx.model();
    CHECK(fx.status(kLateClinic) == QStringLiteral(u"沿用2021年10月"));
    CHECK(fx.cell(kLateClinic, 1).data(Qt::FontRole).value<QFont>().italic());
    CHECK(fx.page->counterText().contains(QStringLiteral(u"已报 34 / 应报 37，缺报 3（沿用上月数 3）")));
    REQUIRE_FALSE(fx.stored(1, kLateClinic, kNovember));
    const auto october = fx.stored(1, kLateClinic, kOctober);
    REQUIRE(october);

    // A column the clinic types itself (its warning education comes from the ledger).
    CHECK(fx.cell(kLateClinic, 9).data(ui::EntryModel::LedgerRole).toBool());
    int typed = 0;
    for (int c = 11; c >= 1 && typed == 0; --c)
        if (!fx.cell(kLateClinic, c).data(ui::EntryModel::LedgerRole).toBool() && c != 1)
            typed = c;
    REQUIRE(typed > 0);
    REQUIRE(m.setData(fx.cell(kLateClinic, typed), QString::number(october->number(typed) + 1)));
    CHECK(fx.status(kLateClinic) == QStringLiteral(u"已修改 12月15日"));
    CHECK_FALSE(fx.cell(kLateClinic, 1).data(Qt::FontRole).value<QFont>().italic());
    CHECK(fx.page->counterText().contains(QStringLiteral(u"已报 35 / 应报 37，缺报 2（沿用上月数 2）")));
    // Only the typed figure changed: the rest starts from the carried October figures.
    CHECK(fx.number(kLateClinic, 1) == october->number(1));
    CHECK(fx.cell(kLateClinic, typed).data(ui::EntryModel::IncreaseRole).toString() == QStringLiteral("+1"));

    REQUIRE(fx.page->save());
    const auto november = fx.stored(1, kLateClinic, kNovember);
    REQUIRE(november);
    CHECK(november->submittedOn == QDate(2021, 12, 15));
    CHECK(november->number(typed) == october->number(typed) + 1);
    CHECK(november->number(1) == october->number(1));
    // The ledger's figure is the ledger's: it is not copied into what the clinic typed.
    CHECK_FALSE(november->hasNumber(9));
    CHECK(fx.status(kLateClinic) == QStringLiteral(u"已报 12月15日"));
}

TEST_CASE("a unit's submission date can be changed and a unit can report no change")
{
    Fixture fx;
    fx.open(1, kNovember);
    ui::EntryModel &m = fx.model();
    int dateColumn = -1;
    for (int c = 0; c < m.fixedColumnCount(); ++c)
        if (m.fixedColumn(c) == ui::EntryModel::Fixed::Status)
            dateColumn = c;
    REQUIRE(dateColumn >= 0);
    REQUIRE(m.setData(m.index(fx.rowOf(kCountyHospital), dateColumn), QDate(2021, 12, 3)));
    REQUIRE(m.reportUnchanged(fx.rowOf(kLateClinic)));
    CHECK_FALSE(m.reportUnchanged(fx.rowOf(kLateClinic)));   // already this month's
    REQUIRE(fx.page->save());
    CHECK(fx.stored(1, kCountyHospital, kNovember)->submittedOn == QDate(2021, 12, 3));
    const auto november = fx.stored(1, kLateClinic, kNovember);
    REQUIRE(november);
    // Its typed figures carried unchanged; the ledgers go on making their own columns.
    const auto october = fx.stored(1, kLateClinic, kOctober);
    for (int column = 1; column <= 11; ++column) {
        INFO("column " << column);
        if (fx.cell(kLateClinic, column).data(ui::EntryModel::LedgerRole).toBool())
            CHECK_FALSE(november->hasNumber(column));
        else
            CHECK(november->number(column) == october->number(column));
    }
}

TEST_CASE("附件2 computes its derived columns and its totals and refuses edits to them")
{
    Fixture fx;
    fx.open(2, kOctober);
    ui::EntryModel &m = fx.model();
    const QString leaf = QStringLiteral(u"公立医院 三级");
    const QModelIndex derived = fx.cell(leaf, 1);
    CHECK(derived.data(ui::EntryModel::DerivedRole).toBool());
    CHECK_FALSE(derived.flags() & Qt::ItemIsEditable);
    const QString contracted = derived.data().toString();
    CHECK_FALSE(m.setData(derived, QStringLiteral("99")));
    CHECK(derived.data().toString() == contracted);
    CHECK_FALSE(m.hasChanges());
    // The inspection ledger makes the other figures: read-only too, the remark stays typed.
    CHECK(fx.cell(leaf, 2).data(ui::EntryModel::LedgerRole).toBool());
    CHECK_FALSE(fx.cell(leaf, 2).flags() & Qt::ItemIsEditable);
    CHECK_FALSE(m.setData(fx.cell(leaf, 12), QStringLiteral("1.5")));
    CHECK(fx.cell(leaf, 18).flags() & Qt::ItemIsEditable);

    // Rows: 总计, 合计, the two 小计 and their leaves, and the pharmacy unit.
    const int grand = fx.rowOf(QStringLiteral(u"总计"));
    const int publicSubtotal = fx.rowOf(QStringLiteral(u"公立医院 小计"));
    CHECK_FALSE(m.isUnitRow(grand));
    CHECK_FALSE(m.index(publicSubtotal, m.modelColumnOf(2)).flags() & Qt::ItemIsEditable);
    double units = 0;
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.isUnitRow(r))
            units += m.index(r, m.modelColumnOf(2)).data(Qt::EditRole).toDouble();
    CHECK(m.index(grand, m.modelColumnOf(2)).data(Qt::EditRole).toDouble() == units);

    // A typed remark makes a report that holds no registry-derived figure.
    REQUIRE(m.setData(fx.cell(leaf, 18), QStringLiteral(u"含县医保局联合检查")));
    const QList<Report> reports = m.changedReports();
    REQUIRE(reports.size() == 1);
    CHECK(reports.first().texts.value(18) == QStringLiteral(u"含县医保局联合检查"));
    CHECK_FALSE(reports.first().hasNumber(1));
}

TEST_CASE("the 附件2 summary view shows the official sheet with the description's merges")
{
    Fixture fx;
    fx.open(2, kOctober);
    fx.page->showSummary(true);
    CHECK(fx.page->isSummaryShown());
    ui::SummaryModel *s = fx.page->summaryModel();
    ui::SummaryView *view = fx.page->summaryView();
    const FormDescription &form = FormCatalog::form(2);
    CHECK(s->textAt(0, 0) == form.title(2021));
    CHECK(view->columnSpan(0, 0) == form.gridColumnCount());
    CHECK(s->textAt(1, 0) == QStringLiteral(u"填报单位：鹿寨县卫生健康局"));

    // The header: 项目 over two rows and three columns, the numbering row 1…18.
    CHECK(s->textAt(s->headerTop(), 0) == QStringLiteral(u"项目"));
    CHECK(view->rowSpan(s->headerTop(), 0) == 2);
    CHECK(view->columnSpan(s->headerTop(), 0) == 3);
    CHECK(s->textAt(s->headerTop() + 2, 3) == QStringLiteral("1"));
    CHECK(s->textAt(s->headerTop() + 2, 20) == QStringLiteral("18"));

    // The body: 总计 across the three label columns, 医保定点医疗机构 down nine rows.
    CHECK(s->textAt(s->bodyTop(), 0) == QStringLiteral(u"总计"));
    CHECK(view->columnSpan(s->bodyTop(), 0) == 3);
    CHECK(s->textAt(s->bodyTop() + 1, 0) == QStringLiteral(u"医保定点医疗机构"));
    CHECK(view->rowSpan(s->bodyTop() + 1, 0) == 9);
    CHECK(view->rowSpan(s->bodyTop() + 3, 1) == 3);
    const QString grandTotal = fx.page->model()->index(fx.rowOf(QStringLiteral(u"总计")), fx.model().modelColumnOf(2)).data().toString();
    CHECK(s->textAt(s->bodyTop(), 4) == grandTotal);

    // Signature and notes below the table, the year filled in.
    const int after = s->bodyTop() + int(s->table().rows.size());
    CHECK(s->textAt(after, 0) == QStringLiteral(u"单位负责人："));
    CHECK(s->textAt(s->rowCount() - 1, 0) == QStringLiteral(u"3.本表报2021年1月-12月专项整治工作期间的累计数据。"));
}

TEST_CASE("the summary view marks the figures the ledgers make, totals included")
{
    Fixture fx;
    fx.open(2, kNovember);
    fx.page->showSummary(true);
    ui::SummaryModel *s = fx.page->summaryModel();
    const FormDescription &form = FormCatalog::form(2);
    const int labels = form.labelColumnCount();
    int marked = 0;
    for (int r = 0; r < int(s->table().rows.size()); ++r) {
        const bool total = s->table().rows.at(r).style != RowStyle::Leaf && s->table().rows.at(r).style != RowStyle::Unit;
        for (int i = 0; i < form.columns.size(); ++i) {
            const QModelIndex cell = s->index(s->rowOfBody(r), labels + i);
            const FormValue &value = s->table().rows.at(r).values.at(i);
            CHECK(cell.data(ui::SummaryModel::LedgerRole).toBool() == value.fromLedger);
            if (!value.fromLedger)
                continue;
            ++marked;
            CHECK(cell.data(Qt::BackgroundRole).value<QBrush>().color() == ui::LedgerMark::background);
            CHECK(cell.data(Qt::ToolTipRole).toString().contains(total ? QStringLiteral(u"含由台账计算的数字")
                                                                       : QStringLiteral(u"由台账计算")));
        }
        // 医保定点机构家数 comes from the registry, never from a ledger.
        CHECK_FALSE(s->index(s->rowOfBody(r), labels).data(ui::SummaryModel::LedgerRole).toBool());
    }
    // In the demo, November's 附件2 is made by the ledgers: every row has marked figures.
    CHECK(marked >= int(s->table().rows.size()));
    CHECK(s->index(s->bodyTop(), labels + 1).data(ui::SummaryModel::LedgerRole).toBool());
}

TEST_CASE("leaving the month or the page with unsaved changes asks first")
{
    Fixture fx;
    fx.open(1, kOctober);
    ui::EntryModel &m = fx.model();
    const double found = fx.number(kCountyHospital, 1);
    REQUIRE(m.setData(fx.cell(kCountyHospital, 1), QString::number(found + 1)));

    fx.answer = QMessageBox::Cancel;
    CHECK_FALSE(fx.page->setPeriod(kNovember));
    CHECK(fx.page->period() == kOctober);
    CHECK(m.hasChanges());
    CHECK_FALSE(fx.page->setForm(3));
    CHECK(fx.page->form() == 1);

    fx.answer = QMessageBox::Discard;
    CHECK(fx.page->setPeriod(kNovember));
    CHECK_FALSE(m.hasChanges());
    CHECK(fx.stored(1, kCountyHospital, kOctober)->number(1) == found);
}

TEST_CASE("the main window keeps the entry page open while its changes are unsaved")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
    ui::MainWindow window(&session);
    ui::EntryPage *page = window.entryPage();
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    page->setAsker([&answer](const QString &, const QString &, QMessageBox::StandardButtons) { return answer; });
    REQUIRE(window.showPage(QStringLiteral("entry")));
    ui::EntryModel *m = page->model();
    int row = 0;
    while (!m->isUnitRow(row))
        ++row;
    const QModelIndex cell = m->index(row, m->modelColumnOf(1));
    REQUIRE(m->setData(cell, QString::number(cell.data(Qt::EditRole).toDouble() + 1)));

    window.showPage(QStringLiteral("registry"));
    CHECK(window.centralWidget()->findChild<QStackedWidget *>()->currentWidget() == page);
    answer = QMessageBox::Discard;
    window.showPage(QStringLiteral("registry"));
    CHECK(window.centralWidget()->findChild<QStackedWidget *>()->currentWidget() == window.registryPage());
}

namespace {

void type(QWidget *editor, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(editor, &press);
    }
}

void pressEnter(QWidget *editor)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(editor, &press);
    QApplication::processEvents();
}

} // namespace

TEST_CASE("typing into the grid takes counts, amounts, notes and dates, and Enter moves down")
{
    Fixture fx;
    fx.open(3, kOctober);
    ui::EntryGrid *view = fx.page->entryView();
    view->resize(1200, 600);
    view->show();

    const int countColumn = fx.typedColumn(kCountyHospital, ColumnKind::Count);
    const int amountColumn = fx.typedColumn(kCountyHospital, ColumnKind::Amount);
    const QModelIndex count = fx.cell(kCountyHospital, countColumn);
    view->setCurrentIndex(count);
    view->edit(count);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(count));
    REQUIRE(editor);
    editor->clear();
    type(editor, QStringLiteral("257"));
    pressEnter(editor);
    CHECK(fx.number(kCountyHospital, countColumn) == 257);
    CHECK(view->currentIndex() == count.sibling(count.row() + 1, count.column()));

    const QModelIndex amount = fx.cell(kCountyHospital, amountColumn);
    view->setCurrentIndex(amount);
    view->edit(amount);
    editor = qobject_cast<QLineEdit *>(view->indexWidget(amount));
    REQUIRE(editor);
    editor->clear();
    type(editor, QStringLiteral("3.14"));
    pressEnter(editor);
    CHECK(fx.cell(kCountyHospital, amountColumn).data().toString() == QStringLiteral("3.14"));

    // 备注 takes text.
    const QModelIndex remark = fx.cell(kCountyHospital, 14);
    view->edit(remark);
    editor = qobject_cast<QLineEdit *>(view->indexWidget(remark));
    REQUIRE(editor);
    editor->setText(QStringLiteral(u"另有1起在核查"));
    pressEnter(editor);
    CHECK(fx.cell(kCountyHospital, 14).data().toString() == QStringLiteral(u"另有1起在核查"));

    // The submission date sits in the frozen columns and is edited there, as a date.
    int statusColumn = -1;
    for (int c = 0; c < fx.model().fixedColumnCount(); ++c)
        if (fx.model().fixedColumn(c) == ui::EntryModel::Fixed::Status)
            statusColumn = c;
    const QModelIndex status = fx.model().index(fx.rowOf(kCountyHospital), statusColumn);
    view->edit(status);
    CHECK_FALSE(view->indexWidget(status));
    auto *date = qobject_cast<QDateEdit *>(view->frozenView()->indexWidget(status));
    REQUIRE(date);
    date->setDate(QDate(2021, 11, 20));
    pressEnter(date);
    CHECK(fx.status(kCountyHospital) == QStringLiteral(u"已修改 11月20日"));
}

TEST_CASE("the entry page on a database without a campaign shows an empty grid")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("empty.sqlite")), false).isOk());
    ui::EntryPage page(&session);
    CHECK_FALSE(page.model()->hasChanges());
    for (int r = 0; r < page.model()->rowCount(); ++r)
        CHECK_FALSE(page.model()->isUnitRow(r));
    CHECK(page.counterText().contains(QStringLiteral(u"应报 0")));
    CHECK(page.save());
}

TEST_CASE("a save over another user's newer save is refused with the unit and month, keeping the typed figures")
{
    Fixture fx;
    fx.open(1, kOctober);
    QStringList told;
    fx.page->setAsker([&](const QString &, const QString &text, QMessageBox::StandardButtons buttons) {
        told << text;
        return buttons == QMessageBox::Ok ? QMessageBox::Ok : QMessageBox::Discard;
    });
    // A typed column of the hospital (the ones its ledgers make cannot be typed over).
    int column = 0;
    for (int c = 1; c <= 11 && !column; ++c)
        if (fx.model().flags(fx.cell(kCountyHospital, c)) & Qt::ItemIsEditable)
            column = c;
    REQUIRE(column != 0);
    const double before = fx.number(kCountyHospital, column);
    REQUIRE(fx.model().setData(fx.cell(kCountyHospital, column), QString::number(before + 1)));

    // Someone else, on another connection to the same database, saves that unit's month first.
    Database other;
    REQUIRE(other.open(fx.session.database().location()).isOk());
    auto theirs = ReportRepository(other).find(fx.session.campaignId(), 1, fx.unitKey(kCountyHospital), kOctober);
    REQUIRE(theirs);
    theirs->numbers[column] = before + 5;
    theirs->optimistic = true;
    REQUIRE(ReportRepository(other).save(*theirs).isOk());

    CHECK_FALSE(fx.page->save());
    REQUIRE(told.size() == 1);
    CHECK(told.first().contains(kCountyHospital));
    CHECK(told.first().contains(kOctober.toChinese()));
    CHECK(fx.model().hasChanges());                          // still on screen, not lost
    CHECK(fx.number(kCountyHospital, column) == before + 1);
    CHECK(fx.stored(1, kCountyHospital, kOctober)->number(column) == before + 5);   // theirs kept

    // Refreshing (F5; this window's edit discarded when asked) shows their figure.
    auto *refresh = fx.page->findChild<QAction *>(QStringLiteral("refreshAction"));
    REQUIRE(refresh);
    CHECK(refresh->shortcut() == QKeySequence(QKeySequence::Refresh));
    refresh->trigger();
    CHECK_FALSE(fx.model().hasChanges());
    CHECK(fx.number(kCountyHospital, column) == before + 5);
}

TEST_CASE("the findings panel is resizable, remembers its size and shows each message whole")
{
    QSettings().remove(QStringLiteral("entry/findingsSplitter"));
    QList<int> dragged;
    {
        Fixture f;
        f.open(3, YearMonth(2021, 11));
        f.page->resize(1200, 700);
        f.page->show();
        auto *splitter = f.page->findChild<QSplitter *>(QStringLiteral("entry/findingsSplitter"));
        REQUIRE(splitter);
        REQUIRE(splitter->count() == 2);
        CHECK(splitter->widget(1) == f.page->findingsPanel());
        splitter->setSizes({300, 350});
        dragged = splitter->sizes();
        // What the handle reports when the user lets go of it.
        emit splitter->splitterMoved(dragged.first(), 1);
    }
    Fixture again;
    again.open(3, YearMonth(2021, 11));
    again.page->resize(1200, 700);
    again.page->show();
    auto *splitter = again.page->findChild<QSplitter *>(QStringLiteral("entry/findingsSplitter"));
    REQUIRE(splitter);
    CHECK(splitter->sizes() == dragged);

    QTreeView *list = again.page->findingsPanel()->view();
    CHECK(list->wordWrap());
    CHECK(list->textElideMode() == Qt::ElideNone);
    REQUIRE(list->model()->rowCount() > 0);
    const Finding &first = again.page->findingsPanel()->findings().first();
    const QString tip = list->model()->index(0, 6).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(first.message.toHtmlEscaped()));
    QSettings().remove(QStringLiteral("entry/findingsSplitter"));

    // In a narrow panel a long message takes more lines instead of being cut off.
    ui::FindingsPanel panel;
    Finding longOne = first;
    longOne.message = QString(12, QChar(0x4e00)).repeated(8);
    panel.setFindings({longOne});
    panel.resize(1100, 300);
    panel.show();
    QCoreApplication::processEvents();
    const QRect rect = panel.view()->visualRect(panel.view()->model()->index(0, 6));
    INFO("message cell " << rect.width() << " x " << rect.height());
    CHECK(rect.height() > 2 * panel.view()->fontMetrics().height());
}
