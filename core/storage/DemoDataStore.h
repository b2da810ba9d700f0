// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QStringList>

namespace qf {

class Database;

/// What the demo seed (core/demo/DemoData) wrote, found by its marks: the campaign and the
/// institutions flagged demo, and every row under the demo campaign. Says what a removal
/// would take and what of the user's own work stands in its way, and removes it.
class DemoDataStore
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataStore)
public:
    /// The demo rows as stored now, counted for the confirmation and the final message.
    struct Contents
    {
        int campaigns = 0;
        QStringList campaignTitles;
        int institutions = 0;     ///< those that go: the demo institutions the user never changed
        /// Demo institutions the user has changed since the seed (renamed, a phone typed in):
        /// the user's now, kept in the registry as the user's own, never deleted.
        QStringList keptInstitutions;
        int reports = 0;          ///< monthly forms (report rows, with their figures)
        int ledgerRecords = 0;    ///< problems, tip-offs, inspections, cases, interviews, the negative list
        int overrides = 0;        ///< typed figures kept against the ledgers, with their reasons
        bool isEmpty() const { return campaigns == 0 && institutions == 0 && keptInstitutions.isEmpty(); }
    };

    explicit DemoDataStore(Database &db) : m_db(db) {}

    /// Fails only when the database cannot be read.
    Status contents(Contents *out) const;
    /// The user's own work that refers to demo rows, one sentence each naming it (a signed
    /// month, a filing with its file, a work plan, a draw, evidence, rows of another campaign
    /// for a demo institution, rows of the demo campaign for a user's institution, the demo
    /// campaign itself changed by the user). Empty
    /// when the demo can go without taking anything of the user's with it. Fails when a
    /// check cannot run (then nothing may be removed).
    Status blockers(QStringList *blocking) const;
    /// Deletes the demo campaigns (with their offices, phases, deadlines, forms and ledgers)
    /// and then the demo institutions the user never changed, in one transaction (those the
    /// user changed lose the demo mark and stay); the audit triggers log each row.
    /// The caller checks blockers() first: the schema refuses what they name anyway
    /// (restricted references, locks that are history), and then nothing is deleted.
    Status remove();

    /// Every table with a column referring to a campaign or an institution: what the checks
    /// and the removal above were written for (a test compares it with the schema, so a
    /// table added later is looked at here before the demo can be removed past it).
    static QStringList referringTables();

private:
    Database &m_db;
};

} // namespace qf
