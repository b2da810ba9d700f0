// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "FormDescription.h"
#include "ReportingUnit.h"
#include "model/Report.h"
#include "model/YearMonth.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QList>
#include <QString>
#include <QVector>

namespace qf {

/// A value in the body of the form. Cumulative, plus the month's increase beside it.
struct FormValue
{
    bool present = false;       ///< something was reported (or computed from something reported)
    double number = 0;
    QString text;               ///< text columns (备注)
    double increase = 0;        ///< number minus last month's cumulative value
    bool derived = false;       ///< computed from the registry or a ledger, not typed
    bool fromLedger = false;    ///< (part of) the value comes from a ledger: it can be drilled into
    bool overridden = false;    ///< a typed figure stands against the ledger's, with a reason
};

/// One unit's figures for the month: what it reported, or its last report carried forward.
struct UnitFigures
{
    ReportingUnit unit;
    Report current;             ///< cumulative values at the month (carried when not reported)
    Report previous;            ///< cumulative values at the month before (carried likewise)
    YearMonth previousTyped;    ///< the month of the latest typed report before the month, if any
    bool reported = false;      ///< a report for this very month exists
    YearMonth carriedFrom;      ///< valid when the values come from an earlier month
    bool hasAny = false;        ///< any report at all up to the month
    QSet<int> ledgerColumns;    ///< columns whose value is the ledger's figure for the month
    QHash<int, QString> overrides;   ///< column → reason a typed figure stands against the ledger's
};

/// One body row as it will be shown, exported and printed.
struct FormRow
{
    RowStyle style = RowStyle::Unit;
    QList<SpanCell> labels;     ///< row is the body row index, col the grid column
    QString unitKey;            ///< for unit rows
    QVector<FormValue> values;  ///< one per form column, in column order
    QStringList carriedUnits;   ///< units whose last figures were carried into this row
    QStringList missingUnits;   ///< units that have not reported this month
};

/// A month's form in its final shape: the single intermediate that the grid, the Excel
/// writer and the printed page all render, so their layouts cannot drift apart.
struct FormTable
{
    const FormDescription *form = nullptr;
    YearMonth period;
    int year = 0;
    QString title;
    QString reportingBody;      ///< 填报单位
    QDate fillDate;             ///< 填报时间
    QList<SpanCell> header;     ///< grid coordinates, rows 0..headerRows-1
    QList<FormRow> rows;
    QStringList signature;
    QString notesHeading;
    QStringList notes;
    QList<UnitFigures> units;
    QList<Finding> findings;

    QString unitLine() const;   ///< "填报单位：鹿寨县卫生健康局"
    QString dateLine() const;   ///< "填报时间：2021年8月12日" (blank day parts when no date)
    /// The notes as the printed form sets them, one paragraph a line: heading inline or
    /// above, continuation lines indented under the first note.
    QStringList noteParagraphs() const;
    int gridColumnCount() const { return form ? form->gridColumnCount() : 0; }
    int headerRowCount() const { return form ? form->headerRows() : 0; }
    /// Text of a body value as the official form shows it: counts as whole numbers,
    /// 万元 with two decimals, zero as 0.
    QString valueText(const FormValue &v, const FormColumn &column) const;
    int missingCount() const;
    int carriedCount() const;
};

} // namespace qf
