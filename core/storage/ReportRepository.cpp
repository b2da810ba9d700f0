// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRepository.h"

#include "Database.h"
#include "ReadError.h"
#include "SqlValues.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace qf {

QList<Report> ReportRepository::select(const QString &where, const QVariantList &binds, Status *status) const
{
    QList<Report> reports = selectReports(where, binds, status);
    if (!attachFigures(reports, where, binds, status))
        return {};
    return reports;
}

QList<Report> ReportRepository::selectReports(const QString &where, const QVariantList &binds, Status *status) const
{
    QList<Report> reports;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool qPrepared = q.prepare(QStringLiteral("SELECT id, campaign_id, form, unit_key, period, submitted_on, source, source_file, updated_at, version "
                                                    "FROM report WHERE %1 ORDER BY period, form, unit_key").arg(where));
    for (const QVariant &b : binds)
        SqlValues::bind(q, b);
    if (!qPrepared || !q.exec()) {
        ReadError::report(tr("报表"), q.lastError(), status);
        return reports;
    }
    while (q.next()) {
        Report r;
        r.id = q.value(0).toLongLong();
        r.campaignId = q.value(1).toLongLong();
        r.form = q.value(2).toInt();
        r.unitKey = q.value(3).toString();
        r.period = SqlValues::toPeriod(q.value(4));
        r.submittedOn = SqlValues::toDate(q.value(5));
        r.source = reportSourceFromKey(q.value(6).toString());
        r.sourceFile = q.value(7).toString();
        r.updatedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        r.version = q.value(9).toInt();
        reports << r;
    }
    return reports;
}

bool ReportRepository::attachFigures(QList<Report> &reports, const QString &where, const QVariantList &binds,
                                     Status *status) const
{
    if (reports.isEmpty())
        return true;
    QHash<qint64, int> indexById;
    indexById.reserve(reports.size());
    for (int i = 0; i < reports.size(); ++i)
        indexById.insert(reports.at(i).id, i);
    QSqlQuery f(m_db.connection());
    f.setForwardOnly(true);
    const bool fPrepared = f.prepare(QStringLiteral("SELECT f.report_id, f.column_no, f.number, f.text FROM figure f "
                                                    "JOIN report ON report.id = f.report_id WHERE %1").arg(where));
    for (const QVariant &b : binds)
        SqlValues::bind(f, b);
    if (!fPrepared || !f.exec()) {
        ReadError::report(tr("报表数字"), f.lastError(), status);
        return false;
    }
    while (f.next()) {
        const auto it = indexById.constFind(f.value(0).toLongLong());
        if (it == indexById.constEnd())
            continue;
        Report &r = reports[*it];
        const int column = f.value(1).toInt();
        const QVariant number = f.value(2);
        if (!number.isNull())
            r.numbers.insert(column, number.toDouble());
        const QVariant text = f.value(3);
        if (!text.isNull())
            r.texts.insert(column, text.toString());
    }
    return true;
}

QList<Report> ReportRepository::upTo(qint64 campaignId, int form, const YearMonth &period, Status *status) const
{
    if (form == 0)
        return select(QStringLiteral("report.campaign_id = ? AND report.period <= ?"), {campaignId, period.toString()}, status);
    return select(QStringLiteral("report.campaign_id = ? AND report.form = ? AND report.period <= ?"),
                  {campaignId, form, period.toString()}, status);
}

