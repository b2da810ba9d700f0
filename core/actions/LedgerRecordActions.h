// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/CaseRecord.h"
#include "ledgers/Inspection.h"
#include "ledgers/LedgerKind.h"
#include "ledgers/Problem.h"
#include "ledgers/SupplierInterview.h"
#include "ledgers/Tipoff.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <optional>

namespace qf {

class Database;

/// 新增 / 修改 / 删除 a record of a ledger: one function per kind of record, each checked
/// and written in one transaction (the repositories refuse a 已销号 record, a date in an
/// accepted or signed month and a supplier listed twice, with messages that say so), so
/// the 台账 page and any later face of the program write a record the same way.
class LedgerRecordActions
{
    Q_DECLARE_TR_FUNCTIONS(LedgerRecordActions)
public:
    /// The stored record, to fill its dialog; none when it was deleted meanwhile.
    static std::optional<Problem> problem(Database &db, qint64 id);
    static std::optional<Tipoff> tipoff(Database &db, qint64 id);
    /// The confidential reporter: only a tip-off's own dialog reads it.
    static TipoffReporter reporter(Database &db, qint64 tipoffId);
    static std::optional<Inspection> inspection(Database &db, qint64 id);
    static std::optional<CaseRecord> caseRecord(Database &db, qint64 id);
    static std::optional<SupplierInterview> interview(Database &db, qint64 id);
    static std::optional<NegativeListEntry> listed(Database &db, qint64 id);

    /// Inserts (id 0) or updates a record; the new id is set on success.
    static Status save(Database &db, Problem &problem);
    /// The tip-off and its reporter, both or neither.
    static Status save(Database &db, Tipoff &tipoff, const TipoffReporter &reporter);
    /// Only the reporter: all that can still change once a tip-off is 已销号.
    static Status saveReporter(Database &db, qint64 tipoffId, const TipoffReporter &reporter);
    static Status save(Database &db, Inspection &inspection);
    static Status save(Database &db, CaseRecord &record);
    static Status save(Database &db, SupplierInterview &interview);
    /// 列入负面名单: a supplier is listed once per campaign.
    static Status save(Database &db, NegativeListEntry &entry);

    /// Deletes a record of any ledger (a problem with its steps and evidence).
    static Status remove(Database &db, LedgerKind kind, qint64 id);
};

} // namespace qf
