// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/YearMonth.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace qf::SqlValues {

// Dates are stored as ISO text so that the file reads well and sorts as text.
inline QVariant fromDate(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
inline QDate toDate(const QVariant &v) { return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate); }
inline QVariant fromPeriod(const YearMonth &m) { return m.isValid() ? QVariant(m.toString()) : QVariant(); }
inline YearMonth toPeriod(const QVariant &v) { return v.isNull() ? YearMonth() : YearMonth::parse(v.toString()); }

/// Binds the next value. Qt binds a null QString as SQL NULL; the schema keeps text
/// columns NOT NULL with '' for "not filled in", so null strings become empty ones.
inline void bind(QSqlQuery &q, const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        q.addBindValue(QString::fromLatin1(""));
    else
        q.addBindValue(v);
}

} // namespace qf::SqlValues
