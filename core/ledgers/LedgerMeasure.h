// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseRecord.h"
#include "LedgerKind.h"

#include <QList>
#include <QString>
#include <optional>

namespace qf {

/// A quantity the ledgers yield for the forms: records of a kind, persons, 万元, distinct
/// institutions. Which form column a measure makes is not said here but in the form
/// descriptions (a column's "ledger" entry), so that renumbering a column is one edit.
struct LedgerMeasure
{
    const char *key = "";                 ///< as the descriptions name it: "cases.admonition"
    LedgerKind ledger = LedgerKind::Problems;
    std::optional<CaseKind> caseKind;     ///< for the case ledger: the kind of record measured
    const char *how = "";                 ///< QT_TRANSLATE_NOOP("qf::Ledgers", …)

    QString keyString() const { return QString::fromLatin1(key); }
    /// Whether a record of this ledger (and, for cases, this kind) is measured here.
    bool measures(LedgerKind kind, std::optional<CaseKind> caseKindOfRecord) const
    {
        return kind == ledger && (!caseKind || caseKind == caseKindOfRecord);
    }
};

namespace LedgerMeasures {
const QList<LedgerMeasure> &all();
/// nullptr when no measure has this key.
const LedgerMeasure *find(const QString &key);
}

} // namespace qf
