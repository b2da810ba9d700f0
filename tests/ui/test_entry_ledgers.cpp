// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "entry/EntryGrid.h"
#include "entry/EntryModel.h"
#include "entry/EntryPage.h"
#include "entry/FindingsPanel.h"
#include "entry/ReasonDialog.h"
#include "forms/MonthlyForms.h"
#include "ledgers/LedgerCellDialog.h"
#include "ledgers/LedgerFigures.h"
#include "shell/Session.h"
#include "storage/AuditLog.h"
#include "storage/CampaignRepository.h"
#include "storage/FigureOverrideRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/ReportRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

#include <cmath>

using namespace qf;

namespace {

const YearMonth kNovember(2021, 11);

/// The demo database in a session with the entry page over it; no question waits for a user.
struct LedgerFixture
{
    QTemporaryDir dir;
    ui::Session session;
    std::unique_ptr<ui::EntryPage> page;
    QStringList asked;

    LedgerFixture()
    {
        REQUIRE(session.open(dir.filePath(QStringLiteral("ledgers.sqlite")), true).isOk());
        page = std::make_unique<ui::EntryPage>(&session);
        page->setToday(QDate(2021, 12, 15));
        page->setAsker([this](const QString &title, const QString &, QMessageBox::StandardButtons) {
            asked << title;
            return QMessageBox::Yes;
        });
    }
    ui::EntryModel &model() { return *page->model(); }
    void open(int form)
    {
        REQUIRE(page->setForm(form));
        REQUIRE(page->setPeriod(kNovember));
    }
    /// The figures the ledgers give for the month, by unit and column.
    QHash<QString, Report> derived(int form)
    {
        Database &db = session.database();
        const LedgerFigures figures(LedgerRepository::snapshot(db, session.campaignId()), InstitutionRepository(db).all(),
                                    session.campaignId());
        QHash<QString, Report> byUnit;
        for (const Report &r : figures.derive(form, {kNovember}))
            byUnit.insert(r.unitKey, r);
        return byUnit;
    }
    int rowOf(const QString &name)
    {
        for (int r = 0; r < model().rowCount(); ++r)
            if (model().index(r, 0).data().toString() == name)
                return r;
        FAIL("no row " << name.toStdString());
        return -1;
    }
};

double shown(const QModelIndex &index)
{
    return index.data(Qt::EditRole).toDouble();
}

} // namespace

TEST_CASE("附件2 of a month comes out of the ledgers: every figure derived and read-only and equal to the ledgers'")
{
    LedgerFixture fx;
    fx.open(2);
    ui::EntryModel &m = fx.model();
    const QHash<QString, Report> derived = fx.derived(2);
    REQUIRE_FALSE(derived.isEmpty());
    int cells = 0;
    for (int row = 0; row < m.rowCount(); ++row) {
        if (!m.isUnitRow(row))
            continue;
        const QString key = m.unitKeyAt(row);
        REQUIRE(derived.contains(key));
        for (int column = 2; column <= 17; ++column) {
            const QModelIndex index = m.index(row, m.modelColumnOf(column));
            INFO(key.toStdString() << " column " << column);
            CHECK(index.data(ui::EntryModel::LedgerRole).toBool());
            CHECK(std::fabs(shown(index) - derived.value(key).number(column)) < 1e-9);
            CHECK_FALSE(index.flags() & Qt::ItemIsEditable);
            CHECK(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral(u"由台账计算")));
            ++cells;
        }
        // The remark is still the unit's own to type.
        CHECK(m.index(row, m.modelColumnOf(18)).flags() & Qt::ItemIsEditable);
    }
    CHECK(cells == 7 * 16);
    // Nothing had to be typed: every category counts as reported.
    CHECK(m.table().missingCount() == 0);
    CHECK_FALSE(m.setData(m.index(fx.rowOf(QStringLiteral(u"公立医院 三级")), m.modelColumnOf(2)), QStringLiteral("99")));
    CHECK_FALSE(m.hasChanges());
}

TEST_CASE("most of 附件3 for a month comes from the ledgers and each derived cell shows the ledgers' figure")
{
    LedgerFixture fx;
    fx.open(3);
    ui::EntryModel &m = fx.model();
    const QHash<QString, Report> derived = fx.derived(3);
    // A unit's column is derived once the unit keeps that part of the ledger (has a record
    // of it); a zero where it has none stays typed. So count the figures that say something.
    int figures = 0, fromLedger = 0;
    QSet<int> derivedColumns;
    for (int row = 0; row < m.rowCount(); ++row) {
        if (!m.isUnitRow(row))
            continue;
        const QString key = m.unitKeyAt(row);
        for (int column = 1; column <= 13; ++column) {
            const QModelIndex index = m.index(row, m.modelColumnOf(column));
            const bool ledger = index.data(ui::EntryModel::LedgerRole).toBool();
            if (ledger)
                derivedColumns.insert(column);
            if (shown(index) != 0) {
                ++figures;
                fromLedger += ledger ? 1 : 0;
            }
            if (!ledger || index.data(ui::EntryModel::OverriddenRole).toBool())
                continue;
            INFO(key.toStdString() << " column " << column);
            CHECK(std::fabs(shown(index) - derived.value(key).number(column)) < 1e-9);
            CHECK_FALSE(index.flags() & Qt::ItemIsEditable);
        }
    }
    CHECK(figures > 100);
    CHECK(fromLedger * 10 >= figures * 9);
    CHECK(derivedColumns.size() >= 10);
}

