// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/MailWording.h"

#include "campaign/CampaignTemplate.h"
#include "summary/WordingFiles.h"

#include <QRegularExpression>

namespace qf::MailWording {

Status sentences(const Campaign &campaign, const QString &kind, QJsonObject *out)
{
    QJsonObject words = WordingFiles::builtInJson(WordingFiles::Kind::Mail).value(kind).toObject();
    const auto replace = [&words](const QJsonObject &own) {
        for (auto it = own.begin(); it != own.end(); ++it)
            words.insert(it.key(), it.value());
    };
    // The template's own sentences replace the default ones they name; the rest stay. The
    // bureau's file does the same over both, for every campaign.
    if (const auto tmpl = CampaignTemplate::find(campaign.templateName))
        replace(tmpl->json().value(QLatin1String("mail")).toObject().value(kind).toObject());
    QJsonObject bureau;
    bool found = false;
    if (Status s = WordingFiles::loadOverride(WordingFiles::Kind::Mail, &bureau, &found); !s)
        return s;
    if (found)
        replace(bureau.value(kind).toObject());
    *out = words;
    return Status::success();
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
