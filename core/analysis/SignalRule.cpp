// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalRule.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qf {

double SignalRule::number(const QString &param, double fallback) const
{
    bool ok = false;
    const double v = params.value(param).toDouble(&ok);
    return ok ? v : fallback;
}

QString SignalRule::explain(const QHash<QString, QString> &values) const
{
    QString text = sentence;
    for (auto it = values.begin(); it != values.end(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

QStringList SignalCatalog::kinds()
{
    return {QStringLiteral("all-zero"), QStringLiteral("unchanged"), QStringLiteral("identical-rows"),
            QStringLiteral("repeated-increase"), QStringLiteral("self-check-zero"),
            QStringLiteral("closed-without-evidence"), QStringLiteral("rectified-before-found"),
            QStringLiteral("bulk-closure"), QStringLiteral("identical-summary"), QStringLiteral("near-duplicate-summary"),
            QStringLiteral("shared-evidence"),
            QStringLiteral("increase-outlier")};
}

Status SignalCatalog::parse(const QByteArray &json, QList<SignalRule> *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return Status::failure(tr("信号规则不是有效的 JSON：%1").arg(error.errorString()));
    QList<SignalRule> rules;
    const QJsonArray list = doc.object().value(QLatin1String("signals")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        SignalRule r;
        r.id = o.value(QLatin1String("id")).toString();
        r.kind = o.value(QLatin1String("kind")).toString();
        r.name = o.value(QLatin1String("name")).toString();
        r.weight = o.value(QLatin1String("weight")).toInt(1);
        r.params = o.value(QLatin1String("params")).toObject().toVariantMap();
        r.sentence = o.value(QLatin1String("sentence")).toString();
        if (r.id.isEmpty() || r.sentence.isEmpty() || !kinds().contains(r.kind) || r.weight < 0)
            return Status::failure(tr("第%1条信号规则缺少编号、说明或已知的检查类型（%2）。").arg(i + 1).arg(r.kind));
        rules << r;
    }
    *out = rules;
    return Status::success();
}

const QList<SignalRule> &SignalCatalog::rules()
{
    // Compiled into the program, so a failure is a programming error, said once.
    static const QList<SignalRule> rules = [] {
        QList<SignalRule> list;
        QFile f(QStringLiteral(":/qingfeng/forms/descriptions/signals.json"));
        const Status s = f.open(QIODevice::ReadOnly) ? parse(f.readAll(), &list)
                                                     : Status::failure(QStringLiteral("signals.json missing"));
        if (!s)
            qWarning("signals: %s", qPrintable(s.message()));
        return list;
    }();
    return rules;
}

const SignalRule *SignalCatalog::find(const QString &id)
{
    for (const SignalRule &r : rules())
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace qf
