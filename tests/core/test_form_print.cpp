// SPDX-License-Identifier: GPL-3.0-or-later
// The printed forms (附件1–3), read back with poppler as a reader of the PDF sees them.
#include "PdfProbe.h"
#include "TestSupport.h"

#include "forms/FormLayoutMetrics.h"
#include "forms/MonthlyForms.h"
#include "print/FormPainter.h"
#include "storage/CampaignRepository.h"
#include "storage/ReportRepository.h"
#include "xlsx/XlsxCell.h"
#include "xlsx/XlsxFormWriter.h"
#include "xlsx/XlsxSheet.h"
#include "xlsx/XlsxTextMetrics.h"
#include "xlsx/XlsxWorkbook.h"

#include <QFileInfo>
#include <algorithm>

using namespace qf;

namespace {

QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

FormTable demoForm(test::DemoDatabase &demo, int form, const YearMonth &month = YearMonth(2021, 8))
{
    const auto campaign = CampaignRepository(demo.db()).load(demo.campaignId());
    REQUIRE(campaign);
    return MonthlyForms::build(demo.db(), *campaign, form, month, QDate(2021, 9, 3));
}

QString allText(const QString &pdf, int pages)
{
    QString text;
    for (int p = 1; p <= pages; ++p)
        text += test::pdfPageText(pdf, p);
    return text;
}

} // namespace

TEST_CASE("printed 附件1 of the demo county runs over pages with the header on each")
{
    test::DemoDatabase demo;
    const FormTable table = demoForm(demo, 1);
    REQUIRE(table.units.size() >= 35);
    const QString pdf = demo.file(QStringLiteral("form1.pdf"));
    int pages = 0;
    REQUIRE(FormPainter(table).writePdf(pdf, &pages).isOk());
    REQUIRE(pages > 1);
    CHECK(test::pdfPageCount(pdf) == pages);

    const QString first = test::pdfPageText(pdf, 1);
    CHECK(first.contains(QStringLiteral(u"附件1")));
    CHECK(first.contains(squeezed(table.title)));
    CHECK(first.contains(squeezed(table.unitLine())));
    CHECK(first.contains(QStringLiteral(u"填报时间：2021年9月3日")));
    int pagesWithRows = 0;
    for (int p = 1; p <= pages; ++p) {
        INFO("page " << p);
        const QString text = test::pdfPageText(pdf, p);
        CHECK(text.contains(QStringLiteral(u"第%1页，共%2页").arg(p).arg(pages)));
        // The title and the 填报单位 line belong to the first page only.
        CHECK(text.contains(squeezed(table.title)) == (p == 1));
        const bool rows = std::any_of(table.rows.cbegin(), table.rows.cend(), [&text](const FormRow &row) {
            return row.style == RowStyle::Unit && text.contains(squeezed(row.labels.last().text));
        });
        if (!rows)
            continue;
        ++pagesWithRows;
        // Every page that carries rows starts with the whole header.
        CHECK(text.contains(QStringLiteral(u"序号")));
        CHECK(text.contains(QStringLiteral(u"诫勉谈话")));
        CHECK(text.contains(QStringLiteral(u"（11）")));
    }
    CHECK(pagesWithRows >= 2);
    // Signature and notes come after the last row.
    const QString all = allText(pdf, pages);
    CHECK(all.indexOf(QStringLiteral(u"单位负责人：")) > all.indexOf(squeezed(table.rows.last().labels.last().text)));
    CHECK(allText(pdf, pages).contains(QStringLiteral(u"5.本表由相关职能部门填写")));
}

TEST_CASE("printed 附件1 shows every unit and the 合计 row with the table's own figures")
{
    test::DemoDatabase demo;
    const FormTable table = demoForm(demo, 1);
    const QString pdf = demo.file(QStringLiteral("form1.pdf"));
    int pages = 0;
    REQUIRE(FormPainter(table).writePdf(pdf, &pages).isOk());
    const QString text = allText(pdf, pages);
    for (const FormRow &row : table.rows)
        for (const SpanCell &label : row.labels) {
            INFO(label.text);
            CHECK(text.contains(squeezed(label.text)));
        }
    // The 合计 row reads left to right: its label, then its figures column by column.
    const FormRow &total = table.rows.first();
    QString figures;
    for (int j = 0; j < table.form->columns.size(); ++j)
        figures += table.valueText(total.values.at(j), table.form->columns.at(j));
    REQUIRE(!figures.isEmpty());
    CHECK(table.valueText(total.values.at(0), table.form->columns.at(0)).toInt() > 0);
    CHECK(test::pdfPageText(pdf, 1).contains(QStringLiteral(u"合计") + figures));
    CHECK(test::pdfFontsEmbedded(pdf));
}

