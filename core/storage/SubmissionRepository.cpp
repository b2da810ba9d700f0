// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubmissionRepository.h"

#include "Database.h"
#include "ReadError.h"
#include "SqlValues.h"
#include "io/InputFile.h"
#include "model/Report.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

const char kSelect[] =
    "SELECT s.id, s.campaign_id, s.deliverable, s.unit_key, s.period, s.submitted_on, s.note, s.recorded_at, "
    "f.file_name, f.size, f.sha256 FROM submission s LEFT JOIN submission_file f ON f.submission_id = s.id ";

Submission fromQuery(const QSqlQuery &q)
{
    Submission s;
    s.id = q.value(0).toLongLong();
    s.campaignId = q.value(1).toLongLong();
    s.deliverable = Deliverable(q.value(2).toInt());
    s.unitKey = q.value(3).toString();
    s.period = SqlValues::toPeriod(q.value(4));
    s.submittedOn = SqlValues::toDate(q.value(5));
    s.note = q.value(6).toString();
    s.recordedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    s.fileName = q.value(8).toString();
    s.fileSize = q.value(9).toLongLong();
    s.fileSha256 = q.value(10).toString();
    return s;
}

Status failed(const QSqlQuery &q)
{
    return Status::failure(SubmissionRepository::tr("无法保存报送登记：%1").arg(q.lastError().text()));
}

} // namespace

QList<Submission> SubmissionRepository::list(qint64 campaignId, Status *status) const
{
    QList<Submission> result;
    QSqlQuery q(m_db.connection());
    const bool qPrepared = q.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE s.campaign_id = ? ORDER BY s.period, s.deliverable, s.unit_key"));
    SqlValues::bind(q, campaignId);
    if (!qPrepared || !q.exec()) {
        ReadError::report(tr("报送记录"), q.lastError(), status);
        return result;
    }
    while (q.next())
        result << fromQuery(q);
    return result;
}

std::optional<Submission> SubmissionRepository::find(qint64 campaignId, Deliverable deliverable,
                                                     const QString &unitKey, const YearMonth &period) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect)
              + QStringLiteral("WHERE s.campaign_id = ? AND s.deliverable = ? AND s.unit_key = ? AND s.period = ?"));
    for (const QVariant &v : {QVariant(campaignId), QVariant(int(deliverable)), QVariant(unitKey),
                              SqlValues::fromPeriod(period)})
        SqlValues::bind(q, v);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

Status SubmissionRepository::record(Submission &submission, const QByteArray *file)
{
    if (submission.campaignId == 0 || submission.unitKey.size() < 2 || !submission.period.isValid())
        return Status::failure(tr("报送登记不完整：缺少专项整治、报送单位或月份。"));
    if (!submission.submittedOn.isValid())
        return Status::failure(tr("请填写报送日期。"));
    if (file && file->size() > kMaxFileSize)
        return Status::failure(tr("附件“%1”有 %2 MB，超过 %3 MB 的上限。")
                                   .arg(submission.fileName)
                                   .arg(double(file->size()) / (1024 * 1024), 0, 'f', 1)
                                   .arg(kMaxFileSize / (1024 * 1024)));
    if (file && submission.fileName.trimmed().isEmpty())
        return Status::failure(tr("附件缺少文件名。"));
    Submission written = submission;
    Transaction tx(m_db);
    Status s = write(written, file);
    if (s)
        s = tx.commit();
    if (s)
        submission = written;
    return s;
}

Status SubmissionRepository::recordFile(Submission &submission, const QString &path)
{
    QByteArray bytes;
    const Status read = InputFile::read(path, kMaxFileSize, &bytes);
    if (!read)
        return read;
    Submission named = submission;
    named.fileName = QFileInfo(path).fileName();
    const Status s = record(named, &bytes);
    if (s)
        submission = named;
    return s;
}

