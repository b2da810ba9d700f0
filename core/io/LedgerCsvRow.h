// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "ledgers/Terms.h"
#include "model/Institution.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace qf {

/// One column a ledger's CSV file may have: its header and other names for it.
struct LedgerCsvField
{
    QString header;
    bool required = false;
    QStringList synonyms;
};

/// A ledger CSV file's header matched against the ledger's fields.
class LedgerCsvSheet
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCsvSheet)
public:
    LedgerCsvSheet(const QString &fileName, const QList<CsvRecord> &records, const QList<LedgerCsvField> &fields);
    /// Missing required columns, unknown or repeated headers.
    Status checkHeader() const;
    int column(int field) const { return m_columnOf.value(field, -1); }
    QString fieldHeader(int field) const { return m_fields.value(field).header; }
    QString place(const CsvRecord &record, int field) const;
    QString rowPlace(const CsvRecord &record) const;
    const QString &fileName() const { return m_fileName; }

private:
    QString m_fileName;
    QList<LedgerCsvField> m_fields;
    QStringList m_header;
    int m_headerLine = 1;
    QHash<int, int> m_columnOf;   ///< field → column
    QStringList m_problems;
};

/// Reads the cells of one record, collecting every problem with its line and column.
class LedgerCsvRow
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCsvRow)
public:
    LedgerCsvRow(const LedgerCsvSheet &sheet, const CsvRecord &record, const QHash<QString, const Institution *> &names,
                 Status *status);

    QString text(int field) const;
    bool isEmpty(int field) const { return text(field).isEmpty(); }
    QDate date(int field, bool required);
    /// A date on which something happened (found, received, held, listed): never after
    /// today, so that "2031-01-05" for "2021-01-05" is caught instead of counting in no
    /// month of the campaign.
    QDate pastDate(int field, bool required, const QDate &today);
    int count(int field);
    qint64 wan(int field);
    bool flag(int field);
    /// An institution by name or short name; 0 when empty (and not required) or unknown.
    qint64 institution(int field, bool required);
    template<typename E>
    E term(int field, const Terms<E> &terms, E fallback, bool required)
    {
        const QString t = text(field);
        if (t.isEmpty()) {
            if (required)
                error(field, tr("不能为空。"));
            return fallback;
        }
        if (const auto v = terms.parse(t))
            return *v;
        error(field, tr("“%1”不是有效的值，应为：%2。").arg(t, terms.labels().join(QStringLiteral(u"、"))));
        return fallback;
    }
    void error(int field, const QString &message);
    void rowError(const QString &message);
    bool ok() const { return m_errors == 0; }
    int line() const { return m_record.line; }

    /// "2021-08-03", "2021/8/3", "2021.8.3", "2021年8月3日".
    static QDate parseDate(const QString &text);
    /// The key under which names are looked up (spaces removed).
    static QString nameKey(const QString &name);

private:
    const LedgerCsvSheet &m_sheet;
    const CsvRecord &m_record;
    const QHash<QString, const Institution *> &m_names;
    Status *m_status;
    int m_errors = 0;
};

} // namespace qf
