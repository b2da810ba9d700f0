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
#include <QImage>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QUrl>

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

namespace {

// The preview's blocks as text, a chart's picture as "[picture]" with its width, so the order
// of text, pictures and captions can be compared with the saved document's.
QStringList previewBlocks(const QTextDocument *doc, QList<QSizeF> *pictures)
{
    QStringList blocks;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QString text;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.charFormat().isImageFormat()) {
                const QTextImageFormat image = f.charFormat().toImageFormat();
                // The picture is really there, not a broken link.
                CHECK_FALSE(doc->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>().isNull());
                pictures->append(QSizeF(image.width(), image.height()));
                text += QStringLiteral("[picture]");
            } else {
                text += f.text();
            }
        }
        blocks << text;
    }
    return blocks;
}

} // namespace

TEST_CASE("printing page: the 工作总结 preview shows the charts where the saved document has them")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
    ui::MainWindow window(&session);
    REQUIRE(window.showPage(QStringLiteral("printing")));
    auto *page = qobject_cast<ui::PrintingPage *>(window.page(QStringLiteral("printing")));
    REQUIRE(page);
    ui::SummaryPanel *panel = page->summaryPanel();
    const int november = panel->monthBox()->findData(QStringLiteral("2021-11"));
    REQUIRE(november >= 0);
    panel->monthBox()->setCurrentIndex(november);
    panel->unitBox()->setCurrentIndex(0);

    QList<QSizeF> pictures;
    const QStringList blocks = previewBlocks(panel->draftView()->document(), &pictures);
    REQUIRE(pictures.size() == 2);
    for (const QSizeF &size : pictures) {
        CHECK(size.width() > 300);
        CHECK(size.height() > 100);
        CHECK(size.height() < size.width());
    }

    const QString docx = dir.filePath(QStringLiteral(u"总结.docx"));
    REQUIRE(panel->saveTo(docx).isOk());
    const test::DocxReadBack read = test::readDocx(docx);
    REQUIRE(read.inlineShapes == 2);
    // The saved paragraphs in order, a paragraph holding a picture as the preview writes it;
    // the preview shows the same sequence from the title to the date.
    QStringList saved;
    for (int i = 0; i < read.paragraphs.size(); ++i)
        saved << (read.pictures.value(i) > 0 ? QStringLiteral("[picture]") : read.paragraphs.at(i));
    INFO(saved.join(QLatin1Char('\n')).toStdString());
    INFO(blocks.join(QLatin1Char('\n')).toStdString());
    CHECK(blocks == saved);
    // And the pictures stand at the ends of 一、基本情况 and 二、主要做法和成效, as the template puts them.
    const qsizetype first = blocks.indexOf(QStringLiteral("[picture]"));
    REQUIRE(first > 0);
    CHECK(blocks.at(first + 1).startsWith(QStringLiteral(u"图1\u3000")));
    CHECK(blocks.at(first + 2) == QStringLiteral(u"二、主要做法和成效"));
    const qsizetype second = blocks.indexOf(QStringLiteral("[picture]"), first + 1);
    REQUIRE(second > first);
    CHECK(blocks.at(second + 1).startsWith(QStringLiteral(u"图2\u3000")));
    CHECK(blocks.at(second + 2) == QStringLiteral(u"三、存在问题"));
}
