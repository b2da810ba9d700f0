// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisData.h"
#include "SignalFinding.h"
#include "SignalRule.h"

namespace qf {

class Database;

/// Runs the 走过场 signal rules over a campaign's data and ranks the institutions by score.
class SignalEngine
{
    Q_DECLARE_TR_FUNCTIONS(SignalEngine)
public:
    /// Every rule's findings, rule by rule in catalogue order.
    static QList<SignalFinding> run(const AnalysisData &data, const QList<SignalRule> &rules = SignalCatalog::rules());
    /// Loads the campaign up to a month (invalid: its latest) and runs every rule.
    static Status run(Database &db, qint64 campaignId, const YearMonth &upTo, QList<SignalFinding> *out);
    /// Institutions with findings, highest score first (then by name).
    static QList<SignalScore> rank(const QList<SignalFinding> &findings);
    /// Each institution's score (sum of its findings' weights); 0 for those without any.
    static QHash<qint64, int> scores(const QList<SignalFinding> &findings);
};

} // namespace qf
