// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "entry/EntryGrid.h"
#include "entry/EntryModel.h"
#include "entry/EntryPage.h"
#include "entry/MonthLockBar.h"
#include "shell/Session.h"
#include "storage/PeriodLockRepository.h"
#include "storage/ReportRepository.h"
#include "widgets/HistoryDialog.h"

#include <QApplication>
#include <QIcon>
#include <QKeyEvent>

using namespace qf;

namespace {

const YearMonth kNovember(2021, 11);

struct LockFixture
{
    QTemporaryDir dir;
    ui::Session session;
    std::unique_ptr<ui::EntryPage> page;
    QStringList titles;
    QStringList texts;

    LockFixture()
    {
        REQUIRE(session.open(dir.filePath(QStringLiteral("locks.sqlite")), true).isOk());
        page = std::make_unique<ui::EntryPage>(&session);
        page->setToday(QDate(2021, 12, 15));
        page->setAsker([this](const QString &title, const QString &text, QMessageBox::StandardButtons) {
            titles << title;
            texts << text;
            return QMessageBox::Yes;
        });
        REQUIRE(page->setForm(1));
        REQUIRE(page->setPeriod(kNovember));
    }
    ui::EntryModel &model() { return *page->model(); }
    ui::MonthLockBar &locks() { return *page->lockBar(); }
    /// A unit that filed the month without errors, and one of its typed cells.
    int cleanRow()
    {
        for (int r = 0; r < model().rowCount(); ++r) {
            if (!model().isUnitRow(r))
                continue;
            const QString key = model().unitKeyAt(r);
            bool reported = false, errors = false;
            for (const UnitFigures &u : model().table().units)
                reported = reported || (u.unit.key == key && u.reported);
            for (const Finding &f : model().table().findings)
                errors = errors || (f.unitKey == key && f.isError());
            if (reported && !errors && editableColumn(r) > 0)
                return r;
        }
        FAIL("no clean unit");
        return -1;
    }
    int editableColumn(int row)
    {
        for (int c = model().fixedColumnCount(); c < model().columnCount(); ++c)
            if (model().index(row, c).flags() & Qt::ItemIsEditable)
                return c;
        return -1;
    }
    int statusColumn()
    {
        for (int c = 0; c < model().fixedColumnCount(); ++c)
            if (model().fixedColumn(c) == ui::EntryModel::Fixed::Status)
                return c;
        return -1;
    }
};

} // namespace

TEST_CASE("验收本月 locks the unit's row: labelled and greyed and read-only and held by the database")
{
    LockFixture fx;
    ui::EntryModel &m = fx.model();
    const int row = fx.cleanRow();
    const QString key = m.unitKeyAt(row);
    const int column = fx.editableColumn(row);
    const QVariant backgroundBefore = m.index(row, column).data(Qt::BackgroundRole);

    REQUIRE(fx.locks().accept(key).isOk());
    CHECK(m.isLocked(row));
    CHECK(m.index(row, 0).data(ui::EntryModel::LockedRole).toBool());
    CHECK(m.index(row, fx.statusColumn()).data().toString() == QStringLiteral(u"已验收"));
    CHECK_FALSE(m.index(row, fx.statusColumn()).data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(m.index(row, column).data(Qt::BackgroundRole) != backgroundBefore);
    CHECK_FALSE(m.index(row, column).flags() & Qt::ItemIsEditable);
    CHECK_FALSE(m.setData(m.index(row, column), QStringLiteral("42")));
    CHECK(PeriodLockRepository(fx.session.database()).isLocked(fx.session.campaignId(), 1, key, kNovember));
    CHECK(fx.locks().stateText().contains(QStringLiteral("1")));
    // Other units stay open.
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.isUnitRow(r) && r != row)
            CHECK_FALSE(m.isLocked(r));
    // The lock survives a reload.
    fx.page->reload();
    CHECK(m.isLocked(m.rowOfUnit(key)));
}

TEST_CASE("a unit that has not filed the month cannot be accepted")
{
    LockFixture fx;
    ui::EntryModel &m = fx.model();
    for (const UnitFigures &u : m.table().units)
        if (!u.reported) {
            CHECK_FALSE(fx.locks().accept(u.unit.key).isOk());
            CHECK_FALSE(m.isLocked(m.rowOfUnit(u.unit.key)));
            return;
        }
    FAIL("every unit filed");
}

TEST_CASE("typing into a locked row is refused with a message that says how to unlock")
{
    LockFixture fx;
    ui::EntryModel &m = fx.model();
    const int row = fx.cleanRow();
    const int column = fx.editableColumn(row);
    const QString before = m.index(row, column).data().toString();
    REQUIRE(fx.locks().accept(m.unitKeyAt(row)).isOk());

    ui::EntryGrid *grid = fx.page->entryView();
    grid->setCurrentIndex(m.index(row, column));
    QKeyEvent press(QEvent::KeyPress, Qt::Key_7, Qt::NoModifier, QStringLiteral("7"));
    QApplication::sendEvent(grid, &press);
    REQUIRE(fx.titles.size() == 1);
    CHECK(fx.titles.first() == QStringLiteral(u"已锁定"));
    CHECK(fx.texts.first().contains(QStringLiteral(u"解锁")));
    CHECK_FALSE(m.hasChanges());
    CHECK(m.index(row, column).data().toString() == before);
}

