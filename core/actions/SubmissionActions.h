// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"
#include "model/Submission.h"

#include <QByteArray>
#include <optional>

namespace qf {

class Database;

/// 登记报送 / 撤销登记: a filing recorded by hand (with its attached file, if any), for the
/// tracking page and `qingfeng-cli tracking record` alike. A filing is one per campaign,
/// deliverable, unit and month; recording it again replaces it.
class SubmissionActions
{
public:
    /// The filing recorded for one obligation, if any.
    static std::optional<Submission> find(Database &db, qint64 campaignId, Deliverable deliverable, const QString &unitKey,
                                          const YearMonth &period);
    /// Records the filing; with `filePath` the file there is attached under its own name
    /// (and nothing is recorded when it cannot be read), without it a stored one is kept.
    static Status record(Database &db, Submission &submission, const QString &filePath = QString());
    static Status withdraw(Database &db, qint64 submissionId);
    /// The attached file's bytes; empty when there is none.
    static QByteArray attachment(Database &db, qint64 submissionId);
};

} // namespace qf
