// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "YearMonth.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace qf {

enum class ReportSource { Typed, Imported, Derived };
QString reportSourceKey(ReportSource s);
ReportSource reportSourceFromKey(const QString &key);

/// One unit's filing of one form for one month: cumulative figures since the
/// campaign's start, keyed by the form's column number.
struct Report
{
    qint64 id = 0;
    qint64 campaignId = 0;
    int form = 0;                  ///< 1, 2 or 3 (附件1–3)
    QString unitKey;               ///< see UnitKey
    YearMonth period;
    QDate submittedOn;             ///< when the unit's report arrived
    ReportSource source = ReportSource::Typed;
    QString sourceFile;
    QDateTime updatedAt;
    int version = 0;               ///< the stored version this copy was read at (0: never stored)
    /// Save only if nobody else saved this unit's month since it was read (at version, or
    /// not at all when version is 0): set by editing screens. Imports replace on purpose.
    bool optimistic = false;
    QMap<int, double> numbers;     ///< column → cumulative value
    QMap<int, QString> texts;      ///< column → free text (备注)

    double number(int column) const { return numbers.value(column, 0.0); }
    bool hasNumber(int column) const { return numbers.contains(column); }
};

/// Who a report belongs to: an institution ("I17") or a 附件2 category row ("C:public-2").
namespace UnitKey {
inline QString institution(qint64 id) { return QStringLiteral("I%1").arg(id); }
inline QString category(const QString &category) { return QStringLiteral("C:") + category; }
inline bool isInstitution(const QString &key) { return key.startsWith(QLatin1Char('I')); }
inline qint64 institutionId(const QString &key) { return isInstitution(key) ? key.mid(1).toLongLong() : 0; }
inline QString categoryOf(const QString &key) { return key.startsWith(QLatin1String("C:")) ? key.mid(2) : QString(); }
} // namespace UnitKey

} // namespace qf
