// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Status.h"
#include "model/YearMonth.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace qf {

class Database;

/// The figures a 工作总结 states, for the county or one institution, up to a month. Form
/// figures are read off the same built forms the export writes (the 合计/总计 row, or the
/// institution's own figures), in the forms' own number format; tracking comes from
/// SubmissionTracker and the tip-offs and 负面名单 from the ledgers' own state rules.
struct SummaryFigures
{
    Q_DECLARE_TR_FUNCTIONS(SummaryFigures)
public:
    /// One named figure: its text as the sentences show it, and where it comes from.
    struct Figure
    {
        QString text;          ///< "12", "3.50"; empty: not known (nothing reported)
        double value = 0;
        int form = 0;          ///< 1–3 when read off a form, 0 otherwise
        int column = 0;        ///< the form's column number
    };

    Campaign campaign;
    YearMonth month;
    QString unitName;          ///< empty: the county
    QString unitKey;
    QDate asOf;                ///< the day tracking is seen on
    QHash<QString, Figure> figures;
    QStringList lateUnits;     ///< filed after the due date, up to the month
    QStringList missingUnits;  ///< not filed though due
    QStringList lowRateUnits;  ///< 整改率 below the threshold (county only)
    QStringList openTipoffs;   ///< tip-offs received and not yet concluded: their summaries

    bool isCounty() const { return unitKey.isEmpty(); }
    /// The figure's text, or empty when it is unknown.
    QString text(const QString &name) const { return figures.value(name).text; }
    double value(const QString &name) const { return figures.value(name).value; }
    bool has(const QString &name) const { return !figures.value(name).text.isEmpty(); }

    /// Every figure name build() can give (some only where the data has them): the
    /// placeholders a sentence may name besides the words and lists.
    static QStringList names();

    /// The 整改率 below which an institution is named under 存在问题.
    static constexpr double kLowRate = 80.0;

    /// Builds the figures for a month of the campaign; `chosenId` is the institution chosen
    /// from a list, else `unit` an institution's full or short name (InstitutionLookup; both
    /// empty: the county); `asOf` the day tracking is seen on (invalid: today).
    static Status build(Database &db, const Campaign &campaign, const YearMonth &month, const QString &unit,
                        qint64 chosenId, const QDate &asOf, SummaryFigures *out);
};

} // namespace qf
