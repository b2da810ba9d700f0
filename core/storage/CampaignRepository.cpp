// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignRepository.h"

#include "Database.h"
#include "ReadError.h"
#include "SqlValues.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace qf {

namespace {

const char kColumns[] = "id, title, doc_number, issuing_body, county, city, year, start_date, end_date, notice_date, "
                        "addressees, notice_body, bureau_phone, bureau_email, city_phone, city_email, template_name, demo";

Campaign fromQuery(const QSqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.docNumber = q.value(2).toString();
    c.issuingBody = q.value(3).toString();
    c.county = q.value(4).toString();
    c.city = q.value(5).toString();
    c.year = q.value(6).toInt();
    c.start = SqlValues::toDate(q.value(7));
    c.end = SqlValues::toDate(q.value(8));
    c.noticeDate = SqlValues::toDate(q.value(9));
    c.addressees = q.value(10).toString();
    c.noticeBody = q.value(11).toString();
    c.bureauPhone = q.value(12).toString();
    c.bureauEmail = q.value(13).toString();
    c.cityPhone = q.value(14).toString();
    c.cityEmail = q.value(15).toString();
    c.templateName = q.value(16).toString();
    c.demo = q.value(17).toInt() != 0;
    return c;
}

Status failed(const QSqlQuery &q)
{
    return Status::failure(CampaignRepository::tr("无法保存专项整治：%1").arg(q.lastError().text()));
}

} // namespace

QList<Campaign> CampaignRepository::list(Status *status) const
{
    QList<Campaign> result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM campaign ORDER BY created_at DESC, id DESC").arg(QLatin1String(kColumns)))) {
        ReadError::report(tr("专项整治列表"), q.lastError(), status);
        return result;
    }
    while (q.next())
        result << fromQuery(q);
    return result;
}

qint64 CampaignRepository::latestId(Status *status) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM campaign ORDER BY created_at DESC, id DESC LIMIT 1"))) {
        ReadError::report(tr("专项整治列表"), q.lastError(), status);
        return 0;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<Campaign> CampaignRepository::load(qint64 id, Status *status) const
{
    // A campaign read in part (its deadlines lost on the way) would show as one that owes
    // nothing: any failed read gives no campaign and says what could not be read.
    const auto unread = [status](const QSqlQuery &query) {
        ReadError::report(tr("专项整治"), query.lastError(), status);
        return std::nullopt;
    };
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    const bool qPrepared = q.prepare(QStringLiteral("SELECT %1 FROM campaign WHERE id = ?").arg(QLatin1String(kColumns)));
    SqlValues::bind(q, id);
    if (!qPrepared || !q.exec())
        return unread(q);
    if (!q.next())
        return std::nullopt;
    Campaign c = fromQuery(q);

    QSqlQuery o(db);
    const bool oPrepared = o.prepare(QStringLiteral("SELECT id, name, email, phone FROM office WHERE campaign_id = ? ORDER BY seq"));
    SqlValues::bind(o, id);
    if (!oPrepared || !o.exec())
        return unread(o);
    while (o.next())
        c.offices << Office{o.value(0).toLongLong(), o.value(1).toString(), o.value(2).toString(), o.value(3).toString()};

    QSqlQuery p(db);
    const bool pPrepared = p.prepare(QStringLiteral("SELECT id, name, start_date, end_date, description FROM phase WHERE campaign_id = ? ORDER BY seq"));
    SqlValues::bind(p, id);
    if (!pPrepared || !p.exec())
        return unread(p);
    while (p.next())
        c.phases << Phase{p.value(0).toLongLong(), p.value(1).toString(), SqlValues::toDate(p.value(2)),
                          SqlValues::toDate(p.value(3)), p.value(4).toString()};

    QSqlQuery d(db);
    const bool dPrepared = d.prepare(QStringLiteral("SELECT id, title, deliverable, reporter, reporter_office, recipient_office, recurrence, "
                                                    "day_of_month, first_period, last_period, due_date FROM deadline "
                                                    "WHERE campaign_id = ? ORDER BY seq"));
    SqlValues::bind(d, id);
    if (!dPrepared || !d.exec())
        return unread(d);
    while (d.next()) {
        Deadline dl;
        dl.id = d.value(0).toLongLong();
        dl.title = d.value(1).toString();
        dl.deliverable = Deliverable(d.value(2).toInt());
        dl.reporter = d.value(3).toString() == QLatin1String("office") ? Reporter::Office : Reporter::Institutions;
        dl.reporterOffice = d.value(4).toString();
        dl.recipientOffice = d.value(5).toString();
        dl.recurrence = d.value(6).toString() == QLatin1String("once") ? Deadline::Recurrence::Once
                                                                       : Deadline::Recurrence::Monthly;
        dl.dayOfMonth = d.value(7).toInt();
        dl.firstPeriod = SqlValues::toPeriod(d.value(8));
        dl.lastPeriod = SqlValues::toPeriod(d.value(9));
        dl.dueDate = SqlValues::toDate(d.value(10));
        c.deadlines << dl;
    }
    return c;
}

