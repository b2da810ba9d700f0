// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfProbe.h"
#include "TestSupport.h"

#include "entry/EntryPage.h"
#include "printing/FormPrintPanel.h"
#include "printing/PrintingPage.h"
#include "shell/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>

using namespace qf;

TEST_CASE("printing page: the 统计表 tab prints the chosen form and month as PDF")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("gui.sqlite")), true).isOk());
    ui::PrintingPage page(&session);
    REQUIRE(page.tabs()->count() == 4);
    CHECK(page.tabs()->tabText(2) == QStringLiteral(u"统计表"));
    CHECK(page.tabs()->tabText(3) == QStringLiteral(u"工作总结"));

    ui::FormPrintPanel *panel = page.formPanel();
    panel->select(3, YearMonth(2021, 9));
    panel->dateEdit()->setDate(QDate(2021, 10, 8));
    CHECK(panel->formBox()->currentData().toInt() == 3);
    CHECK(panel->monthBox()->currentData().toString() == QStringLiteral("2021-09"));
    const FormTable table = panel->table();
    REQUIRE(table.form);
    CHECK(table.form->number == 3);
    CHECK(table.period == YearMonth(2021, 9));
    CHECK_FALSE(panel->statusLabel()->text().isEmpty());

    const QString pdf = dir.filePath(QStringLiteral("form3.pdf"));
    int pages = 0;
    REQUIRE(panel->savePdf(pdf, &pages).isOk());
    CHECK(pages >= 1);
    const QString text = test::pdfPageText(pdf, 1);
    CHECK(text.contains(QStringLiteral(u"附件3")));
    CHECK(text.contains(QStringLiteral(u"填报时间：2021年10月8日")));
}

TEST_CASE("entry page: the 打印 button belongs to the summary view")
{
    QTemporaryDir dir;
    ui::Session session;
    REQUIRE(session.open(dir.filePath(QStringLiteral("entry.sqlite")), true).isOk());
    ui::EntryPage page(&session);
    page.show();
    auto *button = page.findChild<QPushButton *>(QStringLiteral("printFormButton"));
    REQUIRE(button);
    CHECK_FALSE(button->isVisible());
    page.showSummary(true);
    CHECK(button->isVisible());
    page.showSummary(false);
    CHECK_FALSE(button->isVisible());
}
