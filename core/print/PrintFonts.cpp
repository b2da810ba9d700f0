// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintFonts.h"

#include <QFontDatabase>
#include <iterator>
#include <QStringList>

namespace qf {

namespace {

struct Choice
{
    QString family;
    bool bold = false;
};

// The first family of the list the system has; bold where the fallback lacks the
// weight the original face has built in (小标宋 and 黑体 are heavy by design).
Choice choose(PrintFonts::Face face)
{
    struct Candidate { const char16_t *family; bool bold; };
    static const Candidate title[] = {
        {u"方正小标宋简体", false}, {u"FZXiaoBiaoSong-B05S", false}, {u"方正小标宋_GBK", false},
        {u"华文中宋", false}, {u"STZhongsong", false}, {u"SimHei", false}, {u"黑体", false},
        {u"Noto Serif CJK SC", true}, {u"Source Han Serif SC", true}, {u"Noto Sans CJK SC", true}};
    static const Candidate hei[] = {
        {u"SimHei", false}, {u"黑体", false}, {u"Microsoft YaHei", true},
        {u"Noto Sans CJK SC", true}, {u"Source Han Sans SC", true}, {u"WenQuanYi Micro Hei", true}};
    static const Candidate song[] = {
        {u"SimSun", false}, {u"宋体", false}, {u"NSimSun", false}, {u"Songti SC", false},
        {u"Noto Serif CJK SC", false}, {u"Source Han Serif SC", false}, {u"AR PL UMing CN", false},
        {u"Noto Sans CJK SC", false}};
    static const Candidate fangsong[] = {
        {u"仿宋_GB2312", false}, {u"FangSong_GB2312", false}, {u"FangSong", false}, {u"仿宋", false},
        {u"STFangsong", false}, {u"SimSun", false}, {u"宋体", false},
        {u"Noto Serif CJK SC", false}, {u"Source Han Serif SC", false}, {u"Noto Sans CJK SC", false}};

    const Candidate *begin = song;
    const Candidate *end = song + std::size(song);
    switch (face) {
    case PrintFonts::Face::Title: begin = title; end = title + std::size(title); break;
    case PrintFonts::Face::Heiti: begin = hei; end = hei + std::size(hei); break;
    case PrintFonts::Face::Songti: break;
    case PrintFonts::Face::Fangsong: begin = fangsong; end = fangsong + std::size(fangsong); break;
    }
    const QStringList families = QFontDatabase::families();
    for (const Candidate *c = begin; c != end; ++c) {
        const QString name = QString::fromUtf16(c->family);
        if (families.contains(name, Qt::CaseInsensitive))
            return {name, c->bold};
    }
    // Nothing known: let Qt's fallback find a CJK font, in the weight the face implies.
    return {QString(), face == PrintFonts::Face::Title || face == PrintFonts::Face::Heiti};
}

// Listing the installed families costs more than laying out a page, and a poster asks
// for a font dozens of times; the families do not change while the program runs.
const Choice &chosen(PrintFonts::Face face)
{
    static const Choice choices[] = {choose(PrintFonts::Face::Title), choose(PrintFonts::Face::Heiti),
                                     choose(PrintFonts::Face::Songti), choose(PrintFonts::Face::Fangsong)};
    switch (face) {
    case PrintFonts::Face::Title: return choices[0];
    case PrintFonts::Face::Heiti: return choices[1];
    case PrintFonts::Face::Songti: return choices[2];
    case PrintFonts::Face::Fangsong: break;
    }
    return choices[3];
}

} // namespace

QFont PrintFonts::font(Face face, qreal pointSize)
{
    const Choice &c = chosen(face);
    QFont f;
    if (!c.family.isEmpty())
        f.setFamilies({c.family, QStringLiteral(u"Noto Sans CJK SC")});
    f.setPointSizeF(pointSize);
    f.setBold(c.bold);
    // Kerning and hinting tuned for the screen shift CJK glyphs off their grid in print.
    f.setKerning(false);
    f.setHintingPreference(QFont::PreferNoHinting);
    // Han and Latin need no shaping to be legible, and Noto CJK's contextual forms (the
    // digits after a letter in an e-mail address) are glyphs without a character: a PDF
    // made with them cannot be searched or copied from.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QString PrintFonts::family(Face face)
{
    return chosen(face).family;
}

} // namespace qf
