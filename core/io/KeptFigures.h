// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/FormDescription.h"
#include "model/Report.h"

#include <QCoreApplication>
#include <QString>

namespace qf {

/// How every import treats a column it has no figure for (a blank cell, a column the file
/// does not have): a blank is no figure, so what is stored for the month stays, and the
/// import says so. Workbooks and CSV files share it, so they cannot differ.
class KeptFigures
{
    Q_DECLARE_TR_FUNCTIONS(KeptFigures)
public:
    /// Copies the stored month's value of the column (if it has one) into report and returns
    /// the sentence that says so, starting with what ("C7 为空"); empty when nothing is stored.
    static QString keep(const Report *stored, const FormColumn &column, const QString &what, Report &report);
};

} // namespace qf
