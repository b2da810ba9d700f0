// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Obligation.h"
#include "TrackedObligation.h"
#include "TrackingCounts.h"
#include "TrackingMatrix.h"
#include "model/Campaign.h"
#include "model/Institution.h"
#include "model/Receipt.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace qf {

class Database;
class HolidayCalendar;

/// Who owes what by when, and who has filed: a campaign's obligations matched against
/// the receipts (stored reports and recorded filings), seen on a given day.
class SubmissionTracker
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionTracker)
public:
    SubmissionTracker() = default;
    SubmissionTracker(const Campaign &campaign, const QList<Institution> &institutions,
                      const QList<Receipt> &receipts);
    SubmissionTracker(const Campaign &campaign, const QList<Institution> &institutions,
                      const QList<Receipt> &receipts, const HolidayCalendar &calendar);

    /// Reads the campaign (0: the most recent one), the registry and the receipts.
    static Status load(Database &db, qint64 campaignId, SubmissionTracker *out);

    const Campaign &campaign() const { return m_campaign; }
    const QList<Obligation> &obligations() const { return m_obligations; }
    /// Every month the campaign's deadlines cover, in order.
    const QList<YearMonth> &periods() const { return m_periods; }
    /// The month to show first on a day: the one whose due date comes within a week,
    /// otherwise the one most recently due (the first month before any is due).
    YearMonth defaultPeriod(const QDate &today) const;

    QList<TrackedObligation> track(const QDate &today) const;
    QList<TrackedObligation> track(const YearMonth &period, const QDate &today) const;
    static TrackingCounts count(const QList<TrackedObligation> &tracked);
    TrackingMatrix matrix(const QDate &today) const;

private:
    TrackedObligation trackOne(const Obligation &o, const QDate &today) const;
    static QString receiptKey(Deliverable d, const QString &unitKey, const YearMonth &period);

    Campaign m_campaign;
    QList<Obligation> m_obligations;
    QList<YearMonth> m_periods;
    QHash<QString, Receipt> m_receipts;
    QHash<QString, int> m_unitOrder;
};

} // namespace qf