TEST_CASE("printed 附件2 and 附件3 keep their category labels and amounts")
{
    test::DemoDatabase demo;
    for (int form : {2, 3}) {
        INFO("form " << form);
        const FormTable table = demoForm(demo, form);
        const QString pdf = demo.file(QStringLiteral("form%1.pdf").arg(form));
        int pages = 0;
        REQUIRE(FormPainter(table).writePdf(pdf, &pages).isOk());
        CHECK(pages >= 1);
        const QString text = allText(pdf, pages);
        CHECK(text.contains(QStringLiteral(u"附件%1").arg(form)));
        CHECK(text.contains(squeezed(table.title)));
        for (const FormRow &row : table.rows)
            for (const SpanCell &label : row.labels)
                CHECK(text.contains(squeezed(label.text)));
        for (int j = 0; j < table.form->columns.size(); ++j) {
            const QString value = table.valueText(table.rows.first().values.at(j), table.form->columns.at(j));
            if (table.form->columns.at(j).kind == ColumnKind::Amount && !value.isEmpty())
                CHECK(text.contains(value));
        }
        CHECK(test::pdfFontsEmbedded(pdf));
    }
}

TEST_CASE("print-form writes the PDF and refuses incomplete arguments")
{
    test::DemoDatabase demo;
    const QString pdf = demo.file(QStringLiteral("out.pdf"));
    QString out, err;
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("print-form"), QStringLiteral("--form"),
                        QStringLiteral("1"), QStringLiteral("--month"), QStringLiteral("2021-08"), QStringLiteral("--out"), pdf,
                        QStringLiteral("--date"), QStringLiteral("2021-09-03")},
                       &out, &err)
          == 0);
    REQUIRE(QFileInfo::exists(pdf));
    CHECK(out.contains(QStringLiteral(u"附件1")));
    CHECK(test::pdfPageText(pdf, 1).contains(QStringLiteral(u"填报时间：2021年9月3日")));

    const QString other = demo.file(QStringLiteral("other.pdf"));
    const QStringList base{QStringLiteral("--db"), demo.path(), QStringLiteral("print-form")};
    CHECK(test::runCli(base + QStringList{QStringLiteral("--form"), QStringLiteral("4"), QStringLiteral("--month"),
                                          QStringLiteral("2021-08"), QStringLiteral("--out"), other}, &out, &err) == 2);
    CHECK(test::runCli(base + QStringList{QStringLiteral("--form"), QStringLiteral("2"), QStringLiteral("--month"),
                                          QStringLiteral("2021-08")}, &out, &err) == 2);
    CHECK(test::runCli(base + QStringList{QStringLiteral("--form"), QStringLiteral("2"), QStringLiteral("--month"),
                                          QStringLiteral("August"), QStringLiteral("--out"), other}, &out, &err) == 2);
    CHECK(test::runCli(base + QStringList{QStringLiteral("--form"), QStringLiteral("2"), QStringLiteral("--month"),
                                          QStringLiteral("2021-08"), QStringLiteral("--out"), other, QStringLiteral("--date"),
                                          QStringLiteral("3.9.2021")}, &out, &err) == 2);
    CHECK(test::runCli(base + QStringList{QStringLiteral("--form"), QStringLiteral("2"), QStringLiteral("--month"),
                                          QStringLiteral("2021-08"), QStringLiteral("--out"), other, QStringLiteral("--campaign"),
                                          QStringLiteral("999")}, &out, &err) == 1);
    CHECK_FALSE(QFileInfo::exists(other));
}

TEST_CASE("print-form prints a month with errors and lists them")
{
    test::DemoDatabase demo;
    const FormTable before = demoForm(demo, 1);
    REQUIRE(countErrors(before.findings) == 0);
    // More problems rectified than found: an error of the rules of 附件1.
    Report report = before.units.first().current;
    REQUIRE(before.units.first().reported);
    report.numbers[2] = report.number(1) + 5;
    REQUIRE(ReportRepository(demo.db()).save(report).isOk());
    REQUIRE(countErrors(demoForm(demo, 1).findings) > 0);

    const QString pdf = demo.file(QStringLiteral("draft.pdf"));
    QString out, err;
    CHECK(test::runCli({QStringLiteral("--db"), demo.path(), QStringLiteral("print-form"), QStringLiteral("--form"),
                        QStringLiteral("1"), QStringLiteral("--month"), QStringLiteral("2021-08"), QStringLiteral("--out"), pdf},
                       &out, &err)
          == 0);
    CHECK(QFileInfo::exists(pdf));
    CHECK(err.contains(before.units.first().unit.name));
}

namespace {

/// Where each grid column of the form starts, as a fraction of the table's width, the
/// last entry 1: the workbook's column widths in the proportions a spreadsheet shows them.
QVector<double> columnEdges(const FormDescription &form)
{
    QVector<double> pixels;
    for (const FormColumn &c : form.labelColumns)
        pixels << XlsxTextMetrics::columnPixels(c.width);
    for (const FormColumn &c : form.columns)
        pixels << XlsxTextMetrics::columnPixels(c.width);
    double total = 0;
    for (double p : pixels)
        total += p;
    QVector<double> edges{0};
    for (double p : pixels)
        edges << edges.last() + p / total;
    return edges;
}

} // namespace

