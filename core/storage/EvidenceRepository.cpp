// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceRepository.h"

#include "Database.h"
#include "EvidenceIndex.h"
#include "LedgerSql.h"
#include "SqlValues.h"
#include "io/InputFile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

QString stageKey(EvidenceFile::Stage s)
{
    return s == EvidenceFile::Stage::After ? QStringLiteral("after") : QStringLiteral("before");
}

QString problemStateOf(QSqlDatabase db, const QString &where, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT state FROM problem WHERE %1").arg(where));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

QList<EvidenceFile> EvidenceRepository::list(qint64 problemId) const
{
    QList<EvidenceFile> files;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM problem_evidence WHERE problem_id = ? ORDER BY id").arg(EvidenceIndex::columns()));
    q.addBindValue(problemId);
    q.exec();
    while (q.next())
        files << EvidenceIndex::fromRow(q);
    return files;
}

Status EvidenceRepository::add(qint64 problemId, EvidenceFile::Stage stage, const QString &fileName,
                               const QByteArray &content, const QString &by, EvidenceFile *added)
{
    const QString name = QFileInfo(fileName).fileName().trimmed();
    if (name.isEmpty())
        return Status::failure(tr("佐证材料须有文件名。"));
    if (content.size() > EvidenceFile::kMaxSize)
        return Status::failure(tr("文件 %1 有 %2 MB，超过 %3 MB 的上限，请压缩后再附加。")
                                   .arg(name).arg(double(content.size()) / (1024 * 1024), 0, 'f', 1)
                                   .arg(EvidenceFile::kMaxSize / (1024 * 1024)));
    Transaction tx(m_db);
    QSqlDatabase db = m_db.connection();
    const QString state = problemStateOf(db, QStringLiteral("id = ?"), problemId);
    if (state.isEmpty())
        return Status::failure(tr("找不到该问题（可能已被删除）。"));
    if (state == QLatin1String("closed"))
        return Status::failure(tr("问题已销号，不能再附加材料。"));
    EvidenceFile f;
    f.problemId = problemId;
    f.stage = stage;
    f.fileName = name;
    f.size = content.size();
    f.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    f.addedAt = QDateTime::currentDateTimeUtc();
    f.addedBy = by.trimmed();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO problem_evidence (problem_id, stage, file_name, size, sha256, content, added_at, added_by) "
                             "VALUES (?,?,?,?,?,?,?,?) RETURNING id"));
    q.addBindValue(problemId);
    q.addBindValue(stageKey(stage));
    q.addBindValue(f.fileName);
    q.addBindValue(f.size);
    q.addBindValue(f.sha256);
    // An empty QByteArray would bind as NULL; the column holds an empty blob instead.
    q.addBindValue(content.isNull() ? QByteArray("") : content);
    q.addBindValue(f.addedAt.toString(Qt::ISODateWithMs));
    SqlValues::bind(q, f.addedBy);
    if (!q.exec())
        return Status::failure(tr("无法保存佐证材料 %1：%2").arg(name, q.lastError().text()));
    f.id = SqlValues::returnedId(q);
    Status s = tx.commit();
    if (s && added)
        *added = f;
    return s;
}

Status EvidenceRepository::addFile(qint64 problemId, EvidenceFile::Stage stage, const QString &path, const QString &by,
                                   EvidenceFile *added)
{
    QByteArray content;
    const Status read = InputFile::read(path, EvidenceFile::kMaxSize, &content);
    return read ? add(problemId, stage, path, content, by, added) : read;
}

Status EvidenceRepository::content(qint64 evidenceId, QByteArray *content) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT file_name, sha256, content FROM problem_evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    if (!q.exec() || !q.next())
        return Status::failure(tr("找不到该佐证材料。"));
    const QByteArray bytes = q.value(2).toByteArray();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (sha != q.value(1).toString())
        return Status::failure(tr("佐证材料 %1 的内容与登记时的校验值不符，文件可能已损坏。").arg(q.value(0).toString()));
    *content = bytes;
    return Status::success();
}

Status EvidenceRepository::remove(qint64 evidenceId)
{
    Transaction tx(m_db);
    const QString state = problemStateOf(
        m_db.connection(), QStringLiteral("id = (SELECT problem_id FROM problem_evidence WHERE id = ?)"), evidenceId);
    if (state == QLatin1String("closed"))
        return Status::failure(tr("问题已销号，不能删除其佐证材料。"));
    Status s = LedgerSql::remove(m_db.connection(), QStringLiteral("problem_evidence"), evidenceId, tr("佐证材料"));
    if (!s)
        return s;
    return tx.commit();
}

} // namespace qf
