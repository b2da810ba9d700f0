// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Obligation.h"
#include "model/Submission.h"

#include <QDialog>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace qf {
class Database;
}

namespace qf::ui {

/// Records (or withdraws) one filing that is not an institution's statistics form: an
/// office's county form, a work summary or a report, with the file that came with it.
/// Says plainly whether the date makes it on time or accepted late; never refuses a late one.
class SubmissionDialog : public QDialog
{
    Q_OBJECT
public:
    SubmissionDialog(Database &db, qint64 campaignId, const Obligation &obligation, QWidget *parent = nullptr);

    void setFiledOn(const QDate &date);
    /// Attaches a file from disk (the dialog's "选择文件…" does the same).
    void setFile(const QString &path);
    QString verdict() const;
    /// Writes the filing; the message says why not.
    Status save();

private:
    void chooseFile();
    void saveAttachmentAs();
    void withdraw();
    void updateVerdict();

    Database &m_db;
    qint64 m_campaignId;
    Obligation m_obligation;
    std::optional<Submission> m_existing;
    QString m_filePath;
    QDateEdit *m_date;
    QLineEdit *m_note;
    QLabel *m_file;
    QLabel *m_verdict;
    QLabel *m_error;
    QPushButton *m_saveAs;
};

} // namespace qf::ui
