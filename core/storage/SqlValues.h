// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/YearMonth.h"

#include <QDate>
#include <QSqlError>
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

/// The id an `INSERT … RETURNING id` gave back. Both engines support RETURNING, while
/// QSqlQuery::lastInsertId works only with SQLite (PostgreSQL tables have no OIDs).
inline qint64 returnedId(QSqlQuery &q)
{
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    // An unfinished RETURNING statement keeps a write open in SQLite.
    q.finish();
    return id;
}

/// A UNIQUE constraint refused the row: SQLite says so in its text, PostgreSQL by SQLSTATE.
inline bool isUniqueViolation(const QSqlError &e)
{
    return e.nativeErrorCode() == QLatin1String("23505") || e.text().contains(QLatin1String("UNIQUE"));
}

/// A period lock refused the write (the triggers of both engines raise this text).
inline bool isLockViolation(const QSqlError &e)
{
    return e.text().contains(QLatin1String("locked period"));
}

/// The write would change a locked later month that shows this report carried forward.
inline bool isCarriedLockViolation(const QSqlError &e)
{
    return e.text().contains(QLatin1String("locked period: carried forward"));
}

} // namespace qf::SqlValues
