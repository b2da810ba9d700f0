// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxFixtures.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <minizip/unzip.h>
#include <minizip/zip.h>

namespace qf::test {

QByteArray zipParts(const Parts &parts, int method)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("parts.zip"));
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    REQUIRE(zip);
    for (const auto &part : parts) {
        zip_fileinfo info{};
        REQUIRE(zipOpenNewFileInZip64(zip, part.first.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                                      method, method ? Z_DEFAULT_COMPRESSION : 0, 0) == ZIP_OK);
        REQUIRE(zipWriteInFileInZip(zip, part.second.constData(), unsigned(part.second.size())) == ZIP_OK);
        REQUIRE(zipCloseFileInZip(zip) == ZIP_OK);
    }
    REQUIRE(zipClose(zip, nullptr) == ZIP_OK);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray utf8(const char16_t *text)
{
    return QString::fromUtf16(text).toUtf8();
}

const QByteArray kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

const QByteArray kPackageRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"xl/workbook.xml\"/></Relationships>";

Parts libreOfficeStyleParts()
{
    const QByteArray workbook = utf8(
        u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        u"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        u"xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        u"<fileVersion appName=\"Calc\"/><bookViews><workbookView activeTab=\"0\"/></bookViews>"
        u"<sheets><sheet name=\"附件1\" sheetId=\"1\" state=\"visible\" r:id=\"rId3\"/>"
        u"<sheet name=\"说明\" sheetId=\"2\" state=\"visible\" r:id=\"rId2\"/></sheets>"
        u"<calcPr iterateCount=\"100\"/></workbook>");
    const QByteArray workbookRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
        "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        "</Relationships>";
    const QByteArray sst = utf8(
        u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        u"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"4\" uniqueCount=\"4\">"
        u"<si><t xml:space=\"preserve\">单位名称</t><phoneticPr fontId=\"1\" type=\"noConversion\"/></si>"
        u"<si><r><rPr><b val=\"true\"/><sz val=\"10\"/><rFont val=\"宋体\"/></rPr><t xml:space=\"preserve\">鹿寨县</t></r>"
        u"<r><rPr><sz val=\"10\"/></rPr><t xml:space=\"preserve\"> </t></r><r><t>人民医院</t></r>"
        u"<rPh sb=\"0\" eb=\"3\"><t>ルサイ</t></rPh></si>"
        u"<si><t xml:space=\"preserve\">  两端空格  </t></si>"
        u"<si><t>\n    缩进的文字\n  </t></si>"
        u"</sst>");
    // Sheet 2 in file order, listed first by the workbook.
    const QByteArray form = utf8(
        u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        u"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        u"xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        u"<dimension ref=\"A1:F5\"/><sheetData>"
        u"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>本月</t></is></c></row>"
        u"<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\"><v>12</v></c>"
        u"<c r=\"C2\"><f>B2*2</f><v>24</v></c><c r=\"D2\" t=\"str\"><f>A2&amp;\"\"</f><v>鹿寨县 人民医院</v></c>"
        u"<c r=\"E2\" t=\"b\"><v>1</v></c><c r=\"F2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c></row>"
        u"<row><c t=\"s\"><v>2</v></c><c t=\"s\"><v>3</v></c><c/><c><v>-0.5</v></c></row>"
        u"<row r=\"5\" spans=\"1:3\"><c r=\"A5\" s=\"3\"/><c r=\"B5\"><f>SUM(B2:B4)</f></c>"
        u"<c r=\"C5\" t=\"inlineStr\"><is><r><t>合</t></r><r><t>计</t></r></is></c></row>"
        u"</sheetData><mergeCells count=\"2\"><mergeCell ref=\"A1:A2\"/><mergeCell ref=\"C5:D6\"/></mergeCells>"
        u"<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        u"</worksheet>");
    const QByteArray notes = utf8(
        u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        u"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        u"<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>填报说明</t></is></c></row></sheetData></worksheet>");
    return {
        {QStringLiteral("[Content_Types].xml"), kContentTypes},
        {QStringLiteral("_rels/.rels"), kPackageRels},
        {QStringLiteral("xl/workbook.xml"), workbook},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels},
        {QStringLiteral("xl/sharedStrings.xml"), sst},
        {QStringLiteral("xl/styles.xml"), QByteArray("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>")},
        {QStringLiteral("xl/worksheets/sheet1.xml"), notes},
        {QStringLiteral("xl/worksheets/sheet2.xml"), form},
    };
}

Parts withPart(Parts parts, const QString &name, const QByteArray &bytes)
{
    for (auto &p : parts)
        if (p.first == name) {
            p.second = bytes;
            return parts;
        }
    parts << qMakePair(name, bytes);
    return parts;
}

Parts withoutPart(Parts parts, const QString &name)
{
    parts.removeIf([&](const auto &p) { return p.first == name; });
    return parts;
}

Parts singleSheet(const QByteArray &sheetData)
{
    return withPart(libreOfficeStyleParts(), QStringLiteral("xl/worksheets/sheet2.xml"),
                    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                        + sheetData + "</sheetData></worksheet>");
}

Status openBytes(const QByteArray &bytes, XlsxWorkbook *wb)
{
    XlsxWorkbook local;
    return XlsxWorkbook::openData(bytes, QStringLiteral(u"上报.xlsx"), wb ? wb : &local);
}

Parts unzipParts(const QByteArray &bytes)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("in.zip"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
    }
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    REQUIRE(zip);
    Parts parts;
    for (int rc = unzGoToFirstFile(zip); rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
        char name[1024];
        unz_file_info64 info;
        REQUIRE(unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) == UNZ_OK);
        REQUIRE(unzOpenCurrentFile(zip) == UNZ_OK);
        QByteArray data(qsizetype(info.uncompressed_size), '\0');
        REQUIRE(unzReadCurrentFile(zip, data.data(), unsigned(data.size())) == int(data.size()));
        REQUIRE(unzCloseCurrentFile(zip) == UNZ_OK);
        parts << qMakePair(QString::fromUtf8(name), data);
    }
    unzClose(zip);
    return parts;
}

} // namespace qf::test
