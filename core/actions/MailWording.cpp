// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/MailWording.h"

#include "campaign/CampaignTemplate.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace qf::MailWording {

QJsonObject sentences(const Campaign &campaign, const QString &kind)
{
    QFile f(QStringLiteral(":/qingfeng/summary/mail-sentences.json"));
    QJsonObject words = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object().value(kind).toObject()
                                                    : QJsonObject();
    // The template's own sentences replace the default ones they name; the rest stay.
    if (const auto tmpl = CampaignTemplate::find(campaign.templateName)) {
        const QJsonObject own = tmpl->json().value(QLatin1String("mail")).toObject().value(kind).toObject();
        for (auto it = own.begin(); it != own.end(); ++it)
            words.insert(it.key(), it.value());
    }
    return words;
}

QString fill(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression name(QStringLiteral(R"(\{([A-Za-z]+)\})"));
    QString out;
    qsizetype from = 0;
    for (auto it = name.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        const auto value = values.constFind(m.captured(1));
        out += value != values.constEnd() ? *value : m.captured(0);
        from = m.capturedEnd();
    }
    return out + text.mid(from);
}

} // namespace qf::MailWording
