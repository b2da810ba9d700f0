// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocxParts.h"

namespace qf::DocxParts {

namespace {

const char kW[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

} // namespace

// Sizes in half-points: 2号 = 22 pt (44), 3号 = 16 pt (32), 4号 = 14 pt (28). Body text
// keeps an exact line height of one grid line, so 22 lines fill the type area; headings
// keep with the next paragraph. Each Chinese face names itself as Word knows it
// (仿宋_GB2312, 楷体_GB2312, 方正小标宋简体); fontTable.xml gives the fallbacks.
QByteArray styles()
{
    const QByteArray line = QByteArray::number(kLinePitch);
    QByteArray x = QByteArray(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + '\n';
    x += QByteArray(R"(<w:styles xmlns:w=")") + kW + R"(">)";
    x += R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/>)"
         R"(<w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>)"
         R"(<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>)";
    x += R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>)"
         R"(<w:pPr><w:spacing w:line=")" + line + R"(" w:lineRule="exact"/></w:pPr></w:style>)";
    x += R"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>)"
         R"(<w:pPr><w:keepNext/><w:snapToGrid w:val="0"/><w:spacing w:after=")" + line + R"(" w:line="700" w:lineRule="exact"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>)"
         R"(<w:rPr><w:rFonts w:ascii="方正小标宋简体" w:hAnsi="方正小标宋简体" w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>)";
    x += R"(<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Body"/><w:qFormat/>)"
         R"(<w:pPr><w:keepNext/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="1"/></w:pPr>)"
         R"(<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:style>)";
    x += R"(<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Body"/><w:qFormat/>)"
         R"(<w:pPr><w:keepNext/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="2"/></w:pPr>)"
         R"(<w:rPr><w:rFonts w:ascii="楷体_GB2312" w:hAnsi="楷体_GB2312" w:eastAsia="楷体_GB2312"/></w:rPr></w:style>)";
    x += R"(<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body Text First Indent"/><w:basedOn w:val="Normal"/><w:qFormat/>)"
         R"(<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>)";
    x += R"(<w:style w:type="paragraph" w:styleId="Right"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/>)"
         R"(<w:pPr><w:ind w:right="640"/><w:jc w:val="right"/></w:pPr></w:style>)";
    // 版头 (GB/T 9704 7.2): the issuer's mark in red 小标宋 35 mm below the top of the type area,
    // the 发文字号 centred two lines under it, and the red rule 4 mm below the number.
    x += R"(<w:style w:type="paragraph" w:styleId="Masthead"><w:name w:val="Masthead"/><w:basedOn w:val="Normal"/><w:next w:val="DocNumber"/><w:qFormat/>)"
         R"(<w:pPr><w:keepNext/><w:snapToGrid w:val="0"/><w:spacing w:before=")" + QByteArray::number(twipsOfMm(35)) + R"(" w:after=")"
         + QByteArray::number(2 * kLinePitch) + R"(" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>)"
         R"(<w:rPr><w:rFonts w:ascii="方正小标宋简体" w:hAnsi="方正小标宋简体" w:eastAsia="方正小标宋简体"/><w:color w:val="FF0000"/>)"
         R"(<w:sz w:val="84"/><w:szCs w:val="84"/></w:rPr></w:style>)";
    x += R"(<w:style w:type="paragraph" w:styleId="DocNumber"><w:name w:val="Document Number"/><w:basedOn w:val="Normal"/><w:next w:val="Title"/>)"
         R"(<w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="14" w:space="11" w:color="FF0000"/></w:pBdr>)"
         R"(<w:spacing w:after=")" + line + R"("/><w:jc w:val="center"/></w:pPr></w:style>)";
    // 版记 (GB/T 9704 7.4): 4号仿宋 between two rules, one character in on each side, the
    // 印发日期 at a right tab.
    x += R"(<w:style w:type="paragraph" w:styleId="Imprint"><w:name w:val="Imprint"/><w:basedOn w:val="Normal"/>)"
         R"(<w:pPr><w:keepNext/><w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>)"
         R"(<w:tabs><w:tab w:val="right" w:pos=")" + QByteArray::number(kTextWidth - 280) + R"("/></w:tabs>)"
         R"(<w:ind w:left="280" w:right="280"/><w:jc w:val="left"/></w:pPr>)"
         R"(<w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>)";
    x += R"(<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/>)"
         R"(<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>)"
         R"(<w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>)";
    x += R"(<w:style w:type="paragraph" w:styleId="Picture"><w:name w:val="Picture"/><w:basedOn w:val="Normal"/>)"
         R"(<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr></w:style>)";
    // Word's own 题注 style (its name "caption"), centred under the picture in 4号仿宋.
    x += R"(<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Body"/><w:qFormat/>)"
         R"(<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>)";
    x += R"(<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>)"
         R"(<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>)"
         R"(<w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>)";
    x += R"(<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>)"
         R"(<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>)"
         R"(<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>)";
    x += "</w:styles>";
    return x;
}

// Odd and even pages carry their page numbers on opposite sides (GB/T 9704 7.5).
QByteArray settings()
{
    QByteArray x = QByteArray(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + '\n';
    x += QByteArray(R"(<w:settings xmlns:w=")") + kW + R"(">)";
    x += R"(<w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/><w:drawingGridVerticalSpacing w:val="290"/>)"
         R"(<w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/>)"
         R"(<w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/>)"
         R"(<w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>)"
         R"(<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>)";
    x += "</w:settings>";
    return x;
}

// The faces a county bureau's Word has, each with the names it goes by elsewhere, so a
// system without the GB2312 variants picks 仿宋/FangSong and so on.
QByteArray fontTable()
{
    struct Face
    {
        const char *name;
        const char *alt;
        const char *family;
    };
    static const Face faces[] = {
        {"仿宋_GB2312", "仿宋,FangSong,FangSong_GB2312", "modern"},
        {"楷体_GB2312", "楷体,KaiTi,KaiTi_GB2312", "modern"},
        {"黑体", "SimHei", "modern"},
        {"宋体", "SimSun", "auto"},
        {"方正小标宋简体", "方正小标宋_GBK,小标宋,黑体,SimHei", "script"},
    };
    QByteArray x = QByteArray(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + '\n';
    x += QByteArray(R"(<w:fonts xmlns:w=")") + kW + R"(">)";
    for (const Face &f : faces)
        x += QByteArray(R"(<w:font w:name=")") + f.name + R"("><w:altName w:val=")" + f.alt + R"("/>)"
             + R"(<w:charset w:val="86"/><w:family w:val=")" + f.family + R"("/><w:pitch w:val="fixed"/></w:font>)";
    x += R"(<w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>)";
    x += "</w:fonts>";
    return x;
}

// “— 1 —” in 4号宋体, one character in from the outer edge of the type area.
QByteArray footer(bool odd)
{
    QByteArray x = QByteArray(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + '\n';
    x += QByteArray(R"(<w:ftr xmlns:w=")") + kW + R"(">)";
    x += R"(<w:p><w:pPr><w:pStyle w:val="Footer"/>)";
    x += odd ? R"(<w:ind w:right="280"/><w:jc w:val="right"/>)" : R"(<w:ind w:left="280"/><w:jc w:val="left"/>)";
    x += R"(</w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>)"
         R"(<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>)"
         R"(<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>)";
    x += "</w:ftr>";
    return x;
}

} // namespace qf::DocxParts
