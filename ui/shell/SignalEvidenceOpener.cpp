// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalEvidenceOpener.h"

#include "MainWindow.h"
#include "entry/EntryPage.h"
#include "ledgers/LedgerTab.h"
#include "ledgers/LedgersPage.h"
#include "model/Report.h"

namespace qf::ui::SignalEvidenceOpener {

namespace {

bool showLedger(MainWindow &window, LedgerKind kind, qint64 id)
{
    auto *ledgers = qobject_cast<LedgersPage *>(window.page(QStringLiteral("ledgers")));
    if (!ledgers || !window.showPage(QStringLiteral("ledgers")) || window.currentPage() != ledgers)
        return false;
    ledgers->showTab(kind);
    LedgerTab *tab = ledgers->tab(kind);
    if (!tab)
        return false;
    // A record the tab's filter hides (another state chosen) is shown with the filter reset.
    tab->selectRecord(id);
    if (tab->selectedId() != id) {
        tab->reload();
        tab->selectRecord(id);
    }
    return tab->selectedId() == id;
}

} // namespace

bool open(MainWindow &window, const SignalFinding &finding)
{
    if (finding.records.isEmpty())
        return false;
    const SignalEvidence &e = finding.records.first();
    switch (e.kind) {
    case SignalEvidence::Kind::Report: {
        auto *entry = qobject_cast<EntryPage *>(window.page(QStringLiteral("entry")));
        if (!entry || !window.showPage(QStringLiteral("entry")) || window.currentPage() != entry)
            return false;
        if (!entry->setForm(int(e.id)) || !entry->setPeriod(e.month))
            return false;
        entry->selectUnit(UnitKey::institution(finding.institutionId));
        return true;
    }
    case SignalEvidence::Kind::Problem: return showLedger(window, LedgerKind::Problems, e.id);
    case SignalEvidence::Kind::Inspection: return showLedger(window, LedgerKind::Inspections, e.id);
    case SignalEvidence::Kind::Tipoff: return showLedger(window, LedgerKind::Tipoffs, e.id);
    case SignalEvidence::Kind::Submission: return window.showPage(QStringLiteral("tracking"));
    }
    return false;
}

} // namespace qf::ui::SignalEvidenceOpener
