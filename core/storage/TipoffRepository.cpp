// SPDX-License-Identifier: GPL-3.0-or-later
#include "TipoffRepository.h"

#include "Database.h"
#include "LedgerSql.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

const char kTable[] = "tipoff";

Tipoff readTipoff(const QSqlQuery &q)
{
    Tipoff t;
    t.id = q.value(0).toLongLong();
    t.campaignId = q.value(1).toLongLong();
    t.receivedOn = SqlValues::toDate(q.value(2));
    t.channel = tipoffChannels().fromKey(q.value(3).toString()).value_or(TipoffChannel::Other);
    t.institutionId = q.value(4).toLongLong();
    t.summary = q.value(5).toString();
    t.handler = q.value(6).toString();
    t.state = tipoffStates().fromKey(q.value(7).toString()).value_or(TipoffState::Registered);
    t.conclusion = tipoffConclusions().fromKey(q.value(8).toString()).value_or(TipoffConclusion::None);
    t.result = q.value(9).toString();
    t.note = q.value(10).toString();
    t.createdAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    t.updatedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    return t;
}

// Reads only the tipoff table and its steps: the reporter is not in reach here.
QList<Tipoff> select(QSqlDatabase db, const QString &where, const QVariant &bind, Status *status)
{
    return LedgerSql::selectWithSteps<Tipoff>(
        db, QLatin1String(kTable),
        QStringLiteral("SELECT id, campaign_id, received_on, channel, institution_id, summary, handler, state, "
                       "conclusion, result, note, created_at, updated_at FROM tipoff WHERE %1 "
                       "ORDER BY received_on, id"),
        where, bind, readTipoff,
        [](const QString &key) { return tipoffStates().fromKey(key).value_or(TipoffState::Registered); },
        TipoffRepository::tr("线索台账"), status);
}

} // namespace

QList<Tipoff> TipoffRepository::list(qint64 campaignId, Status *status) const
{
    return select(m_db.connection(), QStringLiteral("campaign_id = ?"), campaignId, status);
}

std::optional<Tipoff> TipoffRepository::find(qint64 id) const
{
    const QList<Tipoff> found = select(m_db.connection(), QStringLiteral("id = ?"), id, nullptr);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Status TipoffRepository::write(Tipoff &t)
{
    Status s = t.validate();
    if (!s)
        return s;
    QSqlDatabase db = m_db.connection();
    const bool inserting = t.id == 0;
    if (!inserting && LedgerSql::storedState(db, QLatin1String(kTable), t.id) == tipoffStates().key(TipoffState::Closed))
        return Status::failure(tr("线索已销号，不能再修改。"));
    QStringList columns{QStringLiteral("campaign_id"), QStringLiteral("received_on"), QStringLiteral("channel"),
                        QStringLiteral("institution_id"), QStringLiteral("summary"), QStringLiteral("handler"),
                        QStringLiteral("conclusion"), QStringLiteral("result"), QStringLiteral("note")};
    QVariantList values{t.campaignId, SqlValues::fromDate(t.receivedOn), tipoffChannels().key(t.channel),
                        LedgerSql::idOrNull(t.institutionId), t.summary.trimmed(), t.handler.trimmed(),
                        tipoffConclusions().key(t.conclusion), t.result.trimmed(), t.note.trimmed()};
    if (inserting) {
        columns << QStringLiteral("state");
        values << tipoffStates().key(t.state);
    }
    s = LedgerSql::upsert(db, QLatin1String(kTable), columns, values, &t.id, &t.updatedAt, tr("线索"));
    if (!s || !inserting)
        return s;
    for (const Tipoff::Step &step : t.steps) {
        s = LedgerSql::addStep(db, QStringLiteral("tipoff_step"), QStringLiteral("tipoff_id"), t.id,
                               tipoffStates().key(step.from), tipoffStates().key(step.to), step.on, step.by, step.note,
                               step.recordedAt);
        if (!s)
            return s;
    }
    return s;
}

Status TipoffRepository::save(Tipoff &tipoff)
{
    QList<Tipoff> one{tipoff};
    Status s = saveAll(one);
    if (s)
        tipoff = one.first();
    return s;
}

Status TipoffRepository::saveAll(QList<Tipoff> &tipoffs, const QList<TipoffReporter> &reporters)
{
    QList<Tipoff> written = tipoffs;
    Transaction tx(m_db);
    for (int i = 0; i < written.size(); ++i) {
        Status s = write(written[i]);
        if (s && i < reporters.size() && !reporters.at(i).isEmpty())
            s = writeReporter(written.at(i).id, reporters.at(i));
        if (!s)
            return s;
    }
    Status s = tx.commit();
    if (s)
        tipoffs = written;
    return s;
}

Status TipoffRepository::transition(qint64 id, TipoffState to, const QDate &on, const QString &by, const QString &note,
                                    const QDate &today)
{
    Transaction tx(m_db);
    auto t = find(id);
    if (!t)
        return Status::failure(tr("找不到该线索（可能已被删除）。"));
    const TipoffState from = t->state;
    Status s = TipoffWorkflow::apply(*t, to, on, by, note, today);
    if (!s)
        return s;
    const Tipoff::Step &step = t->steps.last();
    s = LedgerSql::addStep(m_db.connection(), QStringLiteral("tipoff_step"), QStringLiteral("tipoff_id"), id,
                           tipoffStates().key(from), tipoffStates().key(to), step.on, step.by, step.note, step.recordedAt);
    if (!s)
        return s;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE tipoff SET state = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(tipoffStates().key(to));
    q.addBindValue(LedgerSql::stampAfter(t->updatedAt));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(tr("无法保存线索的状态：%1").arg(LedgerSql::errorText(q.lastError())));
    return tx.commit();
}

Status TipoffRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    if (LedgerSql::storedState(m_db.connection(), QLatin1String(kTable), id) == tipoffStates().key(TipoffState::Closed))
        return Status::failure(tr("线索已销号，不能删除。"));
    Status s = LedgerSql::remove(m_db.connection(), QLatin1String(kTable), id, tr("线索"));
    if (!s)
        return s;
    return tx.commit();
}