TEST_CASE("the drill-down lists the records behind a cell and they add up to the figure shown")
{
    LedgerFixture fx;
    for (int form : {2, 3}) {
        fx.open(form);
        ui::EntryModel &m = fx.model();
        int explained = 0;
        for (int row = 0; row < m.rowCount(); ++row)
            for (int c = m.fixedColumnCount(); c < m.columnCount(); ++c) {
                const QModelIndex index = m.index(row, c);
                if (!m.isLedgerCell(index) || m.isOverridden(index) || shown(index) <= 0)
                    continue;
                INFO("form " << form << " row " << index.sibling(row, 0).data().toString().toStdString() << " column "
                             << m.formColumnAt(c));
                const LedgerCell cell = fx.page->explainCell(index);
                CHECK(cell.covered);
                CHECK(std::fabs(cell.value - shown(index)) < 1e-6);
                ui::LedgerCellDialog dialog(cell, index.sibling(row, 0).data().toString());
                CHECK(std::fabs(dialog.total() - shown(index)) < 1e-6);
                REQUIRE(dialog.table()->rowCount() == cell.items.size());
                // Each row names the institution, the date, the ledger and what was recorded.
                for (int r = 0; r < dialog.table()->rowCount(); ++r) {
                    CHECK_FALSE(dialog.table()->item(r, 0)->text().isEmpty());
                    CHECK_FALSE(dialog.table()->item(r, 2)->text().isEmpty());
                }
                ++explained;
            }
        CHECK(explained > 10);
    }
}

TEST_CASE("a total row of 附件2 drills down to the records of every category it sums")
{
    LedgerFixture fx;
    fx.open(2);
    ui::EntryModel &m = fx.model();
    const int grand = fx.rowOf(QStringLiteral(u"总计"));
    const QModelIndex total = m.index(grand, m.modelColumnOf(2));
    REQUIRE(m.isLedgerCell(total));
    const LedgerCell cell = fx.page->explainCell(total);
    CHECK(std::fabs(cell.value - shown(total)) < 1e-6);
    CHECK(shown(total) > 20);
}

TEST_CASE("a typed figure that disagrees with the ledger is flagged and the ledger's figure is shown")
{
    LedgerFixture fx;
    fx.open(3);
    ui::EntryModel &m = fx.model();
    // The first institution whose warning education the ledger counts.
    int row = -1;
    for (int r = 0; r < m.rowCount() && row < 0; ++r)
        if (m.isUnitRow(r) && m.isLedgerCell(m.index(r, m.modelColumnOf(1))) && !m.isOverridden(m.index(r, m.modelColumnOf(1))))
            row = r;
    REQUIRE(row >= 0);
    const QString key = m.unitKeyAt(row);
    const double ledger = shown(m.index(row, m.modelColumnOf(1)));
    Report typed = m.typedReport(key);
    typed.numbers.insert(1, ledger + 3);
    REQUIRE(ReportRepository(fx.session.database()).save(typed).isOk());
    fx.page->reload();

    const QModelIndex cell = m.index(fx.rowOf(m.index(row, 0).data().toString()), m.modelColumnOf(1));
    CHECK(shown(cell) == ledger);
    CHECK(cell.data(ui::EntryModel::SeverityRole).toInt() > 0);
    bool flagged = false;
    for (const Finding &f : fx.page->findingsPanel()->findings())
        flagged = flagged || (f.unitKey == key && f.column == 1 && f.ruleId == QStringLiteral("ledger-mismatch"));
    CHECK(flagged);
    CHECK(ui::FindingsPanel::ruleText(Finding{Finding::Severity::Error, 3, key, QString(), kNovember, 1,
                                              QStringLiteral("ledger-mismatch"), QString()})
          == QStringLiteral(u"与台账不符"));
}

