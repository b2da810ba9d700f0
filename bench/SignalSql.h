// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace qf {
struct SignalFinding;
}

namespace qf::bench {

/// A finding as both sides can state it: institution, rule and months ("123 all-zero
/// 2021-03,2021-04"). Findings are compared as a multiset of these keys.
QString signalKey(qint64 institutionId, const QString &rule, const QStringList &months);
QString signalKey(const SignalFinding &finding);

/// The limit of the signals row: the catalogue's 走过场 rules, each as one hand-written SQL
/// query over the tables (forms' figures, ledgers, evidence, filed files) of the campaign
/// up to `upTo`, with the rules' parameters of the compiled catalogue. Where a rule weighs
/// a coincidence (identical rows, repeated increases) the query returns the counts and the
/// few products are multiplied here. `findings`, when given, receives every finding's key
/// with how often it was found; `timings`, when given, each rule's wall time.
QString signalsBySql(QSqlDatabase db, const Campaign &campaign, const YearMonth &upTo,
                     QMap<QString, int> *findings = nullptr, QStringList *timings = nullptr);

} // namespace qf::bench
