// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "ledgers/EvidencePanel.h"
#include "ledgers/LedgerFiguresTab.h"
#include "ledgers/LedgerTab.h"
#include "ledgers/LedgerTableModel.h"
#include "ledgers/LedgersPage.h"
#include "ledgers/ProblemDialog.h"
#include "ledgers/TipoffDialog.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/FigureOverrideRepository.h"
#include "storage/InstitutionRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/ProblemRepository.h"
#include "storage/ReportRepository.h"
#include "storage/TipoffRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace qf;

namespace {

struct DemoWindow
{
    DemoWindow()
    {
        REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
        window = std::make_unique<ui::MainWindow>(&session);
        REQUIRE(window->showPage(QStringLiteral("ledgers")));
        page = qobject_cast<ui::LedgersPage *>(window->page(QStringLiteral("ledgers")));
        REQUIRE(page);
    }
    QTemporaryDir dir;
    ui::Session session;
    std::unique_ptr<ui::MainWindow> window;
    ui::LedgersPage *page = nullptr;
};

// Every text a tab's list shows, all rows and columns.
QString everythingShown(const ui::LedgerTab *tab)
{
    QString all;
    const QAbstractItemModel *m = tab->table()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c)
            all += m->index(r, c).data(Qt::DisplayRole).toString() + m->index(r, c).data(Qt::ToolTipRole).toString();
    for (int c = 0; c < m->columnCount(); ++c)
        all += m->headerData(c, Qt::Horizontal).toString();
    return all;
}

} // namespace

TEST_CASE("the 台账 page has a tab per ledger with the demo's records, and no list shows a reporter")
{
    DemoWindow w;
    QTabWidget *tabs = w.page->tabs();
    REQUIRE(tabs->count() == 7);   // six ledgers and 报表对照
    CHECK(tabs->tabText(6) == QStringLiteral(u"报表对照"));
    CHECK(tabs->tabText(0).startsWith(QStringLiteral(u"问题清单（")));
    CHECK(tabs->tabText(1).startsWith(QStringLiteral(u"线索台账（12）")));

    QStringList reporters;
    TipoffRepository repo(w.session.database());
    for (const Tipoff &t : repo.list(w.session.campaignId())) {
        const TipoffReporter r = repo.reporter(t.id);
        if (!r.name.isEmpty())
            reporters << r.name << r.contact;
    }
    REQUIRE(reporters.size() >= 6);
    for (LedgerKind kind : ledgerKinds().values()) {
        const QString shown = everythingShown(w.page->tab(kind));
        INFO(ledgerKinds().key(kind).toStdString());
        for (const QString &secret : reporters)
            CHECK_FALSE(shown.contains(secret));
        CHECK_FALSE(shown.contains(QStringLiteral(u"举报人")));
    }
    CHECK(everythingShown(w.page->tab(LedgerKind::Tipoffs)).contains(QStringLiteral(u"反映骨科住院患者")));
}

TEST_CASE("ledger lists filter by text, institution, state and overdue flag")
{
    DemoWindow w;
    ui::LedgerTab *problems = w.page->tab(LedgerKind::Problems);
    problems->setToday(QDate(2021, 12, 15));
    const int all = problems->visibleCount();
    REQUIRE(all > 20);
    problems->setSearchText(QStringLiteral(u"串换收费"));
    const int matching = problems->visibleCount();
    CHECK(matching > 0);
    CHECK(matching < all);
    problems->setSearchText(QString());

    auto *overdue = problems->findChild<QCheckBox *>();
    REQUIRE(overdue);
    overdue->setChecked(true);
    const int flagged = problems->visibleCount();
    CHECK(flagged > 0);
    CHECK(flagged < all);
    const QAbstractItemModel *m = problems->table()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const auto flag = DeadlineFlag(m->index(r, 0).data(ui::LedgerTableModel::FlagRole).toInt());
        CHECK((flag == DeadlineFlag::Red || flag == DeadlineFlag::Amber));
    }
    overdue->setChecked(false);

    const QList<QComboBox *> combos = problems->findChildren<QComboBox *>();
    REQUIRE(combos.size() >= 2);
    QComboBox *institution = combos.at(0);
    institution->setCurrentIndex(institution->findText(QStringLiteral(u"中医医院"), Qt::MatchContains));
    CHECK(problems->visibleCount() > 0);
    CHECK(problems->visibleCount() < all);
    for (int r = 0; r < m->rowCount(); ++r)
        CHECK(m->index(r, 1).data().toString() == QStringLiteral(u"鹿寨县中医医院"));
}

