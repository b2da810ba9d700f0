// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubmissionActions.h"

#include "storage/SubmissionRepository.h"

namespace qf {

std::optional<Submission> SubmissionActions::find(Database &db, qint64 campaignId, Deliverable deliverable,
                                                  const QString &unitKey, const YearMonth &period)
{
    return SubmissionRepository(db).find(campaignId, deliverable, unitKey, period);
}

Status SubmissionActions::record(Database &db, Submission &submission, const QString &filePath)
{
    if (filePath.isEmpty())
        return SubmissionRepository(db).record(submission);
    return SubmissionRepository(db).recordFile(submission, filePath);
}

Status SubmissionActions::withdraw(Database &db, qint64 submissionId)
{
    return SubmissionRepository(db).remove(submissionId);
}

QByteArray SubmissionActions::attachment(Database &db, qint64 submissionId)
{
    return SubmissionRepository(db).fileContent(submissionId);
}

} // namespace qf
