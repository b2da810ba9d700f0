// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReturnedSheet.h"

#include "model/NameKey.h"

#include "ReportTemplates.h"
#include "xlsx/XlsxSheet.h"

#include <QRegularExpression>
#include <algorithm>

namespace qf {

namespace {

constexpr int kTopRows = 8;       // the 附件 label, title and 填报单位 lines sit above the header
constexpr int kHeaderScan = 40;   // the numbering row is found within these rows

QString textOf(const XlsxCell &cell)
{
    return cell.type == XlsxCell::Text ? cell.text : cell.isEmpty() ? QString() : cell.displayText();
}

int chineseNumber(const QString &s)
{
    static const QString digits = QStringLiteral(u"一二三四五六七八九");
    return int(digits.indexOf(s)) + 1;
}

} // namespace

QString ReturnedSheet::normalised(QString s)
{
    s.remove(QLatin1Char(' '));
    s.remove(QChar(0x3000));
    s.remove(QChar(0x00a0));
    s.remove(QLatin1Char('\n'));
    return s.trimmed();
}


ReturnedSheet::Marks ReturnedSheet::marksOf(const XlsxSheet &sheet)
{
    static const QRegularExpression attachment(QStringLiteral(u"^附件([1-9１-９])$"));
    static const QRegularExpression title(QStringLiteral(u"统计表[（(]([一二三四五六七八九])[)）]$"));
    static const QRegularExpression afterColon(QStringLiteral(u"^[^:：]*[:：]"));
    const QString monthLabel = ReportTemplates::monthMarkLabel();
    Marks m;
    // Only the cells the file holds: a sheet may address the whole grid.
    for (int r : sheet.rows()) {
        if (r >= kTopRows)
            break;
        const QMap<int, XlsxCell> cells = sheet.rowCells(r);
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            const int c = it.key();
            const XlsxCell &cell = *it;
            if (cell.type != XlsxCell::Text)
                continue;
            const QString text = normalised(cell.text);
            if (const auto a = attachment.match(text); a.hasMatch() && !m.attachment)
                m.attachment = a.captured(1).toInt() ? a.captured(1).toInt() : a.captured(1).at(0).unicode() - 0xff10;
            else if (const auto t = title.match(text); t.hasMatch() && !m.titleForm)
                m.titleForm = chineseNumber(t.captured(1));
            else if (text.startsWith(QStringLiteral(u"填报单位")) && m.unit.isEmpty()) {
                m.unit = QString(text).remove(afterColon);
                m.unitCell = CellAddress(r, c);
            } else if (text.startsWith(monthLabel) && m.month.isEmpty()) {
                m.month = QString(text).remove(afterColon);
                m.monthCell = CellAddress(r, c);
            }
        }
    }
    return m;
}

int ReturnedSheet::numberingRow(const XlsxSheet &sheet, const FormDescription &form, QHash<int, int> *columnOf)
{
    static const QRegularExpression caption(QStringLiteral(u"^[（(]?(\\d{1,2})[)）]?$"));
    for (int r : sheet.rows()) {
        if (r >= kHeaderScan)
            break;
        QHash<int, int> found;
        const QMap<int, XlsxCell> cells = sheet.shownRowCells(r);
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            const auto m = caption.match(normalised(textOf(*it)));
            if (m.hasMatch() && form.column(m.captured(1).toInt()) && !found.contains(m.captured(1).toInt()))
                found.insert(m.captured(1).toInt(), it.key());
        }
        if (found.contains(1) && found.size() * 2 > form.columns.size()) {
            *columnOf = found;
            return r;
        }
    }
    return -1;
}

int ReturnedSheet::ownRow(const XlsxSheet &sheet, const FormDescription &form, int numberingRow, int firstValueColumn,
                          const QHash<int, int> &columnOf, const Institution &institution, const QString &where,
                          QStringList *errors)
{
    const QString signature = form.signature.isEmpty() ? QString() : normalised(form.signature.first());
    // Names compare as everywhere else (NameKey): width, spaces and invisible marks do not count.
    const QString name = NameKey::of(institution.name);
    const QString shortName = NameKey::of(institution.shortName);
    int own = -1;
    QStringList others;
    for (int r : sheet.rows()) {
        if (r <= numberingRow)
            continue;
        const QMap<int, XlsxCell> cells = sheet.shownRowCells(r);
        QString label;            // the row's label cells together, for the end of the table
        QString lastLabel;        // the rightmost one: the unit's name, after a row number
        CellAddress labelCell;
        bool named = false;
        bool hasFigures = false;
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            const QString text = normalised(textOf(*it));
            if (it.key() < firstValueColumn) {
                if (text.isEmpty())
                    continue;
                label += text;
                lastLabel = text;
                labelCell = CellAddress(r, it.key());
                const QString key = NameKey::of(text);
                named = named || key == name || (!shortName.isEmpty() && key == shortName);
            } else if (!it->isBlank() && std::find(columnOf.cbegin(), columnOf.cend(), it.key()) != columnOf.cend()) {
                hasFigures = true;
            }
        }
        if (label.isEmpty())
            continue;
        if ((!signature.isEmpty() && label.startsWith(signature)) || label.startsWith(normalised(form.notesHeading)))
            break;
        if (named && own < 0)
            own = r;
        else if (named)
            others << tr("%1 %2：表中第二次出现“%3”的行（第一次在第%4行），无法确定哪一行是它的数字。")
                          .arg(where, labelCell.toString(), institution.name).arg(own + 1);
        else if (hasFigures)
            others << tr("%1 %2：这一行是“%3”的，不是填报单位“%4”的：一个工作簿只能填写它所标明的机构自己的那一行。")
                          .arg(where, labelCell.toString(), lastLabel, institution.name);
    }
    if (own < 0)
        *errors << tr("%1：表中找不到“%2”所在的行（第%3行以下没有以它命名的行），未导入。")
                       .arg(where, institution.name).arg(numberingRow + 1);
    *errors << others;
    return others.isEmpty() ? own : -1;
}

} // namespace qf
