// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerCsvRow.h"

#include "DateText.h"
#include "forms/FigureLimits.h"
#include "io/NumberText.h"
#include "ledgers/Money.h"
#include "model/NameKey.h"

namespace qf {

LedgerCsvSheet::LedgerCsvSheet(const QString &fileName, const QList<CsvRecord> &records, const QList<LedgerCsvField> &fields)
    : m_fileName(fileName), m_fields(fields)
{
    if (records.isEmpty())
        return;
    m_header = records.first().fields;
    m_headerLine = records.first().line;
    for (int c = 0; c < m_header.size(); ++c) {
        const QString h = m_header.at(c).trimmed();
        if (h.isEmpty() || h == u"序号")
            continue;
        int found = -1;
        for (int f = 0; f < m_fields.size() && found < 0; ++f)
            if (h == m_fields.at(f).header || m_fields.at(f).synonyms.contains(h))
                found = f;
        if (found < 0)
            m_problems << tr("%1 第%2行第%3列：无法识别的表头“%4”，可用的列为：%5。")
                              .arg(m_fileName).arg(m_headerLine).arg(c + 1).arg(h, [this] {
                                  QStringList names;
                                  for (const LedgerCsvField &f : m_fields)
                                      names << f.header;
                                  return names.join(QStringLiteral(u"、"));
                              }());
        else if (m_columnOf.contains(found))
            m_problems << tr("%1 第%2行第%3列：“%4”与第%5列“%6”都是“%7”列，只能出现一次。")
                              .arg(m_fileName).arg(m_headerLine).arg(c + 1).arg(h)
                              .arg(m_columnOf.value(found) + 1)
                              .arg(m_header.at(m_columnOf.value(found)).trimmed(), m_fields.at(found).header);
        else
            m_columnOf.insert(found, c);
    }
    for (int f = 0; f < m_fields.size(); ++f)
        if (m_fields.at(f).required && !m_columnOf.contains(f))
            m_problems << tr("%1 第%2行：缺少必填列“%3”。").arg(m_fileName).arg(m_headerLine).arg(m_fields.at(f).header);
}

Status LedgerCsvSheet::checkHeader() const
{
    if (m_header.isEmpty())
        return Status::failure(tr("%1：文件是空的。").arg(m_fileName));
    return m_problems.isEmpty() ? Status::success() : Status::failure(m_problems);
}

QString LedgerCsvSheet::place(const CsvRecord &record, int field) const
{
    const int c = column(field);
    if (c < 0)
        return rowPlace(record);
    return tr("%1 第%2行第%3列（%4）").arg(m_fileName).arg(record.line).arg(c + 1).arg(m_header.value(c).trimmed());
}

QString LedgerCsvSheet::rowPlace(const CsvRecord &record) const
{
    return tr("%1 第%2行").arg(m_fileName).arg(record.line);
}

LedgerCsvRow::LedgerCsvRow(const LedgerCsvSheet &sheet, const CsvRecord &record,
                           const QHash<QString, const Institution *> &names, Status *status)
    : m_sheet(sheet), m_record(record), m_names(names), m_status(status)
{
}

QString LedgerCsvRow::text(int field) const
{
    const int c = m_sheet.column(field);
    return c >= 0 && c < m_record.fields.size() ? m_record.fields.at(c).trimmed() : QString();
}

void LedgerCsvRow::error(int field, const QString &message)
{
    ++m_errors;
    m_status->add(tr("%1：%2").arg(m_sheet.place(m_record, field), message));
}

void LedgerCsvRow::rowError(const QString &message)
{
    ++m_errors;
    m_status->add(tr("%1：%2").arg(m_sheet.rowPlace(m_record), message));
}

QDate LedgerCsvRow::parseDate(const QString &text)
{
    return DateText::parse(text);
}

QString LedgerCsvRow::nameKey(const QString &name)
{
    // As every other import matches names (invisible marks, width and spaces do not count).
    return NameKey::of(name);
}

QDate LedgerCsvRow::date(int field, bool required)
{
    const QString t = text(field);
    if (t.isEmpty()) {
        if (required)
            error(field, tr("日期不能为空。"));
        return QDate();
    }
    const QDate d = parseDate(t);
    if (!d.isValid())
        error(field, tr("“%1”不是有效的日期，应写成 YYYY-MM-DD。").arg(t));
    return d;
}

QDate LedgerCsvRow::pastDate(int field, bool required, const QDate &today)
{
    const QDate d = date(field, required);
    if (d.isValid() && today.isValid() && d > today)
        error(field, tr("日期 %1 晚于今天（%2），请核对年份。").arg(d.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    return d;
}

int LedgerCsvRow::count(int field)
{
    const QString t = text(field);
    if (t.isEmpty())
        return 0;
    double v = 0;
    if (!NumberText::parse(t, &v)) {
        error(field, tr("“%1”不是有效的数目，应为0或正整数。").arg(t));
        return 0;
    }
    // The bound of a count on the forms, which these records add up to.
    if (const QString problem = FigureLimits::problem(ColumnKind::Count, v); !problem.isEmpty()) {
        error(field, tr("“%1”不是有效的数目：%2。").arg(t, problem));
        return 0;
    }
    return int(v);
}

qint64 LedgerCsvRow::wan(int field)
{
    qint64 yuan = 0;
    if (!Money::parseWan(text(field), &yuan)) {
        error(field, tr("“%1”不是有效的金额，应为以万元计、最多4位小数、小于%2的非负数。")
                         .arg(text(field), QStringLiteral("1000000000")));
        return 0;
    }
    return yuan;
}

bool LedgerCsvRow::flag(int field)
{
    const QString t = text(field);
    static const QStringList yes{QStringLiteral(u"是"), QStringLiteral(u"√"), QStringLiteral(u"✓"), QStringLiteral(u"1"),
                                 QStringLiteral(u"Y"), QStringLiteral(u"y"), QStringLiteral(u"有")};
    static const QStringList no{QString(), QStringLiteral(u"否"), QStringLiteral(u"0"), QStringLiteral(u"N"),
                                QStringLiteral(u"n"), QStringLiteral(u"无"), QStringLiteral(u"×")};
    if (yes.contains(t))
        return true;
    if (!no.contains(t))
        error(field, tr("“%1”不是有效的标记，应为“是”或“否”（空白为否）。").arg(t));
    return false;
}

qint64 LedgerCsvRow::institution(int field, bool required)
{
    const QString t = text(field);
    if (t.isEmpty()) {
        if (required)
            error(field, tr("机构不能为空。"));
        return 0;
    }
    const Institution *i = m_names.value(nameKey(t));
    if (!i) {
        error(field, tr("找不到机构“%1”，请写机构名册中的名称或简称。").arg(t));
        return 0;
    }
    return i->id;
}

} // namespace qf
