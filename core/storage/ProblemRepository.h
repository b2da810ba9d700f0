// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/Problem.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace qf {

class Database;

/// The 问题清单 of a campaign, with each problem's steps.
class ProblemRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProblemRepository)
public:
    explicit ProblemRepository(Database &db) : m_db(db) {}

    /// A failed read gives none and says so in *status (and the log).
    QList<Problem> list(qint64 campaignId, Status *status = nullptr) const;
    std::optional<Problem> find(qint64 id) const;

    /// Validates, then inserts (id 0: with the state and steps the value holds, as an
    /// import brings them) or updates the fields of a problem. The state changes only
    /// through transition(); a problem that is 已销号 can no longer be edited.
    Status save(Problem &problem);
    /// All or nothing.
    Status saveAll(QList<Problem> &problems);
    /// Moves a problem to another state if the workflow allows it, recording who and when.
    Status transition(qint64 id, ProblemState to, const QDate &on, const QString &by, const QString &note,
                      const QDate &today = QDate::currentDate());
    /// Deletes a problem with its steps and evidence; refused once it is 已销号.
    Status remove(qint64 id);

private:
    Status write(Problem &problem);
    Database &m_db;
};

} // namespace qf
