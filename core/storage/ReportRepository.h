// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Report.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace qf {

class Database;

/// Monthly reports and their cumulative figures.
class ReportRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReportRepository)
public:
    explicit ReportRepository(Database &db) : m_db(db) {}

    /// Every report of a form (0: of every form) up to and including a month (for carrying
    /// figures forward).
    QList<Report> upTo(qint64 campaignId, int form, const YearMonth &period, Status *status = nullptr) const;
    /// Each unit's two latest reports up to the month, per form (`form` 0: all three): what
    /// one month's form needs (the figures carried to the month and the previous ones).
    QList<Report> latestTwoUpTo(qint64 campaignId, int form, const YearMonth &period, Status *status = nullptr) const;
    /// Each unit's earliest report after the month, per form (all forms): what a month
    /// filed late is checked against (cumulative figures never go down).
    QList<Report> firstAfter(qint64 campaignId, const YearMonth &period, Status *status = nullptr) const;
    /// Every report of the campaign, all forms and months.
    QList<Report> all(qint64 campaignId, Status *status = nullptr) const;
    // The reads above that fail give no reports (never some without their figures) and
    // say what could not be read in *status when given, and in the log.
    std::optional<Report> find(qint64 campaignId, int form, const QString &unitKey, const YearMonth &period) const;

    /// Inserts or replaces each report (matched by campaign, form, unit and month) with
    /// its figures, all in one transaction. An optimistic report that someone else saved
    /// since it was read is refused, naming the unit and month, and nothing is stored.
    Status saveAll(QList<Report> &reports);
    Status save(Report &report);
    Status remove(qint64 campaignId, int form, const QString &unitKey, const YearMonth &period);

private:
    QList<Report> select(const QString &where, const QVariantList &binds, Status *status = nullptr) const;
    /// The reports a condition selects, without their figures.
    QList<Report> selectReports(const QString &where, const QVariantList &binds, Status *status) const;
    /// Attaches the figures of the given reports, reading the figures of the reports a
    /// condition selects: it may select more (they are skipped), never fewer. False when
    /// the figures could not be read.
    bool attachFigures(QList<Report> &reports, const QString &where, const QVariantList &binds, Status *status) const;
    Status write(Report &report);
    Status conflict(const Report &report) const;
    Database &m_db;
};

} // namespace qf
