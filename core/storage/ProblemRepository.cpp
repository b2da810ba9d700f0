// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemRepository.h"

#include "Database.h"
#include "LedgerSql.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

const char kTable[] = "problem";

Problem readProblem(const QSqlQuery &q)
{
    Problem p;
    p.id = q.value(0).toLongLong();
    p.campaignId = q.value(1).toLongLong();
    p.institutionId = q.value(2).toLongLong();
    p.source = problemSources().fromKey(q.value(3).toString()).value_or(ProblemSource::SelfCheck);
    p.foundOn = SqlValues::toDate(q.value(4));
    p.foundBy = q.value(5).toString();
    p.description = q.value(6).toString();
    p.responsible = q.value(7).toString();
    p.deadline = SqlValues::toDate(q.value(8));
    p.measures = q.value(9).toString();
    p.state = problemStates().fromKey(q.value(10).toString()).value_or(ProblemState::Found);
    p.note = q.value(11).toString();
    p.createdAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    p.updatedAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
    return p;
}

QList<Problem> select(QSqlDatabase db, const QString &where, const QVariant &bind, Status *status)
{
    return LedgerSql::selectWithSteps<Problem>(
        db, QLatin1String(kTable),
        QStringLiteral("SELECT id, campaign_id, institution_id, source, found_on, found_by, description, responsible, "
                       "deadline, measures, state, note, created_at, updated_at FROM problem WHERE %1 "
                       "ORDER BY found_on, id"),
        where, bind, readProblem,
        [](const QString &key) { return problemStates().fromKey(key).value_or(ProblemState::Found); },
        ProblemRepository::tr("问题清单"), status);
}

} // namespace

QList<Problem> ProblemRepository::list(qint64 campaignId, Status *status) const
{
    return select(m_db.connection(), QStringLiteral("campaign_id = ?"), campaignId, status);
}

std::optional<Problem> ProblemRepository::find(qint64 id) const
{
    const QList<Problem> found = select(m_db.connection(), QStringLiteral("id = ?"), id, nullptr);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Status ProblemRepository::write(Problem &p)
{
    Status s = p.validate();
    if (!s)
        return s;
    QSqlDatabase db = m_db.connection();
    const bool inserting = p.id == 0;
    if (!inserting) {
        const QString stored = LedgerSql::storedState(db, QLatin1String(kTable), p.id);
        if (stored == problemStates().key(ProblemState::Closed))
            return Status::failure(tr("问题已销号，不能再修改。"));
    }
    QStringList columns{QStringLiteral("campaign_id"), QStringLiteral("institution_id"), QStringLiteral("source"),
                        QStringLiteral("found_on"), QStringLiteral("found_by"), QStringLiteral("description"),
                        QStringLiteral("responsible"), QStringLiteral("deadline"), QStringLiteral("measures"),
                        QStringLiteral("note")};
    QVariantList values{p.campaignId, p.institutionId, problemSources().key(p.source), SqlValues::fromDate(p.foundOn),
                        p.foundBy.trimmed(), p.description.trimmed(), p.responsible.trimmed(),
                        SqlValues::fromDate(p.deadline), p.measures.trimmed(), p.note.trimmed()};
    if (inserting) {
        columns << QStringLiteral("state");
        values << problemStates().key(p.state);
    }
    s = LedgerSql::upsert(db, QLatin1String(kTable), columns, values, &p.id, &p.updatedAt, tr("问题"));
    if (!s || !inserting)
        return s;
    for (const Problem::Step &step : p.steps) {
        s = LedgerSql::addStep(db, QStringLiteral("problem_step"), QStringLiteral("problem_id"), p.id,
                               problemStates().key(step.from), problemStates().key(step.to), step.on, step.by, step.note,
                               step.recordedAt);
        if (!s)
            return s;
    }
    return s;
}

Status ProblemRepository::save(Problem &problem)
{
    QList<Problem> one{problem};
    Status s = saveAll(one);
    if (s)
        problem = one.first();
    return s;
}

Status ProblemRepository::saveAll(QList<Problem> &problems)
{
    QList<Problem> written = problems;
    Transaction tx(m_db);
    for (Problem &p : written) {
        Status s = write(p);
        if (!s)
            return s;
    }
    Status s = tx.commit();
    if (s)
        problems = written;
    return s;
}

Status ProblemRepository::transition(qint64 id, ProblemState to, const QDate &on, const QString &by, const QString &note,
                                     const QDate &today)
{
    Transaction tx(m_db);
    auto p = find(id);
    if (!p)
        return Status::failure(tr("找不到该问题（可能已被删除）。"));
    const ProblemState from = p->state;
    Status s = ProblemWorkflow::apply(*p, to, on, by, note, today);
    if (!s)
        return s;
    const Problem::Step &step = p->steps.last();
    s = LedgerSql::addStep(m_db.connection(), QStringLiteral("problem_step"), QStringLiteral("problem_id"), id,
                           problemStates().key(from), problemStates().key(to), step.on, step.by, step.note, step.recordedAt);
    if (!s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE problem SET state = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(problemStates().key(to));
    q.addBindValue(LedgerSql::stampAfter(p->updatedAt));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(tr("无法保存问题的状态：%1").arg(LedgerSql::errorText(q.lastError())));
    return tx.commit();
}

Status ProblemRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    const QString stored = LedgerSql::storedState(m_db.connection(), QLatin1String(kTable), id);
    if (stored == problemStates().key(ProblemState::Closed))
        return Status::failure(tr("问题已销号，不能删除。"));
    Status s = LedgerSql::remove(m_db.connection(), QLatin1String(kTable), id, tr("问题"));
    if (!s)
        return s;
    return tx.commit();
}

} // namespace qf