TEST_CASE("a typed figure that disagrees with the ledger offers the ledger's figure and takes it in one click, audited")
{
    LedgerFixture fx;
    fx.open(3);
    ui::EntryModel &m = fx.model();
    Database &db = fx.session.database();
    int row = -1;
    for (int r = 0; r < m.rowCount() && row < 0; ++r)
        if (m.isUnitRow(r) && m.isLedgerCell(m.index(r, m.modelColumnOf(1))) && !m.isOverridden(m.index(r, m.modelColumnOf(1))))
            row = r;
    REQUIRE(row >= 0);
    const QString name = m.index(row, 0).data().toString();
    const QString key = m.unitKeyAt(row);
    const double ledger = shown(m.index(row, m.modelColumnOf(1)));
    // Agreeing or absent, there is nothing to take.
    CHECK_FALSE(fx.page->typedDisagrees(m.index(row, m.modelColumnOf(1))));
    Report typed = m.typedReport(key);
    typed.numbers.insert(1, ledger + 3);
    REQUIRE(ReportRepository(db).save(typed).isOk());
    fx.page->reload();
    const qsizetype auditBefore = AuditLog(db).periodHistory(fx.session.campaignId(), 3, key, kNovember.toString()).size();

    QModelIndex cell = m.index(fx.rowOf(name), m.modelColumnOf(1));
    REQUIRE(fx.page->typedDisagrees(cell));
    // A cell without a ledger figure offers nothing.
    CHECK_FALSE(fx.page->typedDisagrees(m.index(fx.rowOf(name), 0)));

    REQUIRE(fx.page->restoreLedger(cell).isOk());
    cell = m.index(fx.rowOf(name), m.modelColumnOf(1));
    CHECK(shown(cell) == ledger);
    CHECK_FALSE(fx.page->typedDisagrees(cell));
    CHECK_FALSE(ReportRepository(db).find(fx.session.campaignId(), 3, key, kNovember)->hasNumber(1));
    for (const Finding &f : fx.page->findingsPanel()->findings())
        CHECK_FALSE((f.unitKey == key && f.column == 1 && f.ruleId == QStringLiteral("ledger-mismatch")));
    CHECK(AuditLog(db).periodHistory(fx.session.campaignId(), 3, key, kNovember.toString()).size() > auditBefore);
    CHECK(fx.asked.isEmpty());
}

TEST_CASE("keeping a typed figure against the ledger needs a reason and is audited and can be undone")
{
    LedgerFixture fx;
    fx.open(3);
    ui::EntryModel &m = fx.model();
    Database &db = fx.session.database();
    int row = -1;
    for (int r = 0; r < m.rowCount() && row < 0; ++r)
        if (m.isUnitRow(r) && m.isLedgerCell(m.index(r, m.modelColumnOf(2))) && !m.isOverridden(m.index(r, m.modelColumnOf(2))))
            row = r;
    REQUIRE(row >= 0);
    const QString name = m.index(row, 0).data().toString();
    const QString key = m.unitKeyAt(row);
    const double ledger = shown(m.index(row, m.modelColumnOf(2)));
    const int overridesBefore = int(FigureOverrideRepository(db).list(fx.session.campaignId(), 3).size());
    const QString period = kNovember.toString();
    const qint64 campaign = fx.session.campaignId();
    auto overrideEntries = [&] {
        QList<AuditEntry> found;
        for (const AuditEntry &e : AuditLog(db).periodHistory(campaign, 3, key, period))
            if (e.table == QStringLiteral("figure_override"))
                found << e;
        return found;
    };

    // No reason: refused, nothing stored, nothing in the audit trail.
    CHECK_FALSE(fx.page->keepTyped(m.index(row, m.modelColumnOf(2)), ledger + 2, QStringLiteral("  ")).isOk());
    CHECK(FigureOverrideRepository(db).list(campaign, 3).size() == overridesBefore);
    CHECK(overrideEntries().isEmpty());
    CHECK(shown(m.index(fx.rowOf(name), m.modelColumnOf(2))) == ledger);

    // The dialog does not let OK through without a reason either.
    ui::ReasonDialog dialog(QStringLiteral("t"), QStringLiteral("p"));
    dialog.askFigure(QStringLiteral("f"), ledger, 0);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    dialog.reasonEdit()->setPlainText(QStringLiteral(u"两期培训由县医院代办"));
    CHECK(ok->isEnabled());

    const QString reason = QStringLiteral(u"两期培训由县医院代办，台账未录");
    REQUIRE(fx.page->keepTyped(m.index(row, m.modelColumnOf(2)), ledger + 2, reason).isOk());
    QModelIndex cell = m.index(fx.rowOf(name), m.modelColumnOf(2));
    CHECK(shown(cell) == ledger + 2);
    CHECK(cell.data(ui::EntryModel::OverriddenRole).toBool());
    CHECK(cell.flags() & Qt::ItemIsEditable);
    CHECK(cell.data(Qt::ToolTipRole).toString().contains(reason));
    const auto stored = ReportRepository(db).find(campaign, 3, key, kNovember);
    REQUIRE(stored);
    CHECK(stored->number(2) == ledger + 2);
    const QList<AuditEntry> audited = overrideEntries();
    REQUIRE(audited.size() == 1);
    CHECK(audited.first().action == QStringLiteral("insert"));
    CHECK(audited.first().newValues.value(QStringLiteral("reason")).toString() == reason);
    bool warned = false;
    for (const Finding &f : fx.page->findingsPanel()->findings())
        warned = warned || (f.unitKey == key && f.column == 2 && f.ruleId == QStringLiteral("ledger-override") && !f.isError());
    CHECK(warned);

    // 恢复台账计算: the reason and the typed figure go, the ledger's figure is back.
    REQUIRE(fx.page->restoreLedger(cell).isOk());
    cell = m.index(fx.rowOf(name), m.modelColumnOf(2));
    CHECK(shown(cell) == ledger);
    CHECK_FALSE(cell.data(ui::EntryModel::OverriddenRole).toBool());
    CHECK_FALSE(cell.flags() & Qt::ItemIsEditable);
    CHECK(FigureOverrideRepository(db).list(campaign, 3).size() == overridesBefore);
    CHECK(overrideEntries().size() == 2);
    CHECK(overrideEntries().last().action == QStringLiteral("delete"));
    CHECK_FALSE(ReportRepository(db).find(campaign, 3, key, kNovember)->hasNumber(2));
}