TEST_CASE("unlocking needs a reason and the history shows the lock and the unlock")
{
    LockFixture fx;
    ui::EntryModel &m = fx.model();
    const int row = fx.cleanRow();
    const QString key = m.unitKeyAt(row);
    const int column = fx.editableColumn(row);
    REQUIRE(fx.locks().accept(key).isOk());

    CHECK_FALSE(fx.locks().unlock(key, QStringLiteral(" ")).isOk());
    CHECK(m.isLocked(m.rowOfUnit(key)));

    const QString reason = QStringLiteral(u"医院更正第1栏");
    REQUIRE(fx.locks().unlock(key, reason).isOk());
    CHECK_FALSE(m.isLocked(m.rowOfUnit(key)));
    CHECK(m.index(m.rowOfUnit(key), column).flags() & Qt::ItemIsEditable);

    ui::HistoryDialog dialog(QStringLiteral("t"), fx.locks().history(key));
    const QStringList details = dialog.details();
    INFO(details.join(QLatin1Char('|')).toStdString());
    CHECK(details.contains(QStringLiteral(u"验收本月：锁定")));
    CHECK(details.contains(QStringLiteral(u"解锁。理由：%1").arg(reason)));
    // The unit's own figures are in the same history.
    bool figures = false;
    for (const QString &d : details)
        figures = figures || d.startsWith(QStringLiteral(u"第"));
    CHECK(figures);
}

TEST_CASE("签发本月 locks every unit of the form and lifting it needs a reason")
{
    LockFixture fx;
    ui::EntryModel &m = fx.model();
    int errors = 0;
    for (const Finding &f : m.table().findings)
        errors += f.isError() ? 1 : 0;
    REQUIRE(errors == 0);
    const int row = fx.cleanRow();
    const QString key = m.unitKeyAt(row);
    REQUIRE(fx.locks().sign().isOk());
    CHECK(m.isMonthSigned());
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.isUnitRow(r))
            CHECK(m.isLocked(r));
    CHECK(m.index(row, fx.statusColumn()).data().toString() == QStringLiteral(u"已签发"));
    CHECK(fx.locks().stateText().contains(QStringLiteral(u"已签发")));
    // A figure of any unit is refused by the database too, with a readable message.
    auto stored = ReportRepository(fx.session.database()).find(fx.session.campaignId(), 1, key, kNovember);
    REQUIRE(stored);
    stored->numbers[1] = stored->number(1) + 1;
    const Status refused = ReportRepository(fx.session.database()).save(*stored);
    CHECK_FALSE(refused.isOk());
    CHECK(refused.message().contains(QStringLiteral(u"解锁")));

    CHECK_FALSE(fx.locks().unlock(PeriodLockRepository::wholeMonth(), QString()).isOk());
    CHECK(m.isMonthSigned());
    REQUIRE(fx.locks().unlock(PeriodLockRepository::wholeMonth(), QStringLiteral(u"市局退回重报")).isOk());
    CHECK_FALSE(m.isMonthSigned());
    CHECK_FALSE(m.isLocked(row));
    ui::HistoryDialog dialog(QStringLiteral("t"), fx.locks().history(key));
    CHECK(dialog.details().contains(QStringLiteral(u"签发本月：全部单位锁定")));
    CHECK(dialog.details().contains(QStringLiteral(u"取消签发，解锁。理由：市局退回重报")));
}

TEST_CASE("签发本月 checks the month first: errors refuse before asking, warnings are named in the question")
{
    LockFixture fx;
    REQUIRE(fx.page->setForm(3));
    REQUIRE(fx.page->setPeriod(kNovember));
    ui::EntryModel &m = fx.model();
    QStringList warnings;
    for (const Finding &f : m.table().findings) {
        REQUIRE_FALSE(f.isError());
        warnings << f.describe();
    }
    REQUIRE_FALSE(warnings.isEmpty());

    // Warnings only: the question lists them and asks again; answered No, nothing is signed.
    fx.page->setAsker([&fx](const QString &title, const QString &text, QMessageBox::StandardButtons) {
        fx.titles << title;
        fx.texts << text;
        return QMessageBox::No;
    });
    fx.locks().signMonth();
    REQUIRE(fx.texts.size() == 1);
    CHECK(fx.texts.last().contains(warnings.first()));
    CHECK(fx.texts.last().contains(QStringLiteral(u"仍要签发？")));
    CHECK_FALSE(m.isMonthSigned());

    // An error: refused with the error named, and no question to sign is put at all.
    int row = -1;
    for (int r = 0; r < m.rowCount() && row < 0; ++r)
        if (m.isUnitRow(r) && m.isLedgerCell(m.index(r, m.modelColumnOf(1))) && !m.isOverridden(m.index(r, m.modelColumnOf(1))))
            row = r;
    REQUIRE(row >= 0);
    Report typed = m.typedReport(m.unitKeyAt(row));
    typed.numbers.insert(1, m.index(row, m.modelColumnOf(1)).data(Qt::EditRole).toDouble() + 3);
    REQUIRE(ReportRepository(fx.session.database()).save(typed).isOk());
    fx.page->reload();
    QString error;
    for (const Finding &f : m.table().findings)
        if (f.isError())
            error = f.describe();
    REQUIRE_FALSE(error.isEmpty());
    fx.page->setAsker([&fx](const QString &title, const QString &text, QMessageBox::StandardButtons buttons) {
        fx.titles << title;
        fx.texts << text;
        // Only an OK to acknowledge: a Yes here would mean the refusal asked to sign.
        CHECK(buttons == QMessageBox::StandardButtons(QMessageBox::Ok));
        return QMessageBox::Yes;
    });
    fx.locks().signMonth();
    REQUIRE(fx.texts.size() == 2);
    CHECK(fx.texts.last().contains(error));
    CHECK(fx.texts.last().contains(QStringLiteral(u"改正后才能签发")));
    CHECK_FALSE(m.isMonthSigned());
}
