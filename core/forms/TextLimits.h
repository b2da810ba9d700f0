// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace qf {

/// How much text one field taken from a file may hold: a text figure, a note, a ledger
/// description, a registry entry. A page of writing fits; a pasted document does not,
/// so no import can write megabytes into a record and from there into the audit trail
/// (which keeps every old and new value for good). The single place that says so, beside
/// FigureLimits, for every importer.
class TextLimits
{
    Q_DECLARE_TR_FUNCTIONS(TextLimits)
public:
    static constexpr int kMaxChars = 4000;

    /// Empty when the text may be stored; otherwise why not, as a short sentence for the
    /// caller to put after the file, line and column.
    static QString problem(const QString &text);
};

} // namespace qf
