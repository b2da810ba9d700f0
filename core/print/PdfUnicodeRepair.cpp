// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfUnicodeRepair.h"

#include "PrintFonts.h"

#include <QHash>
#include <QMutex>
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
// themselves: the lowest ideograph drawn with the same glyph, in the first font that has
// one. Looking every ideograph up in every font costs more than printing a few hundred
// pages, so it is done once per font and only when a PDF uses such a radical.
class RadicalTable
{
public:
    char32_t ideographFor(char32_t radical)
    {
        const QMutexLocker lock(&m_mutex);
        const auto known = m_known.constFind(radical);
        if (known != m_known.constEnd())
            return *known;
        char32_t ideograph = 0;
        if (radical >= 0x2F00 && radical <= 0x2FDF) {
            const QString d = QChar(char16_t(radical)).decomposition();
            if (d.size() == 1)
                ideograph = d.at(0).unicode();
        } else if (radical >= 0x2E80 && radical <= 0x2EFF) {
            ideograph = fromFonts(radical);
        }
        m_known.insert(radical, ideograph);
        return ideograph;
    }

private:
    static constexpr char32_t kFirstIdeograph = 0x4E00;
    static constexpr char32_t kLastIdeograph = 0x9FFF;

    char32_t fromFonts(char32_t radical)
    {
        int font = 0;
        for (PrintFonts::Face face : {PrintFonts::Face::Songti, PrintFonts::Face::Heiti, PrintFonts::Face::Title,
                                      PrintFonts::Face::Fangsong}) {
            for (bool bold : {false, true}) {
                ++font;
                QFont f = PrintFonts::font(face, 12);
                f.setBold(bold);
                const QRawFont raw = QRawFont::fromFont(f);
                if (!raw.isValid())
                    continue;
                const quint32 glyph = raw.glyphIndexesForString(QString(QChar(char16_t(radical)))).value(0);
                if (glyph == 0)
                    continue;
                auto glyphs = m_ideographGlyphs.constFind(font);
                if (glyphs == m_ideographGlyphs.constEnd()) {
                    QString ideographs;
                    for (char32_t c = kFirstIdeograph; c <= kLastIdeograph; ++c)
                        ideographs += QChar(char16_t(c));
                    glyphs = m_ideographGlyphs.insert(font, raw.glyphIndexesForString(ideographs));
                }
                const qsizetype at = glyphs->indexOf(glyph);
                if (at >= 0)
                    return char32_t(kFirstIdeograph + at);
            }
        }
        return 0;
    }

    QMutex m_mutex;
    QHash<char32_t, char32_t> m_known;
    QHash<int, QList<quint32>> m_ideographGlyphs;   ///< per font, the glyph of each ideograph
};

RadicalTable &table()
{
    static RadicalTable t;
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
    return table().ideographFor(radical);
}

QByteArray PdfUnicodeRepair::repair(const QByteArray &pdf)
{
    QByteArray result = pdf;
    repairSections(result, QByteArrayLiteral("beginbfrange"), QByteArrayLiteral("endbfrange"), 2);
    repairSections(result, QByteArrayLiteral("beginbfchar"), QByteArrayLiteral("endbfchar"), 1);
    return result;
}

} // namespace qf
