// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxReader.h"

#include "XlsxWorkbook.h"
#include "io/InputFile.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>

#include <cmath>

namespace qf {

namespace {

// Transitional (what every program writes) and Strict OOXML. Some generators leave the
// namespace out; spreadsheet programs accept that, so we do too.
bool isMain(const QXmlStreamReader &xml)
{
    const QStringView ns = xml.namespaceUri();
    return ns.isEmpty() || ns == u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        || ns == u"http://purl.oclc.org/ooxml/spreadsheetml/main";
}

bool isStart(const QXmlStreamReader &xml, QStringView localName)
{
    return xml.isStartElement() && xml.name() == localName && isMain(xml);
}

// The r:id of a <sheet>, whichever prefix the document bound the relationships namespace to.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &a : attributes)
        if (a.name() == u"id" && a.namespaceUri().endsWith(u"relationships"))
            return a.value().toString();
    return {};
}

QString directoryOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

// Relationship targets are URIs relative to the source part's folder ("worksheets/sheet1.xml",
// "../xl/sharedStrings.xml") or absolute within the package ("/xl/worksheets/sheet1.xml").
QString resolveTarget(const QString &baseDirectory, const QString &target)
{
    QString path = QUrl::fromPercentEncoding(target.toUtf8());
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    QStringList segments;
    if (!path.startsWith(QLatin1Char('/')))
        segments = baseDirectory.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == QLatin1String("..")) {
            if (!segments.isEmpty())
                segments.removeLast();
        } else if (segment != QLatin1String(".")) {
            segments << segment;
        }
    }
    return segments.join(QLatin1Char('/'));
}

// Excel drops the leading and trailing white space of a <t> without xml:space="preserve",
// but keeps a run made only of white space (the space between two differently formatted words).
QString applySpace(const QString &text, bool preserve)
{
    auto isXmlSpace = [](QChar c) { return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n'; };
    qsizetype begin = 0, end = text.size();
    while (begin < end && isXmlSpace(text.at(begin)))
        ++begin;
    while (end > begin && isXmlSpace(text.at(end - 1)))
        --end;
    return preserve || begin == end ? text : text.mid(begin, end - begin);
}

} // namespace

Status XlsxReader::readFile(const QString &path, XlsxWorkbook *out)
{
    // Only a regular file, and never more than the limit: a FIFO or /dev/zero named as a
    // workbook is refused before anything blocks or fills memory.
    QByteArray bytes;
    const Status s = InputFile::read(path, MaxFileSize, &bytes);
    if (!s)
        return s;
    return readData(bytes, QFileInfo(path).fileName(), out);
}

Status XlsxReader::readData(const QByteArray &bytes, const QString &fileName, XlsxWorkbook *out)
{
    if (bytes.size() > MaxFileSize)
        return Status::failure(tr("%1 过大（超过 %2 MiB），不是可导入的工作簿。").arg(fileName).arg(MaxFileSize >> 20));
    XlsxReader reader(fileName);
    XlsxWorkbook workbook;
    workbook.setFileName(fileName);
    const Status s = reader.read(bytes, &workbook);
    if (s)
        *out = workbook;
    return s;
}

Status XlsxReader::damaged(const QString &what) const
{
    return Status::failure(tr("%1 已损坏：%2。").arg(m_fileName, what));
}

