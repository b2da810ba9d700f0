// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/CaseRecord.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace qf {

class Database;

/// The 以案促改 and education records of a campaign.
class CaseRecordRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRecordRepository)
public:
    explicit CaseRecordRepository(Database &db) : m_db(db) {}

    /// A failed read gives none and says so in *status (and the log).
    QList<CaseRecord> list(qint64 campaignId, Status *status = nullptr) const;
    std::optional<CaseRecord> find(qint64 id) const;
    Status save(CaseRecord &record);
    /// All or nothing.
    Status saveAll(QList<CaseRecord> &records);
    Status remove(qint64 id);

private:
    QList<CaseRecord> select(const QString &where, const QVariant &bind, Status *status = nullptr) const;
    Database &m_db;
};

} // namespace qf
