// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AnalysisData.h"
#include "SignalFinding.h"
#include "SignalRule.h"

#include <QHash>

namespace qf {

/// What every check shares: a finding in the rule's words, and figures as the sentence shows them.
namespace SignalCheck {
SignalFinding finding(const SignalRule &rule, const AnalysisData &data, qint64 institutionId,
                      const QList<YearMonth> &months, const QHash<QString, QString> &values);
/// "（1）3 （9）1": the non-zero figures of a row.
QString figuresText(const QMap<int, double> &numbers);
int nonZero(const QMap<int, double> &numbers);
bool allZero(const QMap<int, double> &numbers);
QString number(double v);
QString monthList(const QList<YearMonth> &months);
}

/// The checks over the forms' figures (FigureSignals.cpp) and over the ledgers and filed
/// files (LedgerSignals.cpp); each returns its findings, in institution order.
namespace FigureSignals {
QList<SignalFinding> allZero(const SignalRule &rule, const AnalysisData &data);
QList<SignalFinding> unchanged(const SignalRule &rule, const AnalysisData &data);
QList<SignalFinding> identicalRows(const SignalRule &rule, const AnalysisData &data);
QList<SignalFinding> repeatedIncrease(const SignalRule &rule, const AnalysisData &data);
QList<SignalFinding> selfCheckZero(const SignalRule &rule, const AnalysisData &data);
QList<SignalFinding> increaseOutlier(const SignalRule &rule, const AnalysisData &data);
}
namespace LedgerSignals {
QList<SignalFinding> closedWithoutEvidence(const SignalRule &rule, const AnalysisData &data);
QList<SignalFinding> rectifiedBeforeFound(const SignalRule &rule, const AnalysisData &data);
QList<SignalFinding> bulkClosure(const SignalRule &rule, const AnalysisData &data);
QList<SignalFinding> identicalSummary(const SignalRule &rule, const AnalysisData &data);
QList<SignalFinding> nearDuplicateSummary(const SignalRule &rule, const AnalysisData &data);
QList<SignalFinding> sharedEvidence(const SignalRule &rule, const AnalysisData &data);
}

} // namespace qf
