// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/LedgerKind.h"
#include "model/Institution.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QWidget;

namespace qf {
class Database;
}

namespace qf::ui {

/// What each ledger does on add, edit, delete and state change: the record's own dialog,
/// then its core action, again and again until it saves or the user gives up.
class LedgerEditing
{
    Q_DECLARE_TR_FUNCTIONS(LedgerEditing)
public:
    struct Transition
    {
        QString label;    ///< "开始整改"
        int target = 0;   ///< ProblemState or TipoffState
    };

    /// Returns the new record's id, 0 when cancelled.
    static qint64 add(QWidget *parent, Database &db, LedgerKind kind, qint64 campaignId, const QList<Institution> &registry);
    static bool edit(QWidget *parent, Database &db, LedgerKind kind, qint64 id, const QList<Institution> &registry);
    static bool remove(QWidget *parent, Database &db, LedgerKind kind, qint64 id);
    static bool hasStates(LedgerKind kind);
    static QList<Transition> transitions(Database &db, LedgerKind kind, qint64 id);
    static bool transition(QWidget *parent, Database &db, LedgerKind kind, qint64 id, int target);
};

} // namespace qf::ui
