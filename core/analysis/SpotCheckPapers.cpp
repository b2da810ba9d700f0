// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpotCheckPapers.h"

#include "campaign/CampaignTemplate.h"
#include "print/ChineseDate.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace qf {

namespace {

using Words = QHash<QString, QString>;

QString fill(QString text, const Words &words)
{
    for (auto it = words.begin(); it != words.end(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

QStringList fillAll(const QJsonValue &texts, const Words &words)
{
    QStringList out;
    for (const QJsonValue &v : texts.toArray()) {
        const QString text = fill(v.toString(), words).trimmed();
        if (!text.isEmpty())
            out << text;
    }
    return out;
}

// Whatever every paper of a draw may say.
Words wordsOf(const Campaign &campaign, const SpotCheckRecord &draw, const SpotCheckPaperOptions &options, int candidates)
{
    Words w;
    w.insert(QStringLiteral("campaign"), SpotCheckPapers::campaignName(campaign));
    w.insert(QStringLiteral("plan"), campaign.title);
    w.insert(QStringLiteral("county"), campaign.county);
    w.insert(QStringLiteral("body"), campaign.issuingBody);
    w.insert(QStringLiteral("draw"), QString::number(draw.id));
    w.insert(QStringLiteral("seed"), QString::number(draw.seed));
    w.insert(QStringLiteral("drawDate"), chineseDate(draw.drawnAt.toLocalTime().date()));
    w.insert(QStringLiteral("count"), QString::number(draw.picks.size()));
    w.insert(QStringLiteral("candidates"), QString::number(candidates));
    // A date not yet fixed is left for the pen, never made up.
    w.insert(QStringLiteral("inspectOn"), options.inspectOn.isValid() ? chineseDate(options.inspectOn)
                                                                      : QStringLiteral(u"\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日"));
    return w;
}

Status picksOf(const SpotCheckRecord &draw, QList<SpotCheckPick> *picks, int *candidates)
{
    if (Status s = SpotCheckDraw::picksOf(draw.inputs, draw.result, picks); !s)
        return s;
    SpotCheckInputs inputs;
    SpotCheckInputs::fromJson(draw.inputs, &inputs);
    *candidates = int(inputs.candidates.size());
    if (picks->isEmpty())
        return Status::failure(SpotCheckPapers::tr("抽查记录%1没有抽中任何机构。").arg(draw.id));
    return Status::success();
}

QString textOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QString SpotCheckPapers::campaignName(const Campaign &campaign)
{
    QString name = campaign.title.trimmed();
    for (const QString &tail : {QStringLiteral(u"工作方案"), QStringLiteral(u"实施方案"), QStringLiteral(u"方案")})
        if (name.endsWith(tail)) {
            name.chop(tail.size());
            break;
        }
    return name;
}

QJsonObject SpotCheckPapers::wordingFor(const Campaign &campaign)
{
    if (const auto tmpl = CampaignTemplate::find(campaign.templateName)) {
        const QJsonObject own = tmpl->json().value(QLatin1String("spotCheck")).toObject();
        if (!own.isEmpty())
            return own;
    }
    QFile f(QStringLiteral(":/qingfeng/analysis/spotcheck_papers.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

Status SpotCheckPapers::list(const Campaign &campaign, const SpotCheckRecord &draw, const QJsonObject &wording,
                             const SpotCheckPaperOptions &options, OfficePaper *out)
{
    QList<SpotCheckPick> picks;
    int candidates = 0;
    if (Status s = picksOf(draw, &picks, &candidates); !s)
        return s;
    const Words words = wordsOf(campaign, draw, options, candidates);
    const QJsonObject w = wording.value(QLatin1String("list")).toObject();
    OfficePaper::Part part;
    part.title = fill(textOf(w, "title"), words);
    part.paragraphs = fillAll(w.value(QLatin1String("before")), words);
    part.after = fillAll(w.value(QLatin1String("after")), words);
    part.signature = campaign.issuingBody;
    part.date = options.date.isValid() ? options.date : QDate::currentDate();
    DocxTable &t = part.table;
    // 序号 and the short columns narrow, the names wide: 156 mm, the type area.
    t.columnWidthsMm = {12, 50, 17, 23, 22, 32};
    t.headerRows = 1;
    QList<DocxCell> header;
    // The paper is a Chinese document whatever the interface language.
    for (const QString &h : {QStringLiteral(u"序号"), QStringLiteral(u"机构"), QStringLiteral(u"所有制"), QStringLiteral(u"等级"),
                             QStringLiteral(u"乡镇"), QStringLiteral(u"检查人员")})
        header << DocxCell{h, 1, 1, true, false};
    t.rows << header;
    for (const SpotCheckPick &p : picks)
        t.rows << QList<DocxCell>{{QString::number(p.position)},
                                  {p.institution.name},
                                  {ownershipLabel(p.institution.ownership)},
                                  {levelLabel(p.institution.level)},
                                  {p.institution.township},
                                  {p.inspectorNames()}};
    OfficePaper paper;
    paper.title = part.title;
    paper.parts << part;
    *out = paper;
    return Status::success();
}

Status SpotCheckPapers::notices(const Campaign &campaign, const SpotCheckRecord &draw, const QJsonObject &wording,
                                const SpotCheckPaperOptions &options, OfficePaper *out)
{
    QList<SpotCheckPick> picks;
    int candidates = 0;
    if (Status s = picksOf(draw, &picks, &candidates); !s)
        return s;
    Words words = wordsOf(campaign, draw, options, candidates);
    const QJsonObject w = wording.value(QLatin1String("notice")).toObject();
    OfficePaper paper;
    for (const SpotCheckPick &p : picks) {
        words.insert(QStringLiteral("institution"), p.institution.name);
        words.insert(QStringLiteral("inspectors"), p.inspectorNames());
        OfficePaper::Part part;
        part.title = fill(textOf(w, "title"), words);
        part.addressees = p.institution.name + QStringLiteral(u"：");
        part.paragraphs = fillAll(w.value(QLatin1String("body")), words);
        part.signature = campaign.issuingBody;
        part.date = options.date.isValid() ? options.date : QDate::currentDate();
        paper.parts << part;
    }
    paper.title = paper.parts.first().title;
    *out = paper;
    return Status::success();
}

} // namespace qf
