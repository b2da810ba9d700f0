// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/FormDescription.h"

#include <QCoreApplication>
#include <QString>

namespace qf {

/// A figure as a person types or pastes it into a form's cell: read by NumberText's strict
/// rules and held to FigureLimits, so the grid refuses exactly what the importers refuse
/// and never turns "1.5" into 15 or "-3" into 3.
class FigureText
{
    Q_DECLARE_TR_FUNCTIONS(FigureText)
public:
    /// Empty when the text is a value a column of this kind can hold (then *out is set);
    /// otherwise why not, as a short sentence naming the text. Blank text is not a value:
    /// the caller decides what a blank cell means (it clears, it never means 0).
    static QString read(ColumnKind kind, const QString &text, double *out);
};

} // namespace qf
