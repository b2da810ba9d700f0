// SPDX-License-Identifier: GPL-3.0-or-later
// The 分析 page: the ranked 走过场 signals with their drill-down, and the 抽查 panel's pool,
// draw and list.
#include "TestSupport.h"

#include "analysis/AnalysisPage.h"
#include "analysis/SignalsPanel.h"
#include "analysis/SpotCheckPanel.h"
#include "entry/EntryPage.h"
#include "ledgers/LedgerTab.h"
#include "ledgers/LedgersPage.h"
#include "shell/SignalEvidenceOpener.h"
#include "storage/LedgerRepository.h"
#include "model/Report.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/InstitutionRepository.h"
#include "storage/ReportRepository.h"
#include "storage/SpotCheckRepository.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace qf;

TEST_CASE("the signals panel ranks the flagged institution and opens what a finding rests on")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("demo.sqlite")), true).isOk());
    Database &db = session.database();
    // One village clinic files nothing but zeros from July on.
    qint64 idle = 0;
    for (const Institution &i : InstitutionRepository(db).all())
        if (!idle && i.reportsIn(YearMonth(2021, 11)) && i.level == Level::PrimaryOrBelow && i.ownership == Ownership::Public
            && ReportRepository(db).find(session.campaignId(), 1, UnitKey::institution(i.id), YearMonth(2021, 11)))
            idle = i.id;
    REQUIRE(idle);
    for (YearMonth m(2021, 7); m <= YearMonth(2021, 11); m = m.next())
        for (int form : {1, 3}) {
            auto r = ReportRepository(db).find(session.campaignId(), form, UnitKey::institution(idle), m);
            REQUIRE(r.has_value());
            for (auto it = r->numbers.begin(); it != r->numbers.end(); ++it)
                it.value() = 0;
            REQUIRE(ReportRepository(db).save(*r).isOk());
        }

    ui::SignalsPanel panel(session);
    int loaded = 0;
    QObject::connect(&panel, &ui::SignalsPanel::loaded, [&] { ++loaded; });
    panel.reload();
    REQUIRE(test::waitUntil([&] { return loaded > 0 && !panel.scores().isEmpty(); }));
    auto *ranking = panel.findChild<QTableWidget *>(QStringLiteral("signalRanking"));
    auto *findings = panel.findChild<QTableWidget *>(QStringLiteral("signalFindings"));
    REQUIRE(ranking->rowCount() == 1);
    CHECK(ranking->item(0, 0)->text() == InstitutionRepository(db).find(idle)->displayName());
    REQUIRE(findings->rowCount() >= 1);
    QString opened;
    QObject::connect(&panel, &ui::SignalsPanel::drillDown, [&](const SignalFinding &f) { opened = f.signalId; });
    emit findings->cellDoubleClicked(0, 0);
    CHECK(opened == QStringLiteral("all-zero"));
    const QString records = panel.findChild<QLabel *>(QStringLiteral("signalRecords"))->text();
    CHECK(records.contains(QStringLiteral(u"附件1 2021年7月的报表")));
}

TEST_CASE("the spot-check panel adds inspectors, draws a list and stores the draw")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("demo.sqlite")), true).isOk());
    ui::MainWindow window(&session);
    auto *page = qobject_cast<ui::AnalysisPage *>(window.page(QStringLiteral("analysis")));
    REQUIRE(page);
    ui::SpotCheckPanel *panel = page->spotCheckPanel();
    auto *name = panel->findChild<QLineEdit *>(QStringLiteral("inspectorName"));
    auto *office = panel->findChild<QLineEdit *>(QStringLiteral("inspectorOffice"));
    for (int k = 1; k <= 4; ++k) {
        name->setText(QStringLiteral(u"检查员%1").arg(k));
        office->setText(QStringLiteral(u"医政股"));
        panel->addInspector();
    }
    CHECK(panel->findChild<QTableWidget *>(QStringLiteral("inspectorPool"))->rowCount() == 4);
    name->clear();
    panel->addInspector();   // no name: refused, said so
    CHECK(panel->findChild<QTableWidget *>(QStringLiteral("inspectorPool"))->rowCount() == 4);
    CHECK(panel->findChild<QLabel *>(QStringLiteral("drawMessage"))->text().contains(QStringLiteral(u"姓名")));

    panel->findChild<QSpinBox *>(QStringLiteral("drawCount"))->setValue(5);
    panel->findChild<QLineEdit *>(QStringLiteral("drawSeed"))->setText(QStringLiteral("2021"));
    panel->findChild<QPushButton *>(QStringLiteral("drawButton"))->click();
    auto *list = panel->findChild<QTableWidget *>(QStringLiteral("drawList"));
    REQUIRE(list->rowCount() == 5);
    CHECK(list->item(0, 0)->text() == QStringLiteral("1"));
    CHECK(list->item(0, 5)->text().contains(QStringLiteral(u"、")));
    const auto draws = SpotCheckRepository(session.database()).list(session.campaignId());
    REQUIRE(draws.size() == 1);
    CHECK(draws.first().seed == 2021);
    CHECK(SpotCheckDraw::verify(draws.first().inputs, draws.first().result).isOk());

    panel->findChild<QLineEdit *>(QStringLiteral("drawSeed"))->setText(QStringLiteral("not a seed"));
    panel->findChild<QPushButton *>(QStringLiteral("drawButton"))->click();
    CHECK(SpotCheckRepository(session.database()).list(session.campaignId()).size() == 1);
}

