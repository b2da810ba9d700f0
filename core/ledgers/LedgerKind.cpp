// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerKind.h"

namespace qf {

const Terms<LedgerKind> &ledgerKinds()
{
    static const Terms<LedgerKind> terms{
        {LedgerKind::Problems, "problems", QT_TRANSLATE_NOOP("qf::Ledgers", "问题清单")},
        {LedgerKind::Tipoffs, "tipoffs", QT_TRANSLATE_NOOP("qf::Ledgers", "线索台账")},
        {LedgerKind::Inspections, "inspections", QT_TRANSLATE_NOOP("qf::Ledgers", "监督检查")},
        {LedgerKind::Cases, "cases", QT_TRANSLATE_NOOP("qf::Ledgers", "以案促改与教育")},
        {LedgerKind::Suppliers, "suppliers", QT_TRANSLATE_NOOP("qf::Ledgers", "约谈供应商")},
        {LedgerKind::NegativeList, "negative-list", QT_TRANSLATE_NOOP("qf::Ledgers", "负面名单")},
    };
    return terms;
}

} // namespace qf
