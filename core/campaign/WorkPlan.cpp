// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkPlan.h"

#include "model/NameKey.h"

#include <QJsonArray>

namespace qf {

namespace {

const QList<std::pair<WorkPlan::Kind, QString>> &kinds()
{
    static const QList<std::pair<WorkPlan::Kind, QString>> list{
        {WorkPlan::Kind::Items, QStringLiteral("items")},
        {WorkPlan::Kind::Leadership, QStringLiteral("leadership")},
        {WorkPlan::Kind::Steps, QStringLiteral("steps")},
        {WorkPlan::Kind::Requirements, QStringLiteral("requirements")},
    };
    return list;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// A field that must be text or a list of texts; anything else is an error the file's writer must see.
bool readStrings(const QJsonValue &v, QStringList *out)
{
    out->clear();
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isString()) {
        *out << v.toString();
        return true;
    }
    if (!v.isArray())
        return false;
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString())
            return false;
        *out << e.toString();
    }
    return true;
}

QString fillText(QString text, const QString &county, const QString &city, int year)
{
    text.replace(QLatin1String("{county}"), county);
    text.replace(QLatin1String("{city}"), city);
    text.replace(QLatin1String("{year}"), QString::number(year));
    return text;
}

QStringList fillAll(QStringList list, const QString &county, const QString &city, int year)
{
    for (QString &s : list)
        s = fillText(s, county, city, year);
    return list;
}

} // namespace

QString chineseOrdinal(int n)
{
    static const QString digits = QStringLiteral(u"零一二三四五六七八九");
    if (n <= 0 || n >= 100)
        return QString::number(n);
    if (n < 10)
        return digits.at(n);
    const QString tens = n / 10 == 1 ? QString() : QString(digits.at(n / 10));
    return tens + QStringLiteral(u"十") + (n % 10 ? QString(digits.at(n % 10)) : QString());
}

QString WorkPlan::kindKey(Kind kind)
{
    for (const auto &[k, key] : kinds())
        if (k == kind)
            return key;
    return QString();
}

QJsonObject WorkPlan::toJson() const
{
    QJsonArray list;
    for (const Section &s : sections) {
        QJsonObject o{{QStringLiteral("kind"), kindKey(s.kind)}, {QStringLiteral("heading"), s.heading}};
        if (!s.paragraphs.isEmpty())
            o.insert(QStringLiteral("paragraphs"), toArray(s.paragraphs));
        if (!s.members.isEmpty()) {
            QJsonArray members;
            for (const Member &m : s.members)
                members << QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("name"), m.name},
                                       {QStringLiteral("post"), m.post}};
            o.insert(QStringLiteral("members"), members);
        }
        if (!s.office.isEmpty())
            o.insert(QStringLiteral("office"), s.office);
        if (!s.items.isEmpty()) {
            QJsonArray items;
            for (const Item &i : s.items) {
                QJsonObject io{{QStringLiteral("text"), i.text}};
                if (!i.title.isEmpty())
                    io.insert(QStringLiteral("title"), i.title);
                if (!i.responsible.isEmpty())
                    io.insert(QStringLiteral("responsible"), i.responsible);
                items << io;
            }
            o.insert(QStringLiteral("items"), items);
        }
        if (!s.closing.isEmpty())
            o.insert(QStringLiteral("closing"), toArray(s.closing));
        list << o;
    }
    return QJsonObject{{QStringLiteral("preamble"), toArray(preamble)},
                       {QStringLiteral("sections"), list},
                       {QStringLiteral("attachments"), toArray(attachments)}};
}