Status XlsxReader::parseError(const QXmlStreamReader &xml, const QString &partLabel) const
{
    if (xml.tokenType() == QXmlStreamReader::DTD)
        return damaged(tr("%1 含有 DTD 声明，工作簿中不应出现").arg(partLabel));
    QString reason = xml.errorString().trimmed();
    if (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    return damaged(tr("%1 第 %2 行第 %3 列的 XML 格式错误（%4）")
                       .arg(partLabel).arg(xml.lineNumber()).arg(xml.columnNumber()).arg(reason));
}

Status XlsxReader::countItem()
{
    if (++m_items > MaxCells)
        return Status::failure(tr("%1 的单元格和文字过多（超过 %2 个），拒绝读取：文件可能已损坏。").arg(m_fileName).arg(MaxCells));
    return Status::success();
}

Status XlsxReader::read(const QByteArray &bytes, XlsxWorkbook *out)
{
    // Excel and WPS save a password-protected workbook as an OLE compound file holding the
    // encrypted package, the same container as a pre-2007 .xls.
    if (ZipArchive::isCompoundFile(bytes))
        return Status::failure(tr("%1 是加密或旧版 .xls 格式的工作簿，无法读取：请在 Excel 或 WPS 中取消密码保护，"
                                  "并另存为 Excel 工作簿（.xlsx）后重试。").arg(m_fileName));
    if (bytes.isEmpty())
        return Status::failure(tr("%1 是空文件，不是 .xlsx 工作簿。").arg(m_fileName));
    Status s = m_zip.open(bytes, m_fileName);
    if (!s)
        return s;

    QString workbookPart;
    if (!(s = findWorkbookPart(&workbookPart)))
        return s;
    QList<SheetEntry> entries;
    if (!(s = readSheetList(workbookPart, &entries)))
        return s;

    QList<Relationship> relationships;
    if (!(s = readRelationships(workbookPart, &relationships)))
        return s;
    QHash<QString, Relationship> byId;
    QString sharedStringsPart;
    for (const Relationship &r : relationships) {
        byId.insert(r.id, r);
        if (r.type.endsWith(QLatin1String("/sharedStrings")))
            sharedStringsPart = r.target;
    }
    // A few generators write the part but forget its relationship; the name is fixed in practice.
    const QString conventional = resolveTarget(directoryOf(workbookPart), QStringLiteral("sharedStrings.xml"));
    if (sharedStringsPart.isEmpty() && m_zip.contains(conventional))
        sharedStringsPart = conventional;
    if (!sharedStringsPart.isEmpty() && !(s = readSharedStrings(sharedStringsPart)))
        return s;

    for (const SheetEntry &e : entries) {
        const auto rel = byId.constFind(e.relationshipId);
        if (rel == byId.constEnd() || !m_zip.contains(rel->target))
            return damaged(tr("缺少工作表“%1”的内容（%2）").arg(e.name, rel == byId.constEnd() ? e.relationshipId : rel->target));
        XlsxSheet sheet;
        sheet.setName(e.name);
        sheet.setHidden(e.hidden);
        if (!(s = readSheet(rel->target, &sheet)))
            return s;
        out->addSheet(sheet);
    }
    return Status::success();
}

Status XlsxReader::readSheetList(const QString &workbookPart, QList<SheetEntry> *out)
{
    QByteArray data;
    Status s = m_zip.read(workbookPart, &data);
    if (!s)
        return s;
    QXmlStreamReader xml(data);
    bool isWorkbook = false;
    bool inSheets = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isDTD())
            return parseError(xml, workbookPart);
        if (xml.isStartElement() && !isWorkbook) {
            isWorkbook = isStart(xml, u"workbook");
            if (!isWorkbook)
                break;
        }
        if (xml.isEndElement() && xml.name() == u"sheets")
            inSheets = false;
        if (isStart(xml, u"sheets")) {
            inSheets = true;
        } else if (inSheets && isStart(xml, u"sheet")) {
            const QXmlStreamAttributes a = xml.attributes();
            const QStringView state = a.value(QLatin1String("state"));
            SheetEntry e{a.value(QLatin1String("name")).toString(), relationshipId(a),
                         state == u"hidden" || state == u"veryHidden"};
            if (e.name.isEmpty())
                e.name = QStringLiteral("Sheet%1").arg(out->size() + 1);
            *out << e;
        }
    }
    if (xml.hasError())
        return parseError(xml, workbookPart);
    if (!isWorkbook)
        return Status::failure(tr("%1 不是 Excel 工作簿：%2 不是工作簿的内容。").arg(m_fileName, workbookPart));
    if (out->isEmpty())
        return damaged(tr("%1 中没有列出任何工作表").arg(workbookPart));
    return Status::success();
}

Status XlsxReader::findWorkbookPart(QString *part)
{
    const QString packageRels = QStringLiteral("_rels/.rels");
    if (m_zip.contains(packageRels)) {
        QList<Relationship> relationships;
        const Status s = readRelationships(QString(), &relationships);
        if (!s)
            return s;
        for (const Relationship &r : relationships) {
            if (r.type.endsWith(QLatin1String("/officeDocument")) && m_zip.contains(r.target)) {
                if (r.target.endsWith(QLatin1String(".bin"), Qt::CaseInsensitive))
                    return Status::failure(tr("%1 是 Excel 二进制工作簿（.xlsb），请另存为 Excel 工作簿（.xlsx）后重试。")
                                               .arg(m_fileName));
                *part = r.target;
                return Status::success();
            }
        }
    }
    const QString conventional = QStringLiteral("xl/workbook.xml");
    if (m_zip.contains(conventional)) {
        *part = conventional;
        return Status::success();
    }
    if (m_zip.contains(QStringLiteral("mimetype")) && m_zip.contains(QStringLiteral("content.xml")))
        return Status::failure(tr("%1 是 OpenDocument 表格（.ods），不是 .xlsx 工作簿：请在 WPS、Excel 或 LibreOffice 中"
                                  "另存为 Excel 工作簿（.xlsx）后重试。").arg(m_fileName));
    return Status::failure(tr("%1 不是 Excel 工作簿：缺少 xl/workbook.xml。").arg(m_fileName));
}

