// SPDX-License-Identifier: GPL-3.0-or-later
// The 抽查 panel's papers and results: the latest stored draw shown when the panel opens,
// its 抽查名单 and 检查通知 written, and 录入结果… recording a drawn institution's
// evaluation in the inspection ledger once.
#include "DocxProbe.h"
#include "PdfProbe.h"
#include "TestSupport.h"

#include "analysis/SpotCheckPanel.h"
#include "ledgers/InspectionDialog.h"
#include "shell/Session.h"
#include "storage/InspectionRepository.h"
#include "storage/SpotCheckRepository.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace qf;

namespace {

// Accepts the first inspection dialog that opens while `action` runs; whether one opened.
bool acceptingDialog(const std::function<void()> &action)
{
    bool seen = false;
    QTimer timer;
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<ui::InspectionDialog *>(QApplication::activeModalWidget())) {
            seen = true;
            dialog->accept();
        }
    });
    timer.start();
    action();
    return seen;
}

} // namespace

TEST_CASE("the spot-check panel shows the latest draw, writes its papers and records a result once")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("demo.sqlite")), true).isOk());
    {
        ui::SpotCheckPanel first(session);
        auto *name = first.findChild<QLineEdit *>(QStringLiteral("inspectorName"));
        for (int k = 1; k <= 5; ++k) {
            name->setText(QStringLiteral(u"检查员%1").arg(k));
            first.addInspector();
        }
        CHECK_FALSE(first.findChild<QPushButton *>(QStringLiteral("printListButton"))->isEnabled());
        first.findChild<QSpinBox *>(QStringLiteral("drawCount"))->setValue(3);
        first.findChild<QLineEdit *>(QStringLiteral("drawSeed"))->setText(QStringLiteral("7"));
        first.draw();
        REQUIRE(first.picks().size() == 3);
    }
    // A panel opened later shows the stored draw, not an empty list.
    ui::SpotCheckPanel panel(session);
    auto *list = panel.findChild<QTableWidget *>(QStringLiteral("drawList"));
    REQUIRE(list->rowCount() == 3);
    REQUIRE(panel.shownDraw().id != 0);
    auto *printList = panel.findChild<QPushButton *>(QStringLiteral("printListButton"));
    CHECK(printList->isEnabled());
    REQUIRE(printList->menu());
    CHECK(printList->menu()->actions().size() == 2);

    const QString docx = dir.filePath(QStringLiteral("list.docx"));
    REQUIRE(panel.savePaper(ExportSpotCheckPapers::Paper::List, docx).isOk());
    const test::DocxReadBack doc = test::readDocx(docx);
    REQUIRE(doc.tables.size() == 1);
    REQUIRE(doc.tables.first().size() == 4);
    for (int row = 0; row < 3; ++row) {
        CHECK(doc.tables.first().at(row + 1).at(1) == list->item(row, 1)->text());
        CHECK(doc.tables.first().at(row + 1).at(5) == list->item(row, 5)->text());
    }
    panel.findChild<QDateEdit *>(QStringLiteral("inspectOn"))->setDate(QDate(2021, 12, 20));
    const QString pdf = dir.filePath(QStringLiteral("notices.pdf"));
    REQUIRE(panel.savePaper(ExportSpotCheckPapers::Paper::Notices, pdf).isOk());
    CHECK(panel.findChild<QLabel *>(QStringLiteral("drawMessage"))->text().contains(QStringLiteral(u"检查通知（3份）")));
    CHECK(test::pdfPageText(pdf, 1).contains(QStringLiteral(u"2021年12月20日")));

    list->selectRow(1);
    CHECK(acceptingDialog([&] { panel.recordSelectedResult(); }));
    const auto stored = SpotCheckRepository(session.database()).find(panel.shownDraw().id);
    REQUIRE(stored);
    const qint64 inspection = stored->picks.at(1).inspectionId;
    REQUIRE(inspection);
    const auto entry = InspectionRepository(session.database()).find(inspection);
    REQUIRE(entry);
    CHECK(entry->inspectedOn == QDate(2021, 12, 20));
    CHECK(entry->inspectors == list->item(1, 5)->text());
    CHECK(list->item(1, 6)->text().contains(QString::number(inspection)));
    // A second time no dialog opens: the panel says where the result is.
    list->selectRow(1);
    CHECK_FALSE(acceptingDialog([&] { panel.recordSelectedResult(); }));
    CHECK(panel.findChild<QLabel *>(QStringLiteral("drawMessage"))->text().contains(QStringLiteral(u"已录入")));
}