Status SubmissionRepository::write(Submission &s, const QByteArray *file)
{
    QSqlDatabase db = m_db.connection();
    s.recordedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO submission (campaign_id, deliverable, unit_key, institution_id, period, submitted_on, note, recorded_at) "
        "VALUES (?,?,?,?,?,?,?,?) "
        "ON CONFLICT (campaign_id, deliverable, unit_key, period) DO UPDATE SET submitted_on = excluded.submitted_on, "
        "note = excluded.note, recorded_at = excluded.recorded_at RETURNING id"));
    const qint64 institution = UnitKey::institutionId(s.unitKey);
    for (const QVariant &v : {QVariant(s.campaignId), QVariant(int(s.deliverable)), QVariant(s.unitKey),
                              institution ? QVariant(institution) : QVariant(), SqlValues::fromPeriod(s.period),
                              SqlValues::fromDate(s.submittedOn), QVariant(s.note),
                              QVariant(s.recordedAt.toString(Qt::ISODateWithMs))})
        SqlValues::bind(q, v);
    if (!q.exec() || !q.next())
        return failed(q);
    s.id = q.value(0).toLongLong();
    q.finish();

    if (file) {
        QSqlQuery f(db);
        f.prepare(QStringLiteral("INSERT INTO submission_file (submission_id, file_name, size, sha256, content) "
                                 "VALUES (?,?,?,?,?) ON CONFLICT (submission_id) DO UPDATE SET "
                                 "file_name = excluded.file_name, size = excluded.size, sha256 = excluded.sha256, "
                                 "content = excluded.content"));
        s.fileSize = file->size();
        s.fileSha256 = QString::fromLatin1(QCryptographicHash::hash(*file, QCryptographicHash::Sha256).toHex());
        for (const QVariant &v : {QVariant(s.id), QVariant(s.fileName.trimmed()), QVariant(s.fileSize),
                                  QVariant(s.fileSha256), QVariant(*file)})
            SqlValues::bind(f, v);
        if (!f.exec())
            return failed(f);
    } else {
        // Keep what is stored; hand back its description.
        QSqlQuery f(db);
        f.prepare(QStringLiteral("SELECT file_name, size, sha256 FROM submission_file WHERE submission_id = ?"));
        SqlValues::bind(f, s.id);
        if (f.exec() && f.next()) {
            s.fileName = f.value(0).toString();
            s.fileSize = f.value(1).toLongLong();
            s.fileSha256 = f.value(2).toString();
        } else {
            s.fileName.clear();
            s.fileSize = 0;
            s.fileSha256.clear();
        }
    }
    return Status::success();
}

Status SubmissionRepository::remove(qint64 submissionId)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM submission WHERE id = ?"));
    SqlValues::bind(q, submissionId);
    if (!q.exec())
        return Status::failure(tr("无法撤销报送登记：%1").arg(q.lastError().text()));
    return tx.commit();
}

QByteArray SubmissionRepository::fileContent(qint64 submissionId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT content FROM submission_file WHERE submission_id = ?"));
    SqlValues::bind(q, submissionId);
    if (q.exec() && q.next())
        return q.value(0).toByteArray();
    return QByteArray();
}

QList<Receipt> SubmissionRepository::receipts(qint64 campaignId, Status *status) const
{
    // Half the receipts would show filed units as 未报送: a failed read gives none.
    QList<Receipt> result;
    QSqlDatabase db = m_db.connection();
    QSqlQuery r(db);
    r.setForwardOnly(true);
    const bool rPrepared = r.prepare(QStringLiteral("SELECT form, unit_key, period, submitted_on, updated_at FROM report WHERE campaign_id = ?"));
    SqlValues::bind(r, campaignId);
    if (!rPrepared || !r.exec()) {
        ReadError::report(tr("报送记录"), r.lastError(), status);
        return {};
    }
    while (r.next()) {
        Receipt receipt;
        receipt.deliverable = Deliverable(r.value(0).toInt());
        receipt.unitKey = r.value(1).toString();
        receipt.period = SqlValues::toPeriod(r.value(2));
        receipt.submittedOn = SqlValues::toDate(r.value(3));
        if (!receipt.submittedOn.isValid()) {
            // A report without an arrival date still counts as filed, dated by its entry.
            receipt.submittedOn = QDateTime::fromString(r.value(4).toString(), Qt::ISODateWithMs).toLocalTime().date();
            receipt.dateAssumed = true;
        }
        receipt.origin = Receipt::Origin::Report;
        result << receipt;
    }

    QSqlQuery s(db);
    s.setForwardOnly(true);
    const bool sPrepared = s.prepare(QStringLiteral("SELECT s.deliverable, s.unit_key, s.period, s.submitted_on, s.id, f.submission_id "
                                                    "FROM submission s LEFT JOIN submission_file f ON f.submission_id = s.id "
                                                    "WHERE s.campaign_id = ?"));
    SqlValues::bind(s, campaignId);
    if (!sPrepared || !s.exec()) {
        ReadError::report(tr("报送记录"), s.lastError(), status);
        return {};
    }
    while (s.next()) {
        Receipt receipt;
        receipt.deliverable = Deliverable(s.value(0).toInt());
        receipt.unitKey = s.value(1).toString();
        receipt.period = SqlValues::toPeriod(s.value(2));
        receipt.submittedOn = SqlValues::toDate(s.value(3));
        receipt.origin = Receipt::Origin::Submission;
        receipt.submissionId = s.value(4).toLongLong();
        receipt.hasFile = !s.value(5).isNull();
        result << receipt;
    }
    return result;
}

} // namespace qf