Status XlsxReader::readRequired(const QString &part, QByteArray *data)
{
    if (!m_zip.contains(part))
        return damaged(tr("缺少 %1").arg(part));
    return m_zip.read(part, data);
}

Status XlsxReader::readRelationships(const QString &sourcePart, QList<Relationship> *out)
{
    const QString base = directoryOf(sourcePart);
    const QString relsPart = (base.isEmpty() ? QString() : base + QLatin1Char('/')) + QStringLiteral("_rels/")
        + sourcePart.mid(base.isEmpty() ? 0 : base.size() + 1) + QStringLiteral(".rels");
    QByteArray data;
    Status s = readRequired(relsPart, &data);
    if (!s)
        return s;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isDTD())
            return parseError(xml, relsPart);
        if (!xml.isStartElement() || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (a.value(QLatin1String("TargetMode")) == u"External")
            continue;
        if (!(s = countItem()))
            return s;
        *out << Relationship{a.value(QLatin1String("Id")).toString(), a.value(QLatin1String("Type")).toString(),
                             resolveTarget(base, a.value(QLatin1String("Target")).toString())};
    }
    return xml.hasError() ? parseError(xml, relsPart) : Status::success();
}

QString XlsxReader::readRichText(QXmlStreamReader &xml)
{
    // Plain <t>, or runs <r><rPr/><t/></r>; phonetic guides <rPh> are not part of the value.
    QString text;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            if (depth-- == 0)
                break;
        } else if (isStart(xml, u"r")) {
            ++depth;
        } else if (isStart(xml, u"t")) {
            const QXmlStreamAttributes a = xml.attributes();
            const bool preserve = a.value(QLatin1String("http://www.w3.org/XML/1998/namespace"), QLatin1String("space")) == u"preserve"
                || a.value(QLatin1String("xml:space")) == u"preserve";
            text += applySpace(xml.readElementText(), preserve);
        } else if (xml.isStartElement()) {
            xml.skipCurrentElement();
        }
    }
    return text;
}

Status XlsxReader::readSharedStrings(const QString &part)
{
    QByteArray data;
    Status s = readRequired(part, &data);
    if (!s)
        return s;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isDTD())
            return parseError(xml, part);
        if (isStart(xml, u"si")) {
            if (!(s = countItem()))
                return s;
            m_sharedStrings << readRichText(xml);
        }
    }
    return xml.hasError() ? parseError(xml, part) : Status::success();
}

