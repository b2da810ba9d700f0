// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Receipt.h"
#include "model/Status.h"
#include "model/Submission.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <optional>

namespace qf {

class Database;

/// Filings recorded by hand, their attached files, and the receipts tracking reads:
/// every stored report and every recorded filing of a campaign.
class SubmissionRepository
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionRepository)
public:
    /// Attachments above this size are refused: a summary is a document, not an archive.
    static constexpr qint64 kMaxFileSize = 50 * 1024 * 1024;

    explicit SubmissionRepository(Database &db) : m_db(db) {}

    /// Every recorded filing of the campaign (without file contents).
    /// A failed read gives none and says so in *status (and the log).
    QList<Submission> list(qint64 campaignId, Status *status = nullptr) const;
    std::optional<Submission> find(qint64 campaignId, Deliverable deliverable, const QString &unitKey,
                                   const YearMonth &period) const;

    /// Inserts or replaces the filing (matched by campaign, deliverable, unit and month).
    /// With file == nullptr an attachment already stored is kept; with a file, it is
    /// replaced by a copy of those bytes named submission.fileName.
    Status record(Submission &submission, const QByteArray *file = nullptr);
    /// record() with the file at path attached under its own name: only a regular file
    /// of at most kMaxFileSize is read (InputFile), and nothing is recorded otherwise.
    Status recordFile(Submission &submission, const QString &path);
    Status remove(qint64 submissionId);
    /// The attached file's bytes; empty when there is none.
    QByteArray fileContent(qint64 submissionId) const;

    /// What tracking needs to know who filed what and when, from both the report table
    /// (entered or imported statistics forms) and the recorded filings.
    QList<Receipt> receipts(qint64 campaignId, Status *status = nullptr) const;

private:
    Status write(Submission &submission, const QByteArray *file);
    Database &m_db;
};

} // namespace qf
