// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstitutionRepository.h"

#include "Database.h"
#include "ReadError.h"
#include "SqlValues.h"
#include "SqliteError.h"
#include "model/NameKey.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace qf {

namespace {

const char kColumns[] = "id, name, short_name, ownership, level, contracted, kind, township, report_phone, "
                        "report_email, contact_person, active, active_from, active_until, demo, contact_phone";

Institution fromQuery(const QSqlQuery &q)
{
    Institution i;
    i.id = q.value(0).toLongLong();
    i.name = q.value(1).toString();
    i.shortName = q.value(2).toString();
    i.ownership = q.value(3).toString() == QLatin1String("private") ? Ownership::Private : Ownership::Public;
    switch (q.value(4).toInt()) {
    case 3: i.level = Level::Tertiary; break;
    case 2: i.level = Level::Secondary; break;
    default: i.level = Level::PrimaryOrBelow; break;
    }
    i.contracted = q.value(5).toInt() != 0;
    i.kind = q.value(6).toString() == QLatin1String("pharmacy") ? InstitutionKind::Pharmacy : InstitutionKind::Medical;
    i.township = q.value(7).toString();
    i.reportPhone = q.value(8).toString();
    i.reportEmail = q.value(9).toString();
    i.contactPerson = q.value(10).toString();
    i.active = q.value(11).toInt() != 0;
    i.activeFrom = SqlValues::toDate(q.value(12));
    i.activeUntil = SqlValues::toDate(q.value(13));
    i.demo = q.value(14).toInt() != 0;
    i.contactPhone = q.value(15).toString();
    return i;
}

int levelNumber(Level l)
{
    switch (l) {
    case Level::Tertiary: return 3;
    case Level::Secondary: return 2;
    case Level::PrimaryOrBelow: break;
    }
    return 1;
}

} // namespace

QList<Institution> InstitutionRepository::all(Status *status) const
{
    QList<Institution> result;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM institution ORDER BY id").arg(QLatin1String(kColumns)))) {
        ReadError::report(tr("机构名册"), q.lastError(), status);
        return result;
    }
    while (q.next())
        result << fromQuery(q);
    return result;
}