QList<Report> ReportRepository::latestTwoUpTo(qint64 campaignId, int form, const YearMonth &period, Status *status) const
{
    // Counting the rows from each one to the unit's last, in the order of the unique index
    // (campaign, form, unit, month), ranks the reports without sorting them (on SQLite).
    const QString formFilter = form ? QStringLiteral(" AND report.form = ?") : QString();
    const QString ranked = QStringLiteral(
        "report.id IN (SELECT id FROM (SELECT id, COUNT(*) OVER (PARTITION BY form, unit_key ORDER BY period "
        "ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS n "
        "FROM report WHERE campaign_id = ? AND period <= ?%1) AS ranked WHERE n <= 2)")
                               .arg(form ? QStringLiteral(" AND form = ?") : QString());
    QVariantList binds{campaignId, period.toString()};
    if (form)
        binds << form;
    QList<Report> reports = selectReports(ranked, binds, status);
    if (reports.isEmpty())
        return reports;
    // Every report of the month and of the one before is among the two latest of its unit,
    // so their figures come by month range, without ranking the reports again; only the
    // older reports of units that skipped months need the ranking.
    const YearMonth recent = period.previous();
    QVariantList range{campaignId, recent.toString(), period.toString()};
    if (form)
        range << form;
    if (!attachFigures(reports, QStringLiteral("report.campaign_id = ? AND report.period >= ? AND report.period <= ?") + formFilter,
                       range, status))
        return {};
    const bool older = std::any_of(reports.cbegin(), reports.cend(), [&](const Report &r) { return r.period < recent; });
    if (older && !attachFigures(reports, ranked + QStringLiteral(" AND report.period < ?"), binds + QVariantList{recent.toString()},
                                status))
        return {};
    return reports;
}

QList<Report> ReportRepository::firstAfter(qint64 campaignId, const YearMonth &period, Status *status) const
{
    // The count from each unit's first report after the month, in the order of the unique
    // index, as latestTwoUpTo counts from its last.
    return select(QStringLiteral(
                      "report.id IN (SELECT id FROM (SELECT id, COUNT(*) OVER (PARTITION BY form, unit_key ORDER BY period "
                      "ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS n "
                      "FROM report WHERE campaign_id = ? AND period > ?) AS ranked WHERE n = 1)"),
                  {campaignId, period.toString()}, status);
}

QList<Report> ReportRepository::all(qint64 campaignId, Status *status) const
{
    return select(QStringLiteral("report.campaign_id = ?"), {campaignId}, status);
}