TEST_CASE("the printed form and the workbook agree on signature places and centre the figures alike")
{
    test::DemoDatabase demo;
    const FormTable table = demoForm(demo, 3, YearMonth(2021, 11));
    const FormDescription &form = *table.form;
    const QVector<double> edges = columnEdges(form);

    // The workbook: which column each signature item starts in.
    const QString xlsx = demo.file(QStringLiteral("form3.xlsx"));
    REQUIRE(XlsxFormWriter().writeForm(xlsx, table).isOk());
    XlsxWorkbook book;
    REQUIRE(XlsxWorkbook::open(xlsx, &book).isOk());
    const XlsxSheet *sheet = book.sheetAt(0);
    REQUIRE(sheet);
    QList<int> signatureColumns;
    for (const QString &item : table.signature)
        for (int r : sheet->rows())
            for (auto it = sheet->rowCells(r).cbegin(); it != sheet->rowCells(r).cend(); ++it)
                if (it->text == item)
                    signatureColumns << it.key();
    REQUIRE(signatureColumns.size() == 3);
    CHECK(signatureColumns.first() == 0);

    // The print: where the same words begin, as a fraction of the table's width.
    const QString pdf = demo.file(QStringLiteral("form3.pdf"));
    REQUIRE(FormPainter(table).writePdf(pdf).isOk());
    QSizeF page;
    const QList<QRectF> boxes = test::pdfWordBoxes(pdf, 1, &page);
    const QString html = test::runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    QStringList words;
    static const QRegularExpression word(QStringLiteral("<word [^>]*>([^<]*)</word>"));
    for (auto it = word.globalMatch(html); it.hasNext();)
        words << it.next().captured(1);
    REQUIRE(words.size() == boxes.size());
    const double mmPt = 72.0 / 25.4;
    const double left = FormLayoutMetrics::kMarginSideMm * mmPt;
    const double width = page.width() - 2 * left;
    for (int i = 1; i < 3; ++i) {
        const qsizetype at = words.indexOf(table.signature.at(i));
        INFO(table.signature.at(i));
        REQUIRE(at >= 0);
        CHECK((boxes.at(at).left() - left) / width == Approx(edges.at(signatureColumns.at(i))).margin(0.005));
    }

    // The 合计 row's figures sit in the middle of their columns, as the workbook centres
    // them, not against the right border.
    const qsizetype total = words.indexOf(QStringLiteral(u"合计"));
    REQUIRE(total >= 0);
    const double rowY = boxes.at(total).center().y();
    QList<QRectF> figures;
    for (qsizetype w = 0; w < words.size(); ++w)
        if (qAbs(boxes.at(w).center().y() - rowY) < 2 && boxes.at(w).left() > boxes.at(total).right())
            figures << boxes.at(w);
    std::sort(figures.begin(), figures.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    int checked = 0;
    for (const QRectF &box : std::as_const(figures)) {
        const int col = form.labelColumnCount() + checked;
        const double centre = left + width * (edges.at(col) + edges.at(col + 1)) / 2;
        INFO("column (" << (checked + 1) << ")");
        CHECK(box.center().x() == Approx(centre).margin(1.0));
        ++checked;
    }
    CHECK(checked == 13);
}

TEST_CASE("printed 附件1 keeps its signature and 填报说明 on a page with the last rows, however many rows")
{
    test::DemoDatabase demo;
    const FormTable full = demoForm(demo, 1, YearMonth(2021, 11));
    REQUIRE(full.rows.size() > 30);
    REQUIRE(full.notesHeading == QStringLiteral(u"填报说明："));
    // Every length from a page and a half to the whole county: one of them puts the end
    // of the table near the foot of a page, where the notes fell over on their own.
    int checked = 0;
    for (int rows = 16; rows <= full.rows.size(); ++rows) {
        FormTable table = full;
        table.rows = full.rows.mid(0, rows);
        const QString pdf = demo.file(QStringLiteral("rows%1.pdf").arg(rows));
        int pages = 0;
        REQUIRE(FormPainter(table).writePdf(pdf, &pages).isOk());
        const QString lastRow = squeezed(table.rows.last().labels.last().text);
        for (int p = 1; p <= pages; ++p) {
            const QString text = test::pdfPageText(pdf, p);
            if (!text.contains(QStringLiteral(u"填报说明")))
                continue;
            INFO(rows << " rows, page " << p << " of " << pages);
            CHECK(text.contains(QStringLiteral(u"单位负责人：")));
            CHECK(text.contains(QStringLiteral(u"1.“自查自纠”")));
            CHECK(text.contains(QStringLiteral(u"5.本表由相关职能部门填写")));
            CHECK(text.contains(lastRow));
            ++checked;
        }
    }
    CHECK(checked == full.rows.size() - 15);
}
