// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile workbooks: what they address, duplicate and claim costs nothing and reads one way.
#include "TestSupport.h"
#include "XlsxFixtures.h"

#include "xlsx/MergeIndex.h"
#include "xlsx/XlsxWorkbook.h"
#include "xlsx/ZipArchive.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>

#include <sys/stat.h>

using namespace qf;
using namespace qf::test;

namespace {

QString failureOf(const Parts &parts)
{
    const Status s = openBytes(zipParts(parts));
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"上报.xlsx")));
    return s.message();
}

// Rewrites the uncompressed size every header of the archive declares for one member.
QByteArray withDeclaredSize(QByteArray zip, const QByteArray &member, quint32 size)
{
    for (qsizetype at = 0; (at = zip.indexOf(member, at)) >= 0; at += member.size()) {
        if (at >= 46 && qFromLittleEndian<quint32>(zip.constData() + at - 46) == 0x02014b50)
            qToLittleEndian(size, zip.data() + at - 46 + 24);   // central directory entry
        else if (at >= 30 && qFromLittleEndian<quint32>(zip.constData() + at - 30) == 0x04034b50)
            qToLittleEndian(size, zip.data() + at - 30 + 22);   // local header
    }
    return zip;
}

} // namespace

TEST_CASE("an archive holding one part twice is refused, whatever case or slash the names use")
{
    const Parts good = libreOfficeStyleParts();
    REQUIRE(openBytes(zipParts(good)).isOk());
    const QByteArray other = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                             "<row r=\"2\"><c r=\"B2\"><v>999</v></c></row></sheetData></worksheet>";
    for (const QString &twin : {QStringLiteral("xl/worksheets/sheet2.xml"), QStringLiteral("XL/Worksheets/Sheet2.XML"),
                                QStringLiteral("xl\\worksheets\\sheet2.xml"), QStringLiteral("/xl/worksheets/sheet2.xml")}) {
        INFO(twin.toStdString());
        const QString m = failureOf(Parts(good) << qMakePair(twin, other));
        CHECK(m.contains(QStringLiteral(u"两个同名的部件“xl/worksheets/sheet2.xml”和“%1”").arg(twin)));
    }
}

TEST_CASE("a member inflating beyond what it declares stops at the declared size and is refused")
{
    // 65 MiB of spaces that claim to be 100 bytes: read as claimed, the CRC no longer matches.
    const QByteArray bomb = withDeclaredSize(
        zipParts(withPart(libreOfficeStyleParts(), QStringLiteral("xl/worksheets/sheet2.xml"),
                          QByteArray(int(ZipArchive::MaxPartSize) + (1 << 20), ' '))),
        "xl/worksheets/sheet2.xml", 100);
    const Status s = openBytes(bomb);
    REQUIRE_FALSE(s.isOk());
    CHECK(s.message().contains(QStringLiteral(u"上报.xlsx 已损坏：无法解压其中的 xl/worksheets/sheet2.xml")));
}

TEST_CASE("overlapping merged ranges are refused, naming the sheet and both ranges")
{
    const QString m = failureOf(withPart(libreOfficeStyleParts(), QStringLiteral("xl/worksheets/sheet2.xml"),
                                         "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                         "<sheetData/><mergeCells><mergeCell ref=\"A1:B2\"/><mergeCell ref=\"D1:E9\"/>"
                                         "<mergeCell ref=\"B2:C3\"/></mergeCells></worksheet>"));
    CHECK(m.contains(QStringLiteral(u"上报.xlsx 已损坏：工作表“附件1” 的合并区域“A1:B2”与“B2:C3”重叠")));
}