Status WorkPlan::fromJson(const QJsonObject &json, WorkPlan *out)
{
    WorkPlan plan;
    if (!readStrings(json.value(QLatin1String("preamble")), &plan.preamble))
        return Status::failure(tr("工作方案的“preamble”应为文字或文字列表。"));
    if (!readStrings(json.value(QLatin1String("attachments")), &plan.attachments))
        return Status::failure(tr("工作方案的“attachments”应为文字或文字列表。"));
    const QJsonValue sections = json.value(QLatin1String("sections"));
    if (!sections.isUndefined() && !sections.isArray())
        return Status::failure(tr("工作方案的“sections”应为列表。"));
    const QJsonArray array = sections.toArray();
    for (int n = 0; n < array.size(); ++n) {
        const QJsonObject o = array.at(n).toObject();
        const QString where = tr("工作方案第%1部分").arg(chineseOrdinal(n + 1));
        Section s;
        const QString kind = o.value(QLatin1String("kind")).toString(QStringLiteral("items"));
        bool known = false;
        for (const auto &[k, key] : kinds())
            if (key == kind) {
                s.kind = k;
                known = true;
            }
        if (!known)
            return Status::failure(tr("%1：类型“%2”无效（可用 items、leadership、steps、requirements）。").arg(where, kind));
        s.heading = o.value(QLatin1String("heading")).toString().trimmed();
        if (s.heading.isEmpty())
            return Status::failure(tr("%1缺少标题（heading）。").arg(where));
        if (!readStrings(o.value(QLatin1String("paragraphs")), &s.paragraphs))
            return Status::failure(tr("%1的“paragraphs”应为文字或文字列表。").arg(where));
        if (!readStrings(o.value(QLatin1String("closing")), &s.closing))
            return Status::failure(tr("%1的“closing”应为文字或文字列表。").arg(where));
        s.office = o.value(QLatin1String("office")).toString();
        for (const QJsonValue &v : o.value(QLatin1String("members")).toArray()) {
            const QJsonObject m = v.toObject();
            Member member{m.value(QLatin1String("role")).toString().trimmed(), m.value(QLatin1String("name")).toString().trimmed(),
                          m.value(QLatin1String("post")).toString().trimmed()};
            if (member.name.isEmpty())
                return Status::failure(tr("%1：领导小组第%2位成员缺少姓名。").arg(where).arg(s.members.size() + 1));
            s.members << member;
        }
        for (const QJsonValue &v : o.value(QLatin1String("items")).toArray()) {
            const QJsonObject i = v.toObject();
            Item item{i.value(QLatin1String("title")).toString().trimmed(), i.value(QLatin1String("text")).toString().trimmed(),
                      i.value(QLatin1String("responsible")).toString().trimmed()};
            if (item.title.isEmpty() && item.text.isEmpty())
                return Status::failure(tr("%1：第（%2）项是空的。").arg(where, chineseOrdinal(int(s.items.size()) + 1)));
            s.items << item;
        }
        plan.sections << s;
    }
    // A bidi override turns the printed plan around after it (see NameKey::directionControlAt).
    QStringList texts = plan.preamble + plan.attachments;
    for (const Section &s : plan.sections) {
        texts << s.heading << s.paragraphs << s.office << s.closing;
        for (const Member &m : s.members)
            texts << m.role << m.name << m.post;
        for (const Item &i : s.items)
            texts << i.title << i.text << i.responsible;
    }
    for (const QString &text : texts)
        if (const qsizetype at = NameKey::directionControlAt(text); at >= 0)
            return Status::failure(tr("工作方案中“%1”含有控制字符（第%2个字符，U+%3），请删除。")
                                       .arg(QString(text).remove(at, 1).left(40))
                                       .arg(at + 1)
                                       .arg(QString::number(text.at(at).unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
    *out = plan;
    return Status::success();
}

WorkPlan WorkPlan::filled(const QString &county, const QString &city, int year) const
{
    WorkPlan p = *this;
    p.preamble = fillAll(p.preamble, county, city, year);
    p.attachments = fillAll(p.attachments, county, city, year);
    for (Section &s : p.sections) {
        s.heading = fillText(s.heading, county, city, year);
        s.paragraphs = fillAll(s.paragraphs, county, city, year);
        s.closing = fillAll(s.closing, county, city, year);
        s.office = fillText(s.office, county, city, year);
        for (Member &m : s.members)
            m.post = fillText(m.post, county, city, year);
        for (Item &i : s.items) {
            i.title = fillText(i.title, county, city, year);
            i.text = fillText(i.text, county, city, year);
            i.responsible = fillText(i.responsible, county, city, year);
        }
    }
    return p;
}

} // namespace qf