Status CampaignRepository::save(Campaign &c)
{
    Status valid = c.validate();
    if (!valid)
        return valid;
    // Ids are handed back only when the whole campaign is stored.
    Campaign written = c;
    Transaction tx(m_db);
    Status s = write(written);
    if (s)
        s = tx.commit();
    if (s)
        c = written;
    return s;
}

Status CampaignRepository::write(Campaign &c)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery q(db);
    if (c.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO campaign (title, doc_number, issuing_body, county, city, year, start_date, end_date, "
            "notice_date, addressees, notice_body, bureau_phone, bureau_email, city_phone, city_email, template_name, "
            "demo, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE campaign SET title=?, doc_number=?, issuing_body=?, county=?, city=?, year=?, start_date=?, "
            "end_date=?, notice_date=?, addressees=?, notice_body=?, bureau_phone=?, bureau_email=?, city_phone=?, "
            "city_email=?, template_name=?, demo=? WHERE id=?"));
    }
    for (const QVariant &v : {QVariant(c.title), QVariant(c.docNumber), QVariant(c.issuingBody), QVariant(c.county),
                              QVariant(c.city), QVariant(c.year), SqlValues::fromDate(c.start),
                              SqlValues::fromDate(c.end), SqlValues::fromDate(c.noticeDate), QVariant(c.addressees),
                              QVariant(c.noticeBody), QVariant(c.bureauPhone), QVariant(c.bureauEmail),
                              QVariant(c.cityPhone), QVariant(c.cityEmail), QVariant(c.templateName),
                              QVariant(c.demo ? 1 : 0)})
        SqlValues::bind(q, v);
    if (c.id == 0)
        SqlValues::bind(q, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    else
        SqlValues::bind(q, c.id);
    if (!q.exec())
        return failed(q);
    if (c.id == 0)
        c.id = SqlValues::returnedId(q);

    for (const char *table : {"office", "phase", "deadline"}) {
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE campaign_id = ?").arg(QLatin1String(table)));
        SqlValues::bind(del, c.id);
        if (!del.exec())
            return failed(del);
    }

    int seq = 0;
    for (Office &o : c.offices) {
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO office (campaign_id, seq, name, email, phone) VALUES (?,?,?,?,?) RETURNING id"));
        for (const QVariant &v : {QVariant(c.id), QVariant(seq++), QVariant(o.name), QVariant(o.email), QVariant(o.phone)})
            SqlValues::bind(ins, v);
        if (!ins.exec())
            return failed(ins);
        o.id = SqlValues::returnedId(ins);
    }
    seq = 0;
    for (Phase &p : c.phases) {
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO phase (campaign_id, seq, name, start_date, end_date, description) "
                                   "VALUES (?,?,?,?,?,?) RETURNING id"));
        for (const QVariant &v : {QVariant(c.id), QVariant(seq++), QVariant(p.name), SqlValues::fromDate(p.start),
                                  SqlValues::fromDate(p.end), QVariant(p.description)})
            SqlValues::bind(ins, v);
        if (!ins.exec())
            return failed(ins);
        p.id = SqlValues::returnedId(ins);
    }
    seq = 0;
    for (Deadline &d : c.deadlines) {
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO deadline (campaign_id, seq, title, deliverable, reporter, reporter_office, "
                                   "recipient_office, recurrence, day_of_month, first_period, last_period, due_date) "
                                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
        const bool monthly = d.recurrence == Deadline::Recurrence::Monthly;
        for (const QVariant &v :
             {QVariant(c.id), QVariant(seq++), QVariant(d.title), QVariant(int(d.deliverable)),
              QVariant(d.reporter == Reporter::Office ? QStringLiteral("office") : QStringLiteral("institutions")),
              QVariant(d.reporterOffice), QVariant(d.recipientOffice),
              QVariant(monthly ? QStringLiteral("monthly") : QStringLiteral("once")),
              monthly ? QVariant(d.dayOfMonth) : QVariant(), SqlValues::fromPeriod(d.firstPeriod),
              SqlValues::fromPeriod(d.lastPeriod), SqlValues::fromDate(d.dueDate)})
            SqlValues::bind(ins, v);
        if (!ins.exec())
            return failed(ins);
        d.id = SqlValues::returnedId(ins);
    }
    return Status::success();
}

Status CampaignRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM campaign WHERE id = ?"));
    SqlValues::bind(q, id);
    if (!q.exec())
        return Status::failure(tr("无法删除专项整治：%1").arg(q.lastError().text()));
    return tx.commit();
}

} // namespace qf
