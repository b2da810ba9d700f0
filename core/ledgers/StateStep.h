// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qf {

/// One change of a ledger record's state: from what to what, on which day, by whom and why.
template<typename State>
struct StateStep
{
    State from;
    State to;
    QDate on;
    QString by;
    QString note;
    QDateTime recordedAt;
};

/// The state a record had at the end of a day, from its steps in the order they were taken;
/// `initial` before any step.
template<typename State>
State stateOn(const QList<StateStep<State>> &steps, State initial, const QDate &day)
{
    State s = initial;
    for (const StateStep<State> &step : steps)
        if (step.on <= day)
            s = step.to;
    return s;
}

/// When a record last entered a state (invalid if it never did).
template<typename State>
QDate lastEntered(const QList<StateStep<State>> &steps, State state)
{
    QDate d;
    for (const StateStep<State> &step : steps)
        if (step.to == state)
            d = step.on;
    return d;
}

} // namespace qf