std::optional<Institution> InstitutionRepository::find(qint64 id, Status *status) const
{
    QSqlQuery q(m_db.connection());
    const bool qPrepared = q.prepare(QStringLiteral("SELECT %1 FROM institution WHERE id = ?").arg(QLatin1String(kColumns)));
    SqlValues::bind(q, id);
    if (!qPrepared || !q.exec()) {
        ReadError::report(tr("机构名册"), q.lastError(), status);
        return std::nullopt;
    }
    if (q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<Institution> InstitutionRepository::findByName(const QString &name, Status *status) const
{
    // The exact name first; then a name that differs only in invisible marks, width or
    // spacing (NameKey), which is the same institution to a reader.
    QSqlQuery q(m_db.connection());
    const bool qPrepared = q.prepare(QStringLiteral("SELECT %1 FROM institution WHERE name = ?").arg(QLatin1String(kColumns)));
    SqlValues::bind(q, name.trimmed());
    if (!qPrepared || !q.exec()) {
        ReadError::report(tr("机构名册"), q.lastError(), status);
        return std::nullopt;
    }
    if (q.next())
        return fromQuery(q);
    Status keysRead;
    const NameKeys keys = nameKeys(&keysRead);
    if (!keysRead) {
        if (status)
            status->add(keysRead);
        return std::nullopt;
    }
    const auto same = keys.constFind(NameKey::of(name));
    return same == keys.constEnd() ? std::nullopt : find(same->first, status);
}

InstitutionRepository::NameKeys InstitutionRepository::nameKeys(Status *status) const
{
    NameKeys keys;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, name FROM institution ORDER BY id"))) {
        ReadError::report(tr("机构名册"), q.lastError(), status);
        return keys;
    }
    while (q.next())
        keys.insert(NameKey::of(q.value(1).toString()), {q.value(0).toLongLong(), q.value(1).toString()});
    return keys;
}

int InstitutionRepository::count(Status *status) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM institution"))) {
        ReadError::report(tr("机构名册"), q.lastError(), status);
        return 0;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Status InstitutionRepository::saveOne(Institution &i, NameKeys &keys)
{
    Status valid = i.validate();
    if (!valid)
        return Status::failure(tr("机构“%1”：%2").arg(i.name, valid.messages().join(QLatin1Char(' '))));
    // The UNIQUE constraint sees only exact names; a look-alike is a duplicate too.
    const QString key = NameKey::of(i.name);
    if (const auto same = keys.constFind(key); same != keys.constEnd() && same->first != i.id)
        return Status::failure(tr("已有名为“%1”的机构。").arg(same->second));
    // A renamed institution no longer owns its old key: found by its stored name, in one
    // look-up rather than a pass over every key (an import of 10,000 rows stays linear).
    QString oldKey;
    QVariant oldOpened;
    if (i.id != 0) {
        QSqlQuery old(m_db.connection());
        old.prepare(QStringLiteral("SELECT name, active_from FROM institution WHERE id = ?"));
        SqlValues::bind(old, i.id);
        if (old.exec() && old.next()) {
            oldKey = NameKey::of(old.value(0).toString());
            oldOpened = old.value(1);
        }
    }
    // A unit is on a month's forms only from the month it opened: a new opening day after
    // a month it has reported would take those reports off the forms without a word.
    if (i.id != 0 && i.activeFrom.isValid() && SqlValues::fromDate(i.activeFrom).toString() != oldOpened.toString()) {
        QSqlQuery filed(m_db.connection());
        filed.prepare(QStringLiteral("SELECT min(period) FROM report WHERE institution_id = ?"));
        SqlValues::bind(filed, i.id);
        if (!filed.exec())
            return Status::failure(tr("无法保存机构“%1”：%2").arg(i.name, filed.lastError().text()));
        const YearMonth first = filed.next() ? YearMonth::parse(filed.value(0).toString()) : YearMonth();
        if (first.isValid() && first < YearMonth::fromDate(i.activeFrom))
            return Status::failure(tr("机构“%1”已有%2的报表，开业日期不能晚于那个月（填的是 %3），否则那些报表将不再计入汇总。"
                                      "请核对开业日期，或先删除那些报表。")
                                       .arg(i.name, first.toChinese(), i.activeFrom.toString(Qt::ISODate)));
    }
    QSqlQuery q(m_db.connection());
    if (i.id == 0) {
        q.prepare(QStringLiteral(
            "INSERT INTO institution (name, short_name, ownership, level, contracted, kind, township, report_phone, "
            "report_email, contact_person, active, active_from, active_until, demo, contact_phone) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE institution SET name=?, short_name=?, ownership=?, level=?, contracted=?, kind=?, township=?, "
            "report_phone=?, report_email=?, contact_person=?, active=?, active_from=?, active_until=?, demo=?, "
            "contact_phone=? WHERE id=?"));
    }
    SqlValues::bind(q, i.name.trimmed());
    SqlValues::bind(q, i.shortName.trimmed());
    SqlValues::bind(q, i.ownership == Ownership::Private ? QStringLiteral("private") : QStringLiteral("public"));
    SqlValues::bind(q, levelNumber(i.level));
    SqlValues::bind(q, i.contracted ? 1 : 0);
    SqlValues::bind(q, i.kind == InstitutionKind::Pharmacy ? QStringLiteral("pharmacy") : QStringLiteral("medical"));
    SqlValues::bind(q, i.township.trimmed());
    SqlValues::bind(q, i.reportPhone.trimmed());
    SqlValues::bind(q, i.reportEmail.trimmed());
    SqlValues::bind(q, i.contactPerson.trimmed());
    SqlValues::bind(q, i.active ? 1 : 0);
    SqlValues::bind(q, SqlValues::fromDate(i.activeFrom));
    SqlValues::bind(q, SqlValues::fromDate(i.activeUntil));
    SqlValues::bind(q, i.demo ? 1 : 0);
    SqlValues::bind(q, i.contactPhone.trimmed());
    if (i.id != 0)
        SqlValues::bind(q, i.id);
    if (!q.exec()) {
        const QString err = m_db.isServer() ? q.lastError().text() : SqliteError::reason(q.lastError());
        if (SqlValues::isUniqueViolation(q.lastError()))
            return Status::failure(tr("已有名为“%1”的机构。").arg(i.name));
        return Status::failure(tr("无法保存机构“%1”：%2").arg(i.name, err));
    }
    if (i.id == 0)
        i.id = SqlValues::returnedId(q);
    if (const auto owner = keys.constFind(oldKey); !oldKey.isEmpty() && owner != keys.constEnd() && owner->first == i.id)
        keys.remove(oldKey);
    keys.insert(key, {i.id, i.name.trimmed()});
    return Status::success();
}

Status InstitutionRepository::save(Institution &institution)
{
    Transaction tx(m_db);
    Status s;
    // Without the stored names a look-alike could not be refused: nothing is written.
    NameKeys keys = nameKeys(&s);
    if (!s)
        return s;
    s = saveOne(institution, keys);
    if (!s)
        return s;
    return tx.commit();
}

Status InstitutionRepository::saveAll(QList<Institution> &institutions)
{
    // On failure nothing is stored, so the caller gets its list back as it was.
    const QList<Institution> original = institutions;
    Transaction tx(m_db);
    Status s;
    NameKeys keys = nameKeys(&s);
    if (!s)
        return s;
    for (Institution &i : institutions) {
        // Matched by the exact name only: a look-alike of a stored name is refused as a
        // duplicate by saveOne rather than silently renaming the stored institution.
        if (i.id == 0) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT id FROM institution WHERE name = ?"));
            SqlValues::bind(q, i.name.trimmed());
            if (q.exec() && q.next())
                i.id = q.value(0).toLongLong();
        }
        s = saveOne(i, keys);
        if (!s)
            break;
    }
    if (s)
        s = tx.commit();
    if (!s)
        institutions = original;
    return s;
}

Status InstitutionRepository::setActive(qint64 id, bool active, const QDate &since)
{
    auto existing = find(id);
    if (!existing)
        return Status::failure(tr("找不到编号为 %1 的机构。").arg(id));
    existing->active = active;
    if (!active)
        existing->activeUntil = since.isValid() ? since : QDate::currentDate();
    else
        existing->activeUntil = QDate();
    return save(*existing);
}

} // namespace qf
