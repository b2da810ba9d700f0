// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryText.h"

#include "xlsx/ZipArchive.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

namespace qf::SummaryText {

namespace {

// The text of every element named `t` (w:t in Word, t in a workbook's strings), in order.
QString textElements(const QByteArray &xml)
{
    QString out;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("t"))
            out += reader.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char(' ');
    }
    return reader.hasError() ? QString() : out;
}

std::vector<quint32> pairsOf(const QString &text)
{
    std::vector<quint32> pairs;
    QChar previous;
    for (const QChar c : text) {
        if (!c.isLetterOrNumber())
            continue;
        const QChar lower = c.toLower();
        if (!previous.isNull())
            pairs.push_back((quint32(previous.unicode()) << 16) | lower.unicode());
        previous = lower;
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

} // namespace

QString of(const QByteArray &bytes, const QString &fileName)
{
    const QString name = fileName.toLower();
    if (name.endsWith(QLatin1String(".txt")))
        return QString::fromUtf8(bytes);
    const bool word = name.endsWith(QLatin1String(".docx"));
    if (!word && !name.endsWith(QLatin1String(".xlsx")))
        return QString();
    ZipArchive zip;
    if (!zip.open(bytes, fileName))
        return QString();
    QString text;
    QByteArray part;
    if (word) {
        if (zip.read(QStringLiteral("word/document.xml"), &part))
            text = textElements(part);
        return text;
    }
    if (zip.contains(QStringLiteral("xl/sharedStrings.xml")) && zip.read(QStringLiteral("xl/sharedStrings.xml"), &part))
        text += textElements(part);
    for (int n = 1; zip.contains(QStringLiteral("xl/worksheets/sheet%1.xml").arg(n)); ++n)
        if (zip.read(QStringLiteral("xl/worksheets/sheet%1.xml").arg(n), &part))
            text += textElements(part);
    return text;
}

double similarity(const QString &a, const QString &b)
{
    const std::vector<quint32> x = pairsOf(a), y = pairsOf(b);
    if (x.empty() || y.empty())
        return 0;
    std::vector<quint32> common;
    std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
    return double(common.size()) / double(x.size() + y.size() - common.size());
}

qsizetype significantLength(const QString &text)
{
    return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

} // namespace qf::SummaryText