TEST_CASE("a double-clicked signal opens the report month or the ledger record it rests on")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("demo.sqlite")), true).isOk());
    Database &db = session.database();
    // As above: one clinic files nothing but zeros from August on.
    qint64 idle = 0;
    for (const Institution &i : InstitutionRepository(db).all())
        if (!idle && i.reportsIn(YearMonth(2021, 11)) && i.level == Level::PrimaryOrBelow && i.ownership == Ownership::Public
            && ReportRepository(db).find(session.campaignId(), 1, UnitKey::institution(i.id), YearMonth(2021, 11)))
            idle = i.id;
    REQUIRE(idle);
    for (YearMonth m(2021, 8); m <= YearMonth(2021, 11); m = m.next())
        for (int form : {1, 3}) {
            auto r = ReportRepository(db).find(session.campaignId(), form, UnitKey::institution(idle), m);
            REQUIRE(r.has_value());
            for (auto it = r->numbers.begin(); it != r->numbers.end(); ++it)
                it.value() = 0;
            REQUIRE(ReportRepository(db).save(*r).isOk());
        }

    ui::MainWindow window(&session);
    REQUIRE(window.showPage(QStringLiteral("analysis")));
    auto *analysis = qobject_cast<ui::AnalysisPage *>(window.page(QStringLiteral("analysis")));
    REQUIRE(analysis);
    ui::SignalsPanel *panel = analysis->signalsPanel();
    REQUIRE(test::waitUntil([&] { return !panel->scores().isEmpty(); }));
    auto *findings = panel->findChild<QTableWidget *>(QStringLiteral("signalFindings"));
    REQUIRE(findings->rowCount() >= 1);
    const SignalFinding finding = panel->scores().first().findings.first();
    REQUIRE_FALSE(finding.records.isEmpty());
    REQUIRE(finding.records.first().kind == SignalEvidence::Kind::Report);
    emit findings->cellDoubleClicked(0, 0);

    auto *entry = qobject_cast<ui::EntryPage *>(window.page(QStringLiteral("entry")));
    REQUIRE(entry);
    CHECK(window.currentPage() == entry);
    CHECK(entry->form() == int(finding.records.first().id));
    CHECK(entry->period() == finding.records.first().month);
    CHECK(entry->period() == YearMonth(2021, 8));

    // A finding resting on a problem of the 问题清单 opens the 台账 with that problem selected.
    const LedgerSnapshot ledgers = LedgerRepository::snapshot(db, session.campaignId());
    REQUIRE(ledgers.problems.size() > 2);
    const Problem &problem = ledgers.problems.at(ledgers.problems.size() / 2);
    SignalFinding onProblem;
    onProblem.institutionId = problem.institutionId;
    onProblem.records = {SignalEvidence{SignalEvidence::Kind::Problem, problem.id, YearMonth()}};
    REQUIRE(ui::SignalEvidenceOpener::open(window, onProblem));
    auto *page = qobject_cast<ui::LedgersPage *>(window.page(QStringLiteral("ledgers")));
    REQUIRE(page);
    CHECK(window.currentPage() == page);
    CHECK(page->tabs()->currentWidget() == page->tab(LedgerKind::Problems));
    CHECK(page->tab(LedgerKind::Problems)->selectedId() == problem.id);
}
