// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LedgerKind.h"
#include "LedgerMeasure.h"
#include "model/Status.h"

#include <QList>
#include <QString>

namespace qf {

class FormDescription;

/// How a ledger makes one column of a form: which measure, grouped how. The group names
/// the records that make a unit "keep" this part of the ledger: a unit's column is derived
/// only once the unit has a record of its group (the bureau's own inspection ledger covers
/// every category as soon as the campaign has one inspection), so a ledger that is not
/// kept never turns typed figures into zeros. Read from the column's "ledger" entry in
/// the form description: the descriptions are the one place that says which column is whose.
struct LedgerColumnRule
{
    int form = 0;
    int column = 0;
    LedgerKind ledger = LedgerKind::Problems;
    QString group;
    bool campaignScope = false;
    const LedgerMeasure *measure = nullptr;

    QString groupKey() const { return group; }
    QString description() const;     ///< how the figure is counted
};

namespace LedgerColumnRules {
/// The rules of the built-in forms.
const QList<LedgerColumnRule> &all();
/// The rule for a cell, or nullptr when no ledger makes it.
const LedgerColumnRule *find(int form, int column);
QList<LedgerColumnRule> forForm(int form);
/// The rules a description states; fails, naming the column, on a measure that does not
/// exist or one that makes two columns of the form.
Status fromForm(const FormDescription &form, QList<LedgerColumnRule> *out);
}

} // namespace qf