TipoffReporter TipoffRepository::reporter(qint64 tipoffId) const
{
    TipoffReporter r;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT anonymous, name, contact, note FROM tipoff_reporter WHERE tipoff_id = ?"));
    q.addBindValue(tipoffId);
    if (q.exec() && q.next()) {
        r.anonymous = q.value(0).toInt() != 0;
        r.name = q.value(1).toString();
        r.contact = q.value(2).toString();
        r.note = q.value(3).toString();
    }
    return r;
}

Status TipoffRepository::writeReporter(qint64 tipoffId, const TipoffReporter &r)
{
    Status s = r.validate();
    if (!s)
        return s;
    QSqlQuery q(m_db.connection());
    if (r.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM tipoff_reporter WHERE tipoff_id = ?"));
        q.addBindValue(tipoffId);
    } else {
        q.prepare(QStringLiteral("INSERT INTO tipoff_reporter (tipoff_id, anonymous, name, contact, note) VALUES (?,?,?,?,?) "
                                 "ON CONFLICT (tipoff_id) DO UPDATE SET anonymous = excluded.anonymous, "
                                 "name = excluded.name, contact = excluded.contact, note = excluded.note"));
        for (const QVariant &v : {QVariant(tipoffId), LedgerSql::flag(r.anonymous), QVariant(r.name.trimmed()),
                                  QVariant(r.contact.trimmed()), QVariant(r.note.trimmed())})
            SqlValues::bind(q, v);
    }
    if (!q.exec())
        return Status::failure(tr("无法保存举报人信息：%1").arg(LedgerSql::errorText(q.lastError())));
    return Status::success();
}

Status TipoffRepository::setReporter(qint64 tipoffId, const TipoffReporter &reporter)
{
    Transaction tx(m_db);
    if (LedgerSql::storedState(m_db.connection(), QLatin1String(kTable), tipoffId).isEmpty())
        return Status::failure(tr("找不到该线索（可能已被删除）。"));
    Status s = writeReporter(tipoffId, reporter);
    if (!s)
        return s;
    return tx.commit();
}

} // namespace qf
