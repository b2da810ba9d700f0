// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/FigureOverride.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace qf {

class Database;

/// The reasons for typed figures that override a ledger's figure.
class FigureOverrideRepository
{
    Q_DECLARE_TR_FUNCTIONS(FigureOverrideRepository)
public:
    explicit FigureOverrideRepository(Database &db) : m_db(db) {}

    QList<FigureOverride> list(qint64 campaignId, int form = 0) const;
    /// Records or replaces the reason for one cell; the reason must say something.
    Status set(FigureOverride &override);
    Status remove(qint64 campaignId, int form, const QString &unitKey, const YearMonth &period, int column);

private:
    Database &m_db;
};

} // namespace qf
