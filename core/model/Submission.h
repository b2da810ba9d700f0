// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Campaign.h"
#include "YearMonth.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace qf {

/// A filing recorded by hand: an office's county form (附件1/附件2), a work summary
/// (工作总结) or a report, with the file that came with it. Institutions' statistics
/// forms are not recorded here: entering or importing their figures records them.
struct Submission
{
    qint64 id = 0;
    qint64 campaignId = 0;
    Deliverable deliverable = Deliverable::Summary;
    QString unitKey;               ///< "I17" or "O:党建办", see UnitKey
    YearMonth period;              ///< the month the obligation covers
    QDate submittedOn;
    QString note;
    QString fileName;              ///< the attached file's original name; empty: none
    qint64 fileSize = 0;
    QString fileSha256;            ///< hex, to show that a file was kept unchanged
    QDateTime recordedAt;

    bool hasFile() const { return !fileName.isEmpty(); }
};

namespace UnitKey {
/// A bureau office (股室) or partner department named in the campaign.
inline QString office(const QString &name) { return QStringLiteral("O:") + name; }
inline bool isOffice(const QString &key) { return key.startsWith(QLatin1String("O:")); }
inline QString officeOf(const QString &key) { return isOffice(key) ? key.mid(2) : QString(); }
} // namespace UnitKey

} // namespace qf