std::optional<Report> ReportRepository::find(qint64 campaignId, int form, const QString &unitKey,
                                             const YearMonth &period) const
{
    const QList<Report> found = select(
        QStringLiteral("report.campaign_id = ? AND report.form = ? AND report.unit_key = ? AND report.period = ?"),
        {campaignId, form, unitKey, period.toString()});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Status ReportRepository::write(Report &r)
{
    QSqlDatabase db = m_db.connection();
    if (r.form < 1 || r.form > 3 || !r.period.isValid() || r.unitKey.isEmpty())
        return Status::failure(tr("报表数据不完整（表%1，单位%2，月份%3）。").arg(r.form).arg(r.unitKey, r.period.toString()));
    r.updatedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO report (campaign_id, form, unit_key, institution_id, period, submitted_on, source, source_file, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT (campaign_id, form, unit_key, period) DO UPDATE SET submitted_on = excluded.submitted_on, "
        "source = excluded.source, source_file = excluded.source_file, updated_at = excluded.updated_at, "
        "version = report.version + 1 WHERE ? = 0 OR report.version = ? "
        "RETURNING id, version"));
    const qint64 institution = UnitKey::institutionId(r.unitKey);
    for (const QVariant &v : {QVariant(r.campaignId), QVariant(r.form), QVariant(r.unitKey),
                              institution ? QVariant(institution) : QVariant(), SqlValues::fromPeriod(r.period),
                              SqlValues::fromDate(r.submittedOn), QVariant(reportSourceKey(r.source)),
                              QVariant(r.sourceFile), QVariant(r.updatedAt.toString(Qt::ISODateWithMs)),
                              QVariant(r.optimistic ? 1 : 0), QVariant(r.version)})
        SqlValues::bind(q, v);
    if (!q.exec()) {
        if (SqlValues::isCarriedLockViolation(q.lastError()))
            return Status::failure(tr("附件%1 %2 的报表（%3）被其后一个已验收或已签发的月份沿用（该单位那个月没有单独报送），"
                                      "修改它会改变已锁定月份的数字。如需修改请先解锁那个月并说明理由。")
                                       .arg(r.form).arg(r.period.toChinese(), r.unitKey));
        if (SqlValues::isLockViolation(q.lastError()))
            return Status::failure(tr("附件%1 %2 的报表（%3）已审核锁定，如需修改请先解锁并说明理由。")
                                       .arg(r.form).arg(r.period.toChinese(), r.unitKey));
        return Status::failure(tr("无法保存%1的报表：%2").arg(r.unitKey, q.lastError().text()));
    }
    // No row back: the stored version moved on (or, read as missing, it was added since),
    // so the upsert's WHERE kept the other save.
    if (!q.next())
        return conflict(r);
    r.id = q.value(0).toLongLong();
    const int storedVersion = q.value(1).toInt();
    q.finish();
    r.version = storedVersion;

    // Touch only the figures that change, so the audit trail of a cell shows real edits,
    // not a delete and re-insert of every column on each save.
    struct Stored { QVariant number; QVariant text; };
    QHash<int, Stored> stored;
    {
        QSqlQuery existing(db);
        existing.prepare(QStringLiteral("SELECT column_no, number, text FROM figure WHERE report_id = ?"));
        existing.addBindValue(r.id);
        if (!existing.exec())
            return Status::failure(tr("无法读取报表数字：%1").arg(existing.lastError().text()));
        while (existing.next())
            stored.insert(existing.value(0).toInt(), Stored{existing.value(1), existing.value(2)});
    }
    QList<int> columns = r.numbers.keys();
    for (int c : r.texts.keys())
        if (!columns.contains(c))
            columns << c;

    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral("INSERT INTO figure (report_id, column_no, number, text) VALUES (?,?,?,?) "
                                  "ON CONFLICT (report_id, column_no) DO UPDATE SET number = excluded.number, text = excluded.text"));
    for (int column : columns) {
        const QVariant number = r.numbers.contains(column) ? QVariant(r.numbers.value(column)) : QVariant();
        const QVariant text = r.texts.contains(column) ? QVariant(r.texts.value(column)) : QVariant();
        const auto it = stored.constFind(column);
        if (it != stored.constEnd() && it->number.isNull() == number.isNull()
            && (number.isNull() || it->number.toDouble() == number.toDouble())
            && it->text.isNull() == text.isNull() && it->text.toString() == text.toString())
            continue;
        upsert.addBindValue(r.id);
        upsert.addBindValue(column);
        upsert.addBindValue(number);
        upsert.addBindValue(text);
        if (!upsert.exec())
            return Status::failure(tr("无法保存报表数字：%1").arg(upsert.lastError().text()));
    }
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM figure WHERE report_id = ? AND column_no = ?"));
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        if (columns.contains(it.key()))
            continue;
        del.addBindValue(r.id);
        del.addBindValue(it.key());
        if (!del.exec())
            return Status::failure(tr("无法保存报表数字：%1").arg(del.lastError().text()));
    }
    return Status::success();
}

Status ReportRepository::conflict(const Report &r) const
{
    QString unit = r.unitKey;
    if (const qint64 id = UnitKey::institutionId(r.unitKey)) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT name FROM institution WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next())
            unit = q.value(0).toString();
    }
    return Status::failure(tr("%1 %2 的附件%3 在您编辑期间已由他人保存，您的修改没有保存，也没有覆盖对方的数据。"
                              "请刷新（F5）后核对再录入。")
                               .arg(unit, r.period.toChinese()).arg(r.form));
}

Status ReportRepository::saveAll(QList<Report> &reports)
{
    QList<Report> written = reports;
    Transaction tx(m_db);
    for (Report &r : written) {
        Status s = write(r);
        if (!s)
            return s;
    }
    Status s = tx.commit();
    if (s)
        reports = written;
    return s;
}

Status ReportRepository::save(Report &report)
{
    QList<Report> one{report};
    Status s = saveAll(one);
    if (s)
        report = one.first();
    return s;
}

Status ReportRepository::remove(qint64 campaignId, int form, const QString &unitKey, const YearMonth &period)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM report WHERE campaign_id = ? AND form = ? AND unit_key = ? AND period = ?"));
    for (const QVariant &v : {QVariant(campaignId), QVariant(form), QVariant(unitKey), QVariant(period.toString())})
        SqlValues::bind(q, v);
    if (!q.exec())
        return Status::failure(tr("无法删除报表：%1").arg(q.lastError().text()));
    return tx.commit();
}

} // namespace qf
