// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormTable.h"
#include "model/SignedFigure.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace qf {

/// A signed month's figures as cells and back. Taking a lock keeps the cells it covers of
/// the form as then built (take); building the month later lays them over what the
/// registry and the ledgers give now (FormTableBuilder), so the month shows what was signed.
namespace SignedSnapshot {

/// The cells of one form and month that its standing locks keep.
struct Frozen
{
    bool wholeForm = false;
    QStringList unitOrder;                               ///< whole form: the units signed, in order
    QHash<QString, QString> unitNames;                   ///< as signed, for units gone from the registry
    QHash<QString, QHash<int, SignedFigure>> units;      ///< unit key → column → cell
    QHash<int, QHash<int, SignedFigure>> rows;           ///< body row → column → cell
    bool isEmpty() const { return !wholeForm && units.isEmpty(); }
};

/// The cells a lock of `lockUnitKey` ("*" for the whole form) covers in a built table:
/// the unit's figures, or every unit's and every body row's.
QList<SignedFigure> take(const FormTable &table, const QString &lockUnitKey);
/// What the cells of `form` and `period` among `cells` keep (the first lock wins for a unit).
Frozen collect(const QList<SignedFigure> &cells, int form, const YearMonth &period);
/// A unit's or row's cells as the values shown (a missing cell is blank).
QVector<FormValue> values(const FormDescription &form, const QHash<int, SignedFigure> &cells);
/// Lays a unit's signed cells over its figures: numbers, texts, filing state and marks.
void applyToUnit(const FormDescription &form, const QHash<int, SignedFigure> &cells, UnitFigures &u);
/// The signed month's cumulative numbers as the previous figures of the month after it,
/// so that what arrived since counts in that month's increase.
void applyAsPrevious(const FormDescription &form, const QHash<int, SignedFigure> &cells, const YearMonth &period,
                     Report &previous);
/// Whether two values differ as shown.
bool differs(const FormValue &a, const FormValue &b);

} // namespace SignedSnapshot

} // namespace qf
