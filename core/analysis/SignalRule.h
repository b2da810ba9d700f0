// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace qf {

/// One 走过场 signal as data (forms/descriptions/signals.json): which check it runs, its
/// thresholds, how much it weighs in an institution's score and the sentence that explains
/// a finding, with {placeholders} the check fills from its evidence.
struct SignalRule
{
    Q_DECLARE_TR_FUNCTIONS(SignalRule)
public:
    QString id;
    QString kind;          ///< the check that runs it (see SignalEngine)
    QString name;          ///< short Chinese name shown in lists
    int weight = 1;
    QVariantMap params;
    QString sentence;

    double number(const QString &param, double fallback) const;
    /// The sentence with each {key} replaced by its value.
    QString explain(const QHash<QString, QString> &values) const;
};

/// The signal rules compiled into the program.
class SignalCatalog
{
    Q_DECLARE_TR_FUNCTIONS(SignalCatalog)
public:
    static const QList<SignalRule> &rules();
    static const SignalRule *find(const QString &id);
    /// Reads rules from JSON text; every rule needs an id, a known kind and a sentence.
    static Status parse(const QByteArray &json, QList<SignalRule> *out);
    /// The kinds SignalEngine knows.
    static QStringList kinds();
};

} // namespace qf