TEST_CASE("a typed figure is neither kept nor dropped while edits are unsaved or the unit's month is locked")
{
    LedgerFixture fx;
    fx.open(3);
    ui::EntryModel &m = fx.model();
    Database &db = fx.session.database();
    const qint64 campaign = fx.session.campaignId();
    int row = -1;
    for (int r = 0; r < m.rowCount() && row < 0; ++r)
        if (m.isUnitRow(r) && m.isLedgerCell(m.index(r, m.modelColumnOf(2))) && !m.isOverridden(m.index(r, m.modelColumnOf(2))))
            row = r;
    REQUIRE(row >= 0);
    const QString key = m.unitKeyAt(row);
    const QModelIndex cell = m.index(row, m.modelColumnOf(2));
    const double ledger = shown(cell);
    const int overridesBefore = int(FigureOverrideRepository(db).list(campaign, 3).size());
    const QString reason = QStringLiteral(u"台账未录");

    // An unsaved edit anywhere in the month: the reload after storing would lose it.
    QModelIndex typed;
    for (int r = 0; r < m.rowCount() && !typed.isValid(); ++r)
        for (int c = m.fixedColumnCount(); c < m.columnCount() && !typed.isValid(); ++c)
            if (m.isUnitRow(r) && (m.index(r, c).flags() & Qt::ItemIsEditable)
                && m.index(r, c).data(ui::EntryModel::ColumnKindRole).toInt() != int(ColumnKind::Text))
                typed = m.index(r, c);
    REQUIRE(typed.isValid());
    REQUIRE(m.setData(typed, shown(typed) + 1));
    REQUIRE(m.hasChanges());
    const Status unsaved = fx.page->keepTyped(cell, ledger + 1, reason);
    CHECK_FALSE(unsaved.isOk());
    CHECK(unsaved.message().contains(QStringLiteral(u"尚未保存")));
    CHECK(m.hasChanges());
    fx.page->revertAll();

    // The unit's month accepted: refused until it is unlocked.
    m.setLocks({key}, false);
    const Status locked = fx.page->keepTyped(m.index(row, m.modelColumnOf(2)), ledger + 1, reason);
    CHECK_FALSE(locked.isOk());
    CHECK(locked.message().contains(QStringLiteral(u"已锁定")));
    CHECK_FALSE(fx.page->restoreLedger(m.index(row, m.modelColumnOf(2))).isOk());
    CHECK(FigureOverrideRepository(db).list(campaign, 3).size() == overridesBefore);
    CHECK(shown(m.index(row, m.modelColumnOf(2))) == ledger);
}

TEST_CASE("typing into a ledger's cell is refused with a message that points to the drill-down and the override")
{
    LedgerFixture fx;
    fx.open(2);
    ui::EntryModel &m = fx.model();
    const QModelIndex cell = m.index(fx.rowOf(QStringLiteral(u"公立医院 二级")), m.modelColumnOf(4));
    REQUIRE(m.isLedgerCell(cell));
    const QString before = cell.data().toString();
    ui::EntryGrid *grid = fx.page->entryView();
    grid->setCurrentIndex(cell);
    QKeyEvent press(QEvent::KeyPress, Qt::Key_5, Qt::NoModifier, QStringLiteral("5"));
    QApplication::sendEvent(grid, &press);
    CHECK(fx.asked == QStringList{QStringLiteral(u"由台账计算")});
    CHECK_FALSE(m.hasChanges());
    CHECK(cell.data().toString() == before);
}
