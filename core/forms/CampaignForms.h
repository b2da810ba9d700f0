// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormTableBuilder.h"
#include "model/Campaign.h"
#include "model/Status.h"

#include <QHash>

namespace qf {

class Database;

/// A campaign's form data read from the database once — registry, reports of the three
/// forms, the ledgers' figures, the reasons for overrides and the figures of signed
/// months (SignedFigure) — from which forms are built
/// in memory. A form of month M needs each unit's latest report up to M (its figures are
/// carried forward) and its latest before M (the cumulative figures are checked against
/// it), so building months one by one from the database would read the same reports again
/// for each; one month alone needs only those two reports per unit, not the whole history.
class CampaignForms
{
public:
    /// Loads what the forms of every month up to `last` need; an invalid month loads
    /// every month of the campaign. `form` 0 loads the three forms, otherwise that one only.
    CampaignForms(Database &db, const Campaign &campaign, const YearMonth &last = YearMonth(), int form = 0);
    /// Loads only what the forms of `month` need: builds that month and no other.
    static CampaignForms forMonth(Database &db, const Campaign &campaign, const YearMonth &month, int form = 0);
    /// The months whose ledger figures a form of `last` counts on: every reporting month up
    /// to it and, past the last reporting month, the months after it up to `last` too.
    static QList<YearMonth> ledgerMonths(const Campaign &campaign, const YearMonth &last);

    /// The inputs of one form of one month (the entry grid edits over them).
    FormInputs inputs(int form, const YearMonth &period, const QDate &fillDate = QDate()) const;
    FormTable build(int form, const YearMonth &period, const QDate &fillDate = QDate()) const;
    /// The forms loaded (all three, or the one asked for) of a month, in form order.
    QList<FormTable> month(const YearMonth &period, const QDate &fillDate = QDate()) const;
    /// All findings of the loaded forms for a month.
    QList<Finding> check(const YearMonth &period) const;

    const Campaign &campaign() const { return m_campaign; }
    const QList<Institution> &registry() const { return m_registry; }
    /// Whether everything the forms need was read: a registry or reports the database did
    /// not hand over would build forms of nobody, or of zeros. A page shows this instead.
    const Status &readStatus() const { return m_read; }
    YearMonth last() const { return m_last; }

private:
    enum class Scope { UpToLast, LastOnly };
    CampaignForms(Database &db, const Campaign &campaign, const YearMonth &last, int form, Scope scope);

    Campaign m_campaign;
    YearMonth m_last;
    Scope m_scope = Scope::UpToLast;
    QList<int> m_forms;
    QList<Institution> m_registry;
    QHash<int, QList<Report>> m_reports;    ///< by form
    QHash<int, QList<Report>> m_derived;    ///< by form, every month up to m_last
    QList<FigureOverride> m_overrides;
    QList<SignedFigure> m_signed;           ///< cells kept by the standing locks of the months loaded
    Status m_read;
};

} // namespace qf