Status XlsxReader::readSheet(const QString &part, XlsxSheet *sheet)
{
    QByteArray data;
    Status s = m_zip.read(part, &data);
    if (!s)
        return s;
    const QString sheetLabel = tr("工作表“%1”").arg(sheet->name());
    const QString partLabel = tr("%1（%2）").arg(sheetLabel, part);
    QXmlStreamReader xml(data);
    bool inSheetData = false;
    int row = -1;      // rows and cells without r="" follow the previous one
    int column = -1;
    QList<CellRange> merges;
    // A row or cell given twice has two values: which one counts differs between programs
    // (Excel repairs such a file), so the file is refused rather than one of them guessed.
    QSet<int> rowsSeen;
    QSet<qint64> cellsSeen;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isDTD())
            return parseError(xml, partLabel);
        if (xml.isEndElement() && xml.name() == u"sheetData")
            inSheetData = false;
        if (!xml.isStartElement() || !isMain(xml))
            continue;
        const QStringView name = xml.name();
        if (name == u"sheetData") {
            inSheetData = true;
        } else if (inSheetData && name == u"row") {
            const QStringView r = xml.attributes().value(QLatin1String("r"));
            bool ok = true;
            row = r.isEmpty() ? row + 1 : r.toInt(&ok) - 1;
            if (!ok || row < 0 || row >= CellAddress::MaxRows)
                return damaged(tr("%1 的行号“%2”无效或超出 Excel 的范围").arg(sheetLabel, r.isEmpty() ? QString::number(row + 1) : r.toString()));
            if (rowsSeen.contains(row))
                return damaged(tr("%1 的第 %2 行出现了两次").arg(sheetLabel).arg(row + 1));
            rowsSeen.insert(row);
            column = -1;
        } else if (inSheetData && name == u"c") {
            const QStringView r = xml.attributes().value(QLatin1String("r"));
            if (r.isEmpty()) {
                row = std::max(row, 0);
                if (++column >= CellAddress::MaxColumns)
                    return damaged(tr("%1 第 %2 行的单元格超出 Excel 的列范围").arg(sheetLabel).arg(row + 1));
            } else {
                const CellAddress address = CellAddress::parse(r);
                if (!address.isValid())
                    return damaged(tr("%1 的单元格地址“%2”无效或超出 Excel 的范围").arg(sheetLabel, r.toString()));
                row = address.row;
                column = address.column;
            }
            const qint64 at = qint64(row) * CellAddress::MaxColumns + column;
            if (cellsSeen.contains(at))
                return damaged(tr("%1 的单元格 %2 出现了两次").arg(sheetLabel, CellAddress::toString(row, column)));
            cellsSeen.insert(at);
            XlsxCell cell;
            if (!(s = readCell(xml, tr("%1 单元格 %2").arg(sheetLabel, CellAddress::toString(row, column)), &cell)))
                return s;
            if (cell.type != XlsxCell::Empty || cell.isFormula) {
                if (!(s = countItem()))
                    return s;
                sheet->setCell(row, column, cell);
            }
        } else if (name == u"mergeCell") {
            const QStringView ref = xml.attributes().value(QLatin1String("ref"));
            CellRange range;
            if (!CellRange::parse(ref, &range))
                return damaged(tr("%1 的合并区域“%2”无效").arg(sheetLabel, ref.toString()));
            if (merges.size() >= MaxMerges)
                return Status::failure(tr("%1 的%2合并单元格过多（超过 %3 个），拒绝读取：文件可能已损坏。")
                                           .arg(m_fileName, sheetLabel).arg(MaxMerges));
            merges << range;
        }
    }
    if (xml.hasError())
        return parseError(xml, partLabel);
    // Overlapping merges have no single value to show (Excel repairs such a file, dropping
    // some): which one we kept could differ from what the sender saw.
    CellRange first, second;
    if (!sheet->setMerges(merges, &first, &second))
        return damaged(tr("%1 的合并区域“%2”与“%3”重叠").arg(sheetLabel, first.toString(), second.toString()));
    return Status::success();
}

Status XlsxReader::readCell(QXmlStreamReader &xml, const QString &where, XlsxCell *cell)
{
    const QString type = xml.attributes().value(QLatin1String("t")).toString();
    QString value;
    bool hasValue = false;
    QString inlineText;
    bool hasInline = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement())
            break;   // every child below is read through its own end
        if (isStart(xml, u"v")) {
            value = xml.readElementText();
            hasValue = true;
        } else if (isStart(xml, u"is")) {
            inlineText = readRichText(xml);
            hasInline = true;
        } else if (xml.isStartElement()) {
            if (isStart(xml, u"f"))
                cell->isFormula = true;
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return Status::success();   // reported by the caller with the position

    const QString trimmed = value.trimmed();
    if (type == u"s") {
        if (trimmed.isEmpty())
            return Status::success();
        bool ok = false;
        const int index = trimmed.toInt(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size())
            return damaged(tr("%1 引用了不存在的共享字符串 %2").arg(where, trimmed));
        cell->type = XlsxCell::Text;
        cell->text = m_sharedStrings.at(index);
    } else if (type == u"inlineStr" || type == u"str" || type == u"d") {
        // str is a formula's text result, d an ISO 8601 date (Strict OOXML): both kept as text.
        if (hasInline || hasValue) {
            cell->type = XlsxCell::Text;
            cell->text = hasInline ? inlineText : value;
        }
    } else if (type == u"b") {
        if (trimmed.isEmpty())
            return Status::success();
        if (trimmed != u"0" && trimmed != u"1" && trimmed != u"true" && trimmed != u"false")
            return damaged(tr("%1 的逻辑值“%2”无效").arg(where, trimmed));
        cell->type = XlsxCell::Boolean;
        cell->number = trimmed == u"1" || trimmed == u"true" ? 1 : 0;
    } else if (type == u"e") {
        cell->type = XlsxCell::Error;
        cell->text = trimmed;
    } else if (type.isEmpty() || type == u"n") {
        if (trimmed.isEmpty())
            return Status::success();
        bool ok = false;
        const double number = trimmed.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return damaged(tr("%1 的数值“%2”无效").arg(where, trimmed));
        cell->type = XlsxCell::Number;
        cell->number = number;
    } else if (hasValue) {
        cell->type = XlsxCell::Text;   // a type from a later Office version: keep what it says
        cell->text = value;
    }
    return Status::success();
}

} // namespace qf
