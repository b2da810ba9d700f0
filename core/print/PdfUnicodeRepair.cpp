// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfUnicodeRepair.h"

#include "PrintFonts.h"

#include <QHash>
#include <QRawFont>

#include <algorithm>
#include <cstring>

namespace qf {

namespace {

bool isRadical(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2EFF) || (c >= 0x2F00 && c <= 0x2FDF);
}

// Radical → ideograph. Kangxi radicals decompose to their ideographs in Unicode; the
// supplement's simplified forms (⺠ 民, ⻛ 风) do not, so those come from the fonts
// themselves: the ideograph drawn with the same glyph.
QHash<char32_t, char32_t> buildTable()
{
    QHash<char32_t, char32_t> table;
    for (char32_t c = 0x2F00; c <= 0x2FDF; ++c) {
        const QString d = QChar(char16_t(c)).decomposition();
        if (d.size() == 1)
            table.insert(c, d.at(0).unicode());
    }
    QString radicals;
    for (char32_t c = 0x2E80; c <= 0x2EFF; ++c)
        radicals += QChar(char16_t(c));
    QString ideographs;
    for (char32_t c = 0x4E00; c <= 0x9FFF; ++c)
        ideographs += QChar(char16_t(c));
    for (PrintFonts::Face face : {PrintFonts::Face::Songti, PrintFonts::Face::Heiti, PrintFonts::Face::Title,
                                  PrintFonts::Face::Fangsong}) {
        for (bool bold : {false, true}) {
            QFont font = PrintFonts::font(face, 12);
            font.setBold(bold);
            const QRawFont raw = QRawFont::fromFont(font);
            if (!raw.isValid())
                continue;
            const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
            const QList<quint32> ideographGlyphs = raw.glyphIndexesForString(ideographs);
            QHash<quint32, char32_t> byGlyph;
            for (int i = int(ideographGlyphs.size()) - 1; i >= 0; --i)
                if (ideographGlyphs.at(i) != 0)
                    byGlyph.insert(ideographGlyphs.at(i), char32_t(0x4E00 + i));
            for (int i = 0; i < radicalGlyphs.size(); ++i) {
                const char32_t radical = char32_t(0x2E80 + i);
                if (radicalGlyphs.at(i) != 0 && !table.contains(radical) && byGlyph.contains(radicalGlyphs.at(i)))
                    table.insert(radical, byGlyph.value(radicalGlyphs.at(i)));
            }
        }
    }
    return table;
}

const QHash<char32_t, char32_t> &table()
{
    static const QHash<char32_t, char32_t> t = buildTable();
    return t;
}

// Rewrites the destination codes of one bfrange or bfchar line; the source codes (the
// first one or two tokens) are glyph numbers and stay as they are. A range of several
// glyphs onto consecutive codes ("<0005> <0007> <2F63>") is left alone: its codes cannot
// be mended one by one in place.
void repairLine(char *line, qsizetype length, int sourceTokens)
{
    QList<qsizetype> tokens;   // positions of the '<' of each four-digit code
    for (qsizetype i = 0; i + 5 < length; ++i)
        if (line[i] == '<' && line[i + 5] == '>')
            tokens << i;
    if (tokens.size() <= sourceTokens)
        return;
    const bool isArray = std::find(line, line + length, '[') != line + length;
    if (sourceTokens == 2 && !isArray && std::memcmp(line + tokens.at(0), line + tokens.at(1), 6) != 0)
        return;
    for (qsizetype t = sourceTokens; t < tokens.size(); ++t) {
        char *code = line + tokens.at(t) + 1;
        bool ok = false;
        const char32_t c = QByteArray(code, 4).toUInt(&ok, 16);
        if (!ok || !isRadical(c))
            continue;
        const char32_t ideograph = PdfUnicodeRepair::ideographFor(c);
        if (ideograph == 0 || ideograph > 0xFFFF)
            continue;
        const QByteArray hex = QByteArray::number(uint(ideograph), 16).toUpper().rightJustified(4, '0');
        std::copy(hex.cbegin(), hex.cend(), code);
    }
}

void repairSections(QByteArray &pdf, const QByteArray &begin, const QByteArray &end, int sourceTokens)
{
    qsizetype from = 0;
    while ((from = pdf.indexOf(begin, from)) >= 0) {
        const qsizetype stop = pdf.indexOf(end, from);
        if (stop < 0)
            return;
        qsizetype lineStart = pdf.indexOf('\n', from) + 1;
        while (lineStart > 0 && lineStart < stop) {
            qsizetype lineEnd = pdf.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > stop)
                lineEnd = stop;
            repairLine(pdf.data() + lineStart, lineEnd - lineStart, sourceTokens);
            lineStart = lineEnd + 1;
        }
        from = stop;
    }
}

} // namespace

char32_t PdfUnicodeRepair::ideographFor(char32_t radical)
{
    return table().value(radical, 0);
}

QByteArray PdfUnicodeRepair::repair(const QByteArray &pdf)
{
    QByteArray result = pdf;
    repairSections(result, QByteArrayLiteral("beginbfrange"), QByteArrayLiteral("endbfrange"), 2);
    repairSections(result, QByteArrayLiteral("beginbfchar"), QByteArrayLiteral("endbfchar"), 1);
    return result;
}

} // namespace qf
