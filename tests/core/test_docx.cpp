// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocxProbe.h"
#include "TestSupport.h"

#include "docx/DocxWriter.h"
#include "docx/ZipWriter.h"
#include "io/ProtectedFiles.h"
#include "xlsx/ZipArchive.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace qf;

namespace {

QByteArray pngOf(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

DocxDocument sample()
{
    DocxDocument d;
    d.title = QStringLiteral(u"鹿寨县工作总结");
    d.add(DocxParagraph::Style::Title, QStringLiteral(u"鹿寨县医疗领域专项整治工作总结"));
    d.add(DocxParagraph::Style::Heading1, QStringLiteral(u"一、基本情况"));
    // A control character, a lone surrogate and markup: none may break the XML.
    d.add(DocxParagraph::Style::Body, QStringLiteral(u"共发现问题 12 个 <a> & \"b\"") + QChar(0x0001) + QChar(0xD800)
                                          + QStringLiteral(u"，整改 10 个。"));
    d.add(DocxParagraph::Style::Heading2, QStringLiteral(u"（一）加强组织领导"));
    DocxTable t;
    t.headerRows = 1;
    t.columnWidthsMm = {30, 40, 40, 46};
    t.rows = {{{QStringLiteral(u"类别"), 1, 2, true}, {QStringLiteral(u"数量"), 3, 1, true}},
              {{QStringLiteral(u"自查"), 1, 1, false, true}, {QStringLiteral("1")}, {QStringLiteral("2")}},
              {{QStringLiteral(u"合计"), 3}, {QStringLiteral("9"), 1, 1, false, true}}};
    d.add(t);
    d.add(DocxImage{pngOf(40, 20), 100, QStringLiteral(u"图1")});
    d.addPageBreak();
    d.add(DocxParagraph::Style::Right, QStringLiteral(u"鹿寨县卫生健康局\n2021年12月1日"));
    return d;
}

QHash<QString, QByteArray> parts(const QByteArray &package)
{
    ZipArchive zip;
    REQUIRE(zip.open(package, QStringLiteral("test.docx")).isOk());
    QHash<QString, QByteArray> result;
    for (const QString &name : {QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
                                QStringLiteral("docProps/core.xml"), QStringLiteral("word/document.xml"),
                                QStringLiteral("word/_rels/document.xml.rels"), QStringLiteral("word/styles.xml"),
                                QStringLiteral("word/settings.xml"), QStringLiteral("word/fontTable.xml"),
                                QStringLiteral("word/footer1.xml"), QStringLiteral("word/footer2.xml")}) {
        INFO(name);
        REQUIRE(zip.contains(name));
        QByteArray bytes;
        REQUIRE(zip.read(name, &bytes).isOk());
        result.insert(name, bytes);
    }
    return result;
}

} // namespace

TEST_CASE("A .docx package holds well-formed parts that its content types and relationships cover", "[docx]")
{
    QByteArray package;
    REQUIRE(DocxWriter::package(sample(), &package).isOk());
    const QHash<QString, QByteArray> p = parts(package);
    for (auto it = p.begin(); it != p.end(); ++it) {
        INFO(it.key());
        QXmlStreamReader reader(it.value());
        while (!reader.atEnd())
            reader.readNext();
        CHECK_FALSE(reader.hasError());
    }
    ZipArchive zip;
    REQUIRE(zip.open(package, QStringLiteral("test.docx")).isOk());
    CHECK(zip.contains(QStringLiteral("word/media/image1.png")));
    const QString types = QString::fromUtf8(p.value(QStringLiteral("[Content_Types].xml")));
    for (const QString &part : p.keys()) {
        if (part.endsWith(QLatin1String(".rels")) || part == QLatin1String("[Content_Types].xml"))
            continue;
        INFO(part);
        CHECK(types.contains(QStringLiteral("PartName=\"/%1\"").arg(part)));
    }
    CHECK(types.contains(QStringLiteral("Extension=\"png\"")));
    const QString rels = QString::fromUtf8(p.value(QStringLiteral("word/_rels/document.xml.rels")));
    for (const QString &target : {QStringLiteral("styles.xml"), QStringLiteral("footer1.xml"), QStringLiteral("media/image1.png")})
        CHECK(rels.contains(QStringLiteral("Target=\"%1\"").arg(target)));
    const QString body = QString::fromUtf8(p.value(QStringLiteral("word/document.xml")));
    CHECK(body.contains(QStringLiteral("<w:docGrid w:type=\"lines\"")));
    CHECK(QString::fromUtf8(p.value(QStringLiteral("word/footer1.xml"))).contains(QStringLiteral(" PAGE ")));
    CHECK(QString::fromUtf8(p.value(QStringLiteral("word/styles.xml"))).contains(QStringLiteral(u"仿宋_GB2312")));
    CHECK(QString::fromUtf8(p.value(QStringLiteral("word/fontTable.xml"))).contains(QStringLiteral("FangSong")));

    // The same document gives the same bytes.
    QByteArray again;
    REQUIRE(DocxWriter::package(sample(), &again).isOk());
    CHECK(again == package);
}

TEST_CASE("python-docx reads back a written .docx: paragraphs, merged table cells, pictures and the A4 margins", "[docx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral(u"总结.docx"));
    REQUIRE(DocxWriter::write(sample(), path).isOk());
    const test::DocxReadBack r = test::readDocx(path);
    CHECK(r.paragraphs.contains(QStringLiteral(u"鹿寨县医疗领域专项整治工作总结")));
    CHECK(r.paragraphs.contains(QStringLiteral(u"共发现问题 12 个 <a> & \"b\"，整改 10 个。")));
    CHECK(r.paragraphs.contains(QStringLiteral(u"鹿寨县卫生健康局\n2021年12月1日")));
    REQUIRE(r.tables.size() == 1);
    REQUIRE(r.tables.at(0).size() == 3);
    // A merged cell repeats in every grid position it covers.
    CHECK(r.tables.at(0).at(0) == QStringList({QStringLiteral(u"类别"), QStringLiteral(u"数量"), QStringLiteral(u"数量"), QStringLiteral(u"数量")}));
    CHECK(r.tables.at(0).at(1) == QStringList({QStringLiteral(u"类别"), QStringLiteral(u"自查"), QStringLiteral("1"), QStringLiteral("2")}));
    CHECK(r.tables.at(0).at(2) == QStringList({QStringLiteral(u"合计"), QStringLiteral(u"合计"), QStringLiteral(u"合计"), QStringLiteral("9")}));
    CHECK(r.inlineShapes == 1);
    CHECK(r.section.value(QLatin1String("pageWidthMm")).toDouble() == Approx(210).margin(0.2));
    CHECK(r.section.value(QLatin1String("pageHeightMm")).toDouble() == Approx(297).margin(0.2));
    CHECK(r.section.value(QLatin1String("topMm")).toDouble() == Approx(37).margin(0.2));
    CHECK(r.section.value(QLatin1String("bottomMm")).toDouble() == Approx(35).margin(0.2));
    CHECK(r.section.value(QLatin1String("leftMm")).toDouble() == Approx(28).margin(0.2));
    CHECK(r.section.value(QLatin1String("rightMm")).toDouble() == Approx(26).margin(0.2));
}

TEST_CASE("A .docx is not written over a protected file, and a broken picture writes nothing", "[docx]")
{
    test::TempDatabase t;
    // The open database is protected.
    const QByteArray before = test::digestOf(t.path());
    CHECK_FALSE(DocxWriter::write(sample(), t.path()).isOk());
    CHECK(test::digestOf(t.path()) == before);

    DocxDocument d = sample();
    d.add(DocxImage{QByteArrayLiteral("not a png"), 50, QStringLiteral(u"坏图")});
    const QString path = t.file(QStringLiteral("bad.docx"));
    const Status s = DocxWriter::write(d, path);
    CHECK_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"坏图")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A zip member name given twice is refused", "[docx]")
{
    ZipWriter zip;
    REQUIRE(zip.add(QStringLiteral("a.xml"), QByteArrayLiteral("<a/>")).isOk());
    CHECK_FALSE(zip.add(QStringLiteral("A.xml"), QByteArrayLiteral("<a/>")).isOk());
}
