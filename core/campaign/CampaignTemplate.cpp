// SPDX-License-Identifier: GPL-3.0-or-later
#include "CampaignTemplate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace qf {

namespace {

// Dates in a template are "MM-DD" in the campaign's year, or "+1:MM-DD" for the next one
// (a yearly summary due in February, say).
QDate resolveDate(const QString &spec, int year)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:([+-]\\d+):)?(\\d{1,2})-(\\d{1,2})$"));
    const auto m = pattern.match(spec.trimmed());
    if (!m.hasMatch())
        return {};
    const int offset = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
    return QDate(year + offset, m.captured(2).toInt(), m.captured(3).toInt());
}

YearMonth resolvePeriod(const QString &spec, int year)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:([+-]\\d+):)?(\\d{1,2})$"));
    const auto m = pattern.match(spec.trimmed());
    if (!m.hasMatch())
        return {};
    const int offset = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
    return YearMonth(year + offset, m.captured(2).toInt());
}

QString fill(QString text, const CampaignParameters &p)
{
    text.replace(QLatin1String("{county}"), p.county);
    text.replace(QLatin1String("{city}"), p.city);
    text.replace(QLatin1String("{year}"), QString::number(p.year));
    return text;
}

} // namespace

Status CampaignTemplate::fromJson(const QJsonObject &json, CampaignTemplate *out)
{
    CampaignTemplate t;
    t.m_key = json.value(QLatin1String("key")).toString();
    t.m_name = json.value(QLatin1String("name")).toString();
    t.m_source = json.value(QLatin1String("source")).toString();
    t.m_description = json.value(QLatin1String("description")).toString();
    t.m_json = json;
    if (t.m_key.isEmpty() || t.m_name.isEmpty())
        return Status::failure(tr("模板缺少 key 或 name。"));
    if (!json.value(QLatin1String("phases")).isArray() || !json.value(QLatin1String("deadlines")).isArray())
        return Status::failure(tr("模板“%1”缺少阶段或截止事项。").arg(t.m_name));
    *out = t;
    return Status::success();
}

QList<CampaignTemplate> CampaignTemplate::builtIn()
{
    QList<CampaignTemplate> result;
    QDir dir(QStringLiteral(":/qingfeng/campaign/templates"));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        CampaignTemplate t;
        if (fromJson(QJsonDocument::fromJson(f.readAll()).object(), &t))
            result << t;
    }
    return result;
}

std::optional<CampaignTemplate> CampaignTemplate::find(const QString &keyOrName)
{
    for (const CampaignTemplate &t : builtIn())
        if (t.key() == keyOrName || t.name() == keyOrName)
            return t;
    return std::nullopt;
}

Status CampaignTemplate::workPlan(const Campaign &campaign, WorkPlan *out) const
{
    WorkPlan plan;
    Status s = WorkPlan::fromJson(m_json.value(QLatin1String("plan")).toObject(), &plan);
    if (!s)
        return Status::failure(tr("模板“%1”的工作方案有误：%2").arg(m_name, s.message()));
    *out = plan.filled(campaign.county, campaign.city, campaign.year);
    return Status::success();
}

Status CampaignTemplate::instantiate(const CampaignParameters &p, Campaign *out) const
{
    if (p.county.trimmed().isEmpty())
        return Status::failure(tr("请填写县（区）名称。"));
    if (p.year < 2000 || p.year > 2100)
        return Status::failure(tr("年度“%1”无效。").arg(p.year));

    const QJsonObject &j = m_json;
    auto str = [&](const char *key) { return fill(j.value(QLatin1String(key)).toString(), p); };

    Campaign c;
    c.title = p.title.trimmed().isEmpty() ? str("title") : p.title.trimmed();
    c.docNumber = p.docNumber;
    c.county = p.county.trimmed();
    c.city = p.city.trimmed();
    c.issuingBody = str("issuingBody");
    c.year = p.year;
    c.start = resolveDate(j.value(QLatin1String("start")).toString(), p.year);
    c.end = resolveDate(j.value(QLatin1String("end")).toString(), p.year);
    c.noticeDate = resolveDate(j.value(QLatin1String("noticeDate")).toString(), p.year);
    c.addressees = str("addressees");
    c.noticeBody = str("noticeBody");
    c.bureauPhone = p.bureauPhone;
    c.bureauEmail = p.bureauEmail;
    c.cityPhone = p.cityPhone;
    c.cityEmail = p.cityEmail;
    c.templateName = m_key;

    for (const QJsonValue &v : j.value(QLatin1String("offices")).toArray()) {
        const QJsonObject o = v.toObject();
        c.offices << Office{0, fill(o.value(QLatin1String("name")).toString(), p),
                            o.value(QLatin1String("email")).toString(), o.value(QLatin1String("phone")).toString()};
    }
    for (const QJsonValue &v : j.value(QLatin1String("phases")).toArray()) {
        const QJsonObject o = v.toObject();
        c.phases << Phase{0, fill(o.value(QLatin1String("name")).toString(), p),
                          resolveDate(o.value(QLatin1String("start")).toString(), p.year),
                          resolveDate(o.value(QLatin1String("end")).toString(), p.year),
                          fill(o.value(QLatin1String("description")).toString(), p)};
    }
    for (const QJsonValue &v : j.value(QLatin1String("deadlines")).toArray()) {
        const QJsonObject o = v.toObject();
        Deadline d;
        d.title = fill(o.value(QLatin1String("title")).toString(), p);
        d.deliverable = Deliverable(o.value(QLatin1String("deliverable")).toInt(int(Deliverable::Report)));
        d.reporter = o.value(QLatin1String("reporter")).toString() == QLatin1String("office") ? Reporter::Office
                                                                                             : Reporter::Institutions;
        d.reporterOffice = o.value(QLatin1String("reporterOffice")).toString();
        d.recipientOffice = o.value(QLatin1String("recipientOffice")).toString();
        if (o.value(QLatin1String("recurrence")).toString() == QLatin1String("once")) {
            d.recurrence = Deadline::Recurrence::Once;
            d.dueDate = resolveDate(o.value(QLatin1String("due")).toString(), p.year);
        } else {
            d.recurrence = Deadline::Recurrence::Monthly;
            d.dayOfMonth = o.value(QLatin1String("day")).toInt();
            d.firstPeriod = resolvePeriod(o.value(QLatin1String("firstPeriod")).toString(), p.year);
            d.lastPeriod = resolvePeriod(o.value(QLatin1String("lastPeriod")).toString(), p.year);
        }
        c.deadlines << d;
    }

    Status valid = c.validate();
    if (!valid)
        return Status::failure(tr("模板“%1”生成的专项整治有误：%2").arg(m_name, valid.message()));
    *out = c;
    return Status::success();
}

} // namespace qf