TEST_CASE("the 办理 menu offers only the changes the selected record allows")
{
    DemoWindow w;
    ui::LedgerTab *tab = w.page->tab(LedgerKind::Problems);
    ProblemRepository repo(w.session.database());
    qint64 found = 0, closed = 0;
    for (const Problem &p : repo.list(w.session.campaignId())) {
        if (p.state == ProblemState::Found && !found)
            found = p.id;
        if (p.state == ProblemState::Closed && !closed)
            closed = p.id;
    }
    REQUIRE(found);
    REQUIRE(closed);
    tab->selectRecord(found);
    CHECK(tab->transitionLabels() == QStringList{QStringLiteral(u"开始整改"), QStringLiteral(u"立行立改")});
    tab->selectRecord(closed);
    CHECK(tab->transitionLabels().isEmpty());
}

TEST_CASE("record dialogs refuse invalid input, and the reporter appears only in the tip-off's own dialog")
{
    DemoWindow w;
    Database &db = w.session.database();
    const QList<Institution> registry = InstitutionRepository(db).all();
    Problem empty;
    empty.campaignId = w.session.campaignId();
    ui::ProblemDialog dialog(db, empty, registry);
    dialog.show();
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.errorText().contains(QStringLiteral(u"问题描述不能为空")));

    const Tipoff t = TipoffRepository(db).list(w.session.campaignId()).first();
    const TipoffReporter reporter = TipoffRepository(db).reporter(t.id);
    REQUIRE_FALSE(reporter.name.isEmpty());
    ui::TipoffDialog tipoff(t, reporter, registry);
    bool shown = false;
    for (const QLineEdit *edit : tipoff.reporterGroup()->findChildren<QLineEdit *>())
        shown = shown || edit->text() == reporter.name;
    CHECK(shown);
}

TEST_CASE("evidence is attached to a problem and the tab exports its ledger")
{
    DemoWindow w;
    Database &db = w.session.database();
    Problem open;
    for (const Problem &p : ProblemRepository(db).list(w.session.campaignId()))
        if (p.isOpen())
            open = p;
    REQUIRE(open.id);
    const QString photo = w.dir.filePath(QStringLiteral(u"整改后.jpg"));
    test::writeFile(photo, QByteArray("JPEG-BYTES"));
    ui::EvidencePanel panel(db, open.id, false);
    REQUIRE(panel.attach(photo, true));
    CHECK(panel.count() == 1);
    CHECK(panel.list()->count() == 1);

    const QString xlsx = w.dir.filePath(QStringLiteral("problems.xlsx"));
    REQUIRE(w.page->tab(LedgerKind::Problems)->exportXlsx(xlsx));
    CHECK(QFile(xlsx).size() > 1000);
}

TEST_CASE("报表对照 marks typed figures that disagree with the ledger and keeps one with a reason")
{
    DemoWindow w;
    ui::LedgerFiguresTab *tab = w.page->figuresTab();
    tab->setForm(2);
    tab->setMonth(YearMonth(2021, 9));
    CHECK(tab->mismatchCount() == 0);
    QTableWidget *table = tab->table();
    REQUIRE(table->rowCount() == 7);   // the six categories and the pharmacies
    CHECK(table->item(0, 0)->text() == QStringLiteral(u"公立医院 三级"));

    // Type a September figure for 公立医院 一级及以下 that the ledger does not back.
    Database &db = w.session.database();
    const QString unit = UnitKey::category(QStringLiteral("public-1"));
    auto report = ReportRepository(db).find(w.session.campaignId(), 2, unit, YearMonth(2021, 9));
    REQUIRE(report);
    report->numbers[2] = report->number(2) + 2;
    REQUIRE(ReportRepository(db).save(*report).isOk());
    tab->reload();
    CHECK(tab->mismatchCount() == 1);
    QTableWidgetItem *cell = table->item(2, 1);
    CHECK(cell->text().contains(QStringLiteral(u"填报")));

    FigureOverride o;
    o.campaignId = w.session.campaignId();
    o.form = 2;
    o.unitKey = unit;
    o.period = YearMonth(2021, 9);
    o.column = 2;
    o.reason = QStringLiteral(u"2家由县医保局检查");
    REQUIRE(FigureOverrideRepository(db).set(o).isOk());
    tab->reload();
    CHECK(tab->mismatchCount() == 0);
    CHECK(table->item(2, 1)->toolTip().contains(o.reason));
}
