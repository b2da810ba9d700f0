// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocxProbe.h"
#include "PdfProbe.h"
#include "TestSupport.h"

#include "printing/PrintingPage.h"
#include "printing/SummaryPanel.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "storage/InstitutionRepository.h"

#include <QComboBox>
#include <QTextEdit>

using namespace qf;

TEST_CASE("printing page: the 工作总结 is drafted for the month and unit chosen and saved as Word and PDF")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
    // A clinic registered with the hospital's full name as its 简称 by mistake: choosing the
    // hospital in the list still drafts the hospital's summary.
    Institution clinic;
    clinic.name = QStringLiteral(u"鹿寨县新开诊所");
    clinic.shortName = QStringLiteral(u"鹿寨县人民医院");
    clinic.reportPhone = QStringLiteral("0772-6812999");
    REQUIRE(InstitutionRepository(session.database()).save(clinic).isOk());
    ui::MainWindow window(&session);
    REQUIRE(window.showPage(QStringLiteral("printing")));
    auto *page = qobject_cast<ui::PrintingPage *>(window.page(QStringLiteral("printing")));
    REQUIRE(page);
    ui::SummaryPanel *panel = page->summaryPanel();
    REQUIRE(panel);

    const int november = panel->monthBox()->findData(QStringLiteral("2021-11"));
    REQUIRE(november >= 0);
    panel->monthBox()->setCurrentIndex(november);
    const QString county = panel->draftView()->toPlainText();
    CHECK(county.contains(QStringLiteral(u"截至2021年11月，全县")));
    CHECK(county.contains(QStringLiteral(u"三、存在问题")));

    const int hospital = panel->unitBox()->findText(QStringLiteral(u"鹿寨县人民医院"));
    REQUIRE(hospital > 0);
    panel->unitBox()->setCurrentIndex(hospital);
    const QString own = panel->draftView()->toPlainText();
    CHECK(own.startsWith(QStringLiteral(u"鹿寨县人民医院医疗领域")));
    CHECK(own.contains(QStringLiteral(u"本单位应报统计表")));
    CHECK(own != county);

    const QString docx = dir.filePath(QStringLiteral(u"总结.docx"));
    REQUIRE(panel->saveTo(docx).isOk());
    // What is saved is what the panel shows: every body paragraph of the file is in the draft.
    const test::DocxReadBack read = test::readDocx(docx);
    REQUIRE(read.paragraphs.size() > 8);
    for (const QString &p : read.paragraphs)
        CHECK(own.contains(p));
    const QString pdf = dir.filePath(QStringLiteral(u"总结.pdf"));
    REQUIRE(panel->saveTo(pdf).isOk());
    CHECK(test::pdfPageText(pdf, 1).contains(QStringLiteral(u"鹿寨县人民医院")));
}