TEST_CASE("the merge index finds the same range as a scan of every range")
{
    QRandomGenerator random(20211130);
    for (int round = 0; round < 20; ++round) {
        // Non-overlapping ranges of all shapes on a small grid, some of them tall or wide.
        QList<CellRange> ranges;
        QSet<quint32> taken;
        for (int attempt = 0; attempt < 300; ++attempt) {
            const int r = random.bounded(60), c = random.bounded(40);
            const int h = random.bounded(4) == 0 ? random.bounded(30) + 1 : random.bounded(3) + 1;
            const int w = random.bounded(4) == 0 ? random.bounded(20) + 1 : random.bounded(3) + 1;
            const CellRange range{r, c, r + h - 1, c + w - 1};
            bool free = true;
            for (int y = range.firstRow; y <= range.lastRow && free; ++y)
                for (int x = range.firstColumn; x <= range.lastColumn && free; ++x)
                    free = !taken.contains(quint32(y) << 16 | quint32(x));
            if (!free)
                continue;
            for (int y = range.firstRow; y <= range.lastRow; ++y)
                for (int x = range.firstColumn; x <= range.lastColumn; ++x)
                    taken.insert(quint32(y) << 16 | quint32(x));
            ranges << range;
        }
        MergeIndex index;
        REQUIRE(index.build(ranges));
        for (int y = 0; y < 100; ++y) {
            for (int x = 0; x < 70; ++x) {
                int expected = -1;
                for (int i = 0; i < ranges.size(); ++i)
                    if (ranges.at(i).contains(y, x))
                        expected = i;
                REQUIRE(index.find(y, x) == expected);
            }
        }
        // Any two overlapping ones are found, whichever they are.
        const CellRange a = ranges.at(random.bounded(int(ranges.size())));
        const CellRange b{a.lastRow, a.lastColumn, a.lastRow + 5, a.lastColumn + 5};
        CellRange first, second;
        CHECK_FALSE(index.build(QList<CellRange>(ranges) << b, &first, &second));
        CHECK((first.contains(second.firstRow, second.firstColumn) || second.contains(first.firstRow, first.firstColumn)
               || first.contains(second.lastRow, second.lastColumn) || second.contains(first.lastRow, first.lastColumn)
               || (first.firstRow <= second.lastRow && second.firstRow <= first.lastRow
                   && first.firstColumn <= second.lastColumn && second.firstColumn <= first.lastColumn)));
    }
}

TEST_CASE("a sheet addressing the whole grid costs what it holds")
{
    // A merge over all but the first row and a value at the grid's last cell: a few cells
    // that address 17 billion.
    const Parts parts = withPart(libreOfficeStyleParts(), QStringLiteral("xl/worksheets/sheet2.xml"),
                                 "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                 "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFD1\"><v>2</v></c></row>"
                                 "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>全表</t></is></c><c r=\"C2\"><v>7</v></c></row>"
                                 "<row r=\"1048576\"><c r=\"XFD1048576\"><v>3</v></c></row></sheetData>"
                                 "<mergeCells><mergeCell ref=\"A2:XFD1048575\"/></mergeCells></worksheet>");
    XlsxWorkbook book;
    const qint64 before = XlsxSheet::lookups();
    REQUIRE(openBytes(zipParts(parts), &book));
    const XlsxSheet &sheet = *book.sheetAt(0);
    CHECK(sheet.rowCount() == CellAddress::MaxRows);
    CHECK(sheet.columnCount() == CellAddress::MaxColumns);
    CHECK(sheet.rows() == QList<int>{0, 1, CellAddress::MaxRows - 1});
    CHECK(sheet.shownCell(1048574, 16383).text == QStringLiteral(u"全表"));
    CHECK(sheet.shownCell(1048575, 16383).number == 3);
    CHECK(sheet.shownCell(0, 16383).number == 2);
    CHECK(sheet.mergeAt(500000, 9000) == CellRange{1, 0, 1048574, 16383});
    // C2 lies under the merge: a program shows 全表 there, not 7.
    CHECK(sheet.shownRowCells(1).keys() == QList<int>{0});
    CHECK(sheet.shownRowCells(0).keys() == QList<int>{0, 16383});
    CHECK(XlsxSheet::lookups() - before < 100);
}

TEST_CASE("only regular files are read as workbooks, and nothing blocks or fills memory first")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("pipe.xlsx"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    for (const QString &path : {QStringLiteral("/dev/zero"), fifo, dir.path()}) {
        INFO(path.toStdString());
        XlsxWorkbook book;
        const Status s = XlsxWorkbook::open(path, &book);
        REQUIRE_FALSE(s.isOk());
        CHECK(s.message().contains(path));
        CHECK(s.message().contains(QStringLiteral(u"不是普通文件")));
    }
}
