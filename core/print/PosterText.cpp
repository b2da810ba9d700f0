// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterText.h"

#include "campaign/CampaignTemplate.h"

#include <QJsonArray>

namespace qf {

PosterText PosterText::defaults()
{
    PosterText t;
    t.titleLines = QStringList{QStringLiteral(u"医疗领域深入整治群众身边腐败和作风问题"),
                               QStringLiteral(u"专项行动工作公告")};
    t.body = QStringLiteral(u"尊敬的市民，{county}正在开展医疗领域深入整治群众身边腐败和作风问题专项行动，"
                            u"如您在就诊过程中发现医疗机构有乱收费、收受“红包”礼金等违法违规行为，"
                            u"请及时向我们举报，我们将认真排查您提供的线索，及时查处违法违规行为。");
    t.unitPhone = QStringLiteral(u"{unit}举报电话");
    t.unitEmail = QStringLiteral(u"{unit}举报邮箱");
    t.cityPhone = QStringLiteral(u"市卫生健康委举报电话");
    t.cityEmail = QStringLiteral(u"市卫生健康委举报邮箱");
    t.countyPhone = QStringLiteral(u"{county}卫生健康局举报电话");
    t.countyEmail = QStringLiteral(u"{county}卫生健康局举报邮箱");
    return t;
}

PosterText PosterText::fromJson(const QJsonObject &json)
{
    PosterText t = defaults();
    const QJsonValue title = json.value(QLatin1String("title"));
    if (title.isArray()) {
        QStringList lines;
        for (const QJsonValue &v : title.toArray())
            if (!v.toString().trimmed().isEmpty())
                lines << v.toString().trimmed();
        if (!lines.isEmpty())
            t.titleLines = lines;
    } else if (!title.toString().trimmed().isEmpty()) {
        t.titleLines = QStringList{title.toString().trimmed()};
    }
    auto take = [&json](const char *key, QString *field) {
        const QString v = json.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty())
            *field = v;
    };
    take("body", &t.body);
    take("unitPhone", &t.unitPhone);
    take("unitEmail", &t.unitEmail);
    take("cityPhone", &t.cityPhone);
    take("cityEmail", &t.cityEmail);
    take("countyPhone", &t.countyPhone);
    take("countyEmail", &t.countyEmail);
    return t;
}

PosterText PosterText::forCampaign(const Campaign &campaign)
{
    PosterText t = defaults();
    if (const auto tmpl = CampaignTemplate::find(campaign.templateName))
        t = fromJson(tmpl->json().value(QLatin1String("poster")).toObject());
    auto fill = [&campaign](QString *s) {
        s->replace(QLatin1String("{county}"), campaign.county);
        s->replace(QLatin1String("{city}"), campaign.city);
        s->replace(QLatin1String("{year}"), QString::number(campaign.year));
    };
    for (QString &line : t.titleLines)
        fill(&line);
    for (QString *s : {&t.body, &t.unitPhone, &t.unitEmail, &t.cityPhone, &t.cityEmail, &t.countyPhone, &t.countyEmail})
        fill(s);
    return t;
}

QString PosterText::unitWord(const Institution &institution)
{
    // The label names the kind of place the poster hangs in, as its name ends: a 卫生室 or
    // a 诊所 is not a 医院, and a reader looking for the number on the wall should not be
    // told it is a hospital's. Longer endings first, so 卫生院 is not taken for 医院.
    static const QStringList endings{QStringLiteral(u"卫生院"), QStringLiteral(u"卫生室"), QStringLiteral(u"医务室"),
                                     QStringLiteral(u"门诊部"), QStringLiteral(u"诊所"),   QStringLiteral(u"医院")};
    if (institution.kind == InstitutionKind::Pharmacy)
        return QStringLiteral(u"药店");   // a 大药房 or a 药堂 is a 药店 to its customers too
    const QString name = institution.name.trimmed();
    for (const QString &ending : endings)
        if (name.endsWith(ending))
            return ending;
    // A 服务中心, 保健院 or any other name: the plain "this unit's".
    return QStringLiteral(u"本单位");
}

} // namespace qf
