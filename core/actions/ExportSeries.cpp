// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportSeries.h"

#include "io/AtomicFile.h"
#include "io/NumberText.h"
#include "xlsx/SeriesXlsxWriter.h"

#include <QFileInfo>

namespace qf {

namespace {

bool isCsv(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
}

bool isXlsx(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
}

QString csvField(QString text)
{
    // A spreadsheet program takes a cell that starts with = + - or @ for a formula (a unit
    // named "=HYPERLINK(…)" would run as one): such text, unless it is a plain number, is
    // written with a leading apostrophe, which those programs show as text.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    double number = 0;
    if (!text.isEmpty() && formulaStarts.contains(text.front()) && !NumberText::parse(text, &number))
        text.prepend(QLatin1Char('\''));
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString line(const QStringList &cells, QChar separator, QString (*field)(QString))
{
    QStringList out;
    for (const QString &c : cells)
        out << field(c);
    return out.join(separator);
}

// Tabs and line breaks inside a cell become spaces: one value a line, as printTable does.
QString tabField(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

Status ExportSeries::checkPath(const QString &path)
{
    if (path.isEmpty())
        return Status::failure(tr("没有指定要写入的文件。"));
    if (!isCsv(path) && !isXlsx(path))
        return Status::failure(tr("不能写入 %1：文件名应以 .csv 或 .xlsx 结尾。").arg(path));
    return Status::success();
}

Status ExportSeries::write(const AnalysisSeries &series, const QString &path)
{
    if (Status s = checkPath(path); !s)
        return s;
    if (isXlsx(path))
        return SeriesXlsxWriter::write(series, path);
    return AtomicFile::write(path, toCsv(series));
}

QByteArray ExportSeries::toCsv(const AnalysisSeries &series)
{
    QString text = line(AnalysisSeries::header(), QLatin1Char(','), csvField) + QStringLiteral("\r\n");
    for (const QStringList &row : series.rows())
        text += line(row, QLatin1Char(','), csvField) + QStringLiteral("\r\n");
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString ExportSeries::toTabSeparated(const AnalysisSeries &series)
{
    QString text = line(AnalysisSeries::header(), QLatin1Char('\t'), tabField) + QLatin1Char('\n');
    for (const QStringList &row : series.rows())
        text += line(row, QLatin1Char('\t'), tabField) + QLatin1Char('\n');
    return text;
}

} // namespace qf
