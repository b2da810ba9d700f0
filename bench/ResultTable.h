// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Measurement.h"

#include <QList>
#include <QString>

namespace qf::bench {

/// One measured row: the product path beside its baseline on the same data.
struct Result
{
    QString key;          ///< stable id, e.g. "export-month"
    QString label;
    QString scale;        ///< county, city
    Sample product;
    Sample baseline;
    double goal = 0;      ///< largest acceptable product/baseline ratio; 0: reported only
    double goalSeconds = 0;   ///< largest acceptable product time, where the goal is absolute
    double growthGoal = 0;    ///< largest acceptable city over county time (on the city row)
    QString note;         ///< what the row measures or why it has no numbers

    double ratio() const { return baseline.seconds > 0 ? product.seconds / baseline.seconds : 0; }
};

/// The results of one run, printed as a table and written as JSON.
class ResultTable
{
public:
    void add(const Result &result) { m_results << result; }
    QString text() const;
    bool writeJson(const QString &path, const QString &mode) const;

private:
    QString verdict(const Result &r) const;
    QString goalText(const Result &r) const;
    /// City over county time of the same row, or 0 when one of them is missing.
    double growth(const Result &r) const;
    QList<Result> m_results;
};

} // namespace qf::bench
