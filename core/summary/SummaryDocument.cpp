// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryDocument.h"

#include "campaign/CampaignTemplate.h"
#include "model/Report.h"
#include "print/ChineseDate.h"
#include "WordingFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace qf {

namespace {

QString ordinal(int n)
{
    static const QString digits = QStringLiteral(u"一二三四五六七八九十");
    return n >= 1 && n <= 10 ? digits.mid(n - 1, 1) : QString::number(n);
}

class Filler
{
public:
    explicit Filler(const SummaryFigures &f) : m_f(f)
    {
        const QString scope = f.isCounty() ? f.campaign.county : f.unitName;
        m_words = {
            {QStringLiteral("county"), f.campaign.county},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("issuer"), f.campaign.issuingBody},
            {QStringLiteral("campaign"), f.campaign.title},
            {QStringLiteral("month"), f.month.toChinese()},
            {QStringLiteral("start"), f.campaign.start.isValid() ? chineseDate(f.campaign.start) : QString()},
            {QStringLiteral("lowRate"), QString::number(SummaryFigures::kLowRate, 'f', 0)},
        };
        const QString sep = QStringLiteral(u"、");
        m_lists = {{QStringLiteral("lateUnits"), f.lateUnits.join(sep)},
                   {QStringLiteral("missingUnits"), f.missingUnits.join(sep)},
                   {QStringLiteral("lowRateUnits"), f.lowRateUnits.join(sep)},
                   {QStringLiteral("openTipoffs"), f.openTipoffs.join(QStringLiteral(u"；"))}};
    }

    /// The sentence with its placeholders filled; empty when one has no value.
    Status fill(const QString &text, int *ordinalCount, QString *out) const
    {
        static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z]+)\\}"));
        QString result;
        qsizetype at = 0;
        bool complete = true;
        bool usesOrdinal = false;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            const QString name = m.captured(1);
            QString value;
            if (name == QLatin1String("ordinal")) {
                usesOrdinal = true;
                value = ordinal(*ordinalCount + 1);
            } else if (m_words.contains(name)) {
                value = m_words.value(name);
            } else if (m_lists.contains(name)) {
                value = m_lists.value(name);
            } else if (m_f.figures.contains(name) || figureNames().contains(name)) {
                // A figure missing from a scope (附件2 has no institution's own figures): the
                // sentence is left out there, not refused as a wording error.
                value = m_f.text(name);
            } else {
                return Status::failure(SummaryDocument::tr("工作总结的句子“%1”中的“{%2}”不是可用的数字或名称。").arg(text, name));
            }
            complete = complete && !value.isEmpty();
            result += text.mid(at, m.capturedStart() - at) + value;
            at = m.capturedEnd();
        }
        result += text.mid(at);
        *out = complete ? result : QString();
        if (complete && usesOrdinal)
            ++*ordinalCount;
        return Status::success();
    }

    bool listHasItems(const QString &name) const { return !m_lists.value(name).isEmpty(); }

    static const QStringList &figureNames()
    {
        static const QStringList names = SummaryFigures::names();
        return names;
    }
    /// The names of words and lists a sentence may use beside the figures.
    static const QStringList kWords;
    static const QStringList kLists;

private:
    const SummaryFigures &m_f;
    QHash<QString, QString> m_words;
    QHash<QString, QString> m_lists;
};

const QStringList Filler::kWords = {QStringLiteral("county"), QStringLiteral("scope"),    QStringLiteral("issuer"),
                                    QStringLiteral("campaign"), QStringLiteral("month"), QStringLiteral("start"),
                                    QStringLiteral("lowRate"), QStringLiteral("ordinal")};
const QStringList Filler::kLists = {QStringLiteral("lateUnits"), QStringLiteral("missingUnits"), QStringLiteral("lowRateUnits"),
                                    QStringLiteral("openTipoffs")};

// The charts a summary can show: those over the months up to the summary's, or over the
// categories at that month. A unit's trend needs a form column, and the laggards only exist
// for the last month, so neither fits a sentence template.
Status chartNamed(const QString &name, ChartKind *out)
{
    const std::optional<ChartKind> kind = ChartData::kindNamed(name);
    const QList<ChartKind> fitting = {ChartKind::Filing, ChartKind::Problems, ChartKind::ProblemsByCategory,
                                      ChartKind::RectificationRate};
    if (!kind || !fitting.contains(*kind)) {
        QStringList names;
        for (ChartKind k : fitting)
            names << ChartData::nameOf(k);
        return Status::failure(SummaryDocument::tr("工作总结的图表“%1”不可用；可选：%2。").arg(name, names.join(QStringLiteral(u"、"))));
    }
    *out = *kind;
    return Status::success();
}

} // namespace

Status SummaryDocument::sentencesFor(const Campaign &campaign, QJsonObject *out)
{
    bool found = false;
    if (Status s = WordingFiles::loadOverride(WordingFiles::Kind::Summary, out, &found); !s || found)
        return s;
    if (const auto tmpl = CampaignTemplate::find(campaign.templateName)) {
        const QJsonObject own = tmpl->json().value(QLatin1String("summary")).toObject();
        if (!own.isEmpty()) {
            *out = own;
            return Status::success();
        }
    }
    *out = WordingFiles::builtInJson(WordingFiles::Kind::Summary);
    return Status::success();
}

Status SummaryDocument::checkSentences(const QJsonObject &sentences)
{
    QStringList allowed = Filler::kWords + Filler::kLists + Filler::figureNames();
    allowed.sort();
    const auto text = [&allowed](const QJsonValue &v, const QString &key) {
        if (!v.isString())
            return Status::failure(tr("键“%1”应为一段文字。").arg(key));
        static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
        for (auto it = placeholder.globalMatch(v.toString()); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!allowed.contains(name))
                return Status::failure(tr("键“%1”中的“{%2}”不是工作总结可用的数字或名称；可用：%3。")
                                           .arg(key, name, allowed.join(QStringLiteral(u"、"))));
        }
        return Status::success();
    };
    const auto flag = [](const QJsonObject &o, const QString &key) {
        if (o.contains(QLatin1String("county")) && !o.value(QLatin1String("county")).isBool())
            return Status::failure(tr("键“%1.county”应为 true（只用于全县）或 false（只用于机构）。").arg(key));
        return Status::success();
    };
    if (Status s = text(sentences.value(QLatin1String("title")), QStringLiteral("title")); !s)
        return s;
    const QJsonValue sectionsValue = sentences.value(QLatin1String("sections"));
    if (!sectionsValue.isArray() || sectionsValue.toArray().isEmpty())
        return Status::failure(tr("键“sections”应为各部分的列表（[ … ]），至少一部分。"));
    const QJsonArray sections = sectionsValue.toArray();
    for (int i = 0; i < sections.size(); ++i) {
        const QString at = QStringLiteral("sections[%1]").arg(i);
        if (!sections.at(i).isObject())
            return Status::failure(tr("键“%1”应为一个部分（{ \"heading\": …, \"paragraphs\": […] }）。").arg(at));
        const QJsonObject section = sections.at(i).toObject();
        if (Status s = text(section.value(QLatin1String("heading")), at + QStringLiteral(".heading")); !s)
            return s;
        const QJsonValue paragraphsValue = section.value(QLatin1String("paragraphs"));
        if (!paragraphsValue.isUndefined() && !paragraphsValue.isArray())
            return Status::failure(tr("键“%1.paragraphs”应为段落的列表（[ … ]）。").arg(at));
        const QJsonArray paragraphs = paragraphsValue.toArray();
        for (int j = 0; j < paragraphs.size(); ++j) {
            const QString pat = at + QStringLiteral(".paragraphs[%1]").arg(j);
            if (paragraphs.at(j).isObject()) {
                if (Status s = text(paragraphs.at(j).toObject().value(QLatin1String("heading")), pat + QStringLiteral(".heading")); !s)
                    return s;
                continue;
            }
            if (!paragraphs.at(j).isArray())
                return Status::failure(tr("键“%1”应为一段的句子列表（[ … ]）或小标题（{ \"heading\": … }）。").arg(pat));
            const QJsonArray list = paragraphs.at(j).toArray();
            for (int k = 0; k < list.size(); ++k) {
                const QString sat = pat + QStringLiteral("[%1]").arg(k);
                if (!list.at(k).isObject())
                    return Status::failure(tr("键“%1”应为一个句子（{ \"text\": … }）。").arg(sat));
                const QJsonObject o = list.at(k).toObject();
                if (Status s = text(o.value(QLatin1String("text")), sat + QStringLiteral(".text")); !s)
                    return s;
                if (Status s = flag(o, sat); !s)
                    return s;
                const QString when = o.value(QLatin1String("when")).toString();
                if (o.contains(QLatin1String("when")) && !Filler::figureNames().contains(when))
                    return Status::failure(tr("键“%1.when”的“%2”不是工作总结的数字；可用：%3。")
                                               .arg(sat, when, Filler::figureNames().join(QStringLiteral(u"、"))));
                const QString whenList = o.value(QLatin1String("whenList")).toString();
                if (o.contains(QLatin1String("whenList")) && !Filler::kLists.contains(whenList))
                    return Status::failure(tr("键“%1.whenList”的“%2”不是工作总结的名单；可用：%3。")
                                               .arg(sat, whenList, Filler::kLists.join(QStringLiteral(u"、"))));
            }
        }
        const QJsonArray charts = section.value(QLatin1String("charts")).toArray();
        for (int j = 0; j < charts.size(); ++j) {
            const QString cat = at + QStringLiteral(".charts[%1]").arg(j);
            const QJsonObject o = charts.at(j).toObject();
            ChartKind kind;
            if (Status s = chartNamed(o.value(QLatin1String("chart")).toString(), &kind); !s)
                return Status::failure(tr("键“%1.chart”：%2").arg(cat, s.message()));
            if (Status s = text(o.value(QLatin1String("caption")), cat + QStringLiteral(".caption")); !s)
                return s;
            if (Status s = flag(o, cat); !s)
                return s;
        }
    }
    return Status::success();
}

Status SummaryDocument::compose(const SummaryFigures &figures, SummaryDocument *out)
{
    QJsonObject sentences;
    if (Status s = sentencesFor(figures.campaign, &sentences); !s)
        return s;
    return compose(figures, sentences, out);
}

Status SummaryDocument::compose(const SummaryFigures &figures, const QJsonObject &sentences, SummaryDocument *out)
{
    const QJsonArray sections = sentences.value(QLatin1String("sections")).toArray();
    if (sections.isEmpty())
        return Status::failure(tr("工作总结的句子模板为空或无法读取。"));
    const Filler filler(figures);
    SummaryDocument d;
    int unused = 0;
    if (Status s = filler.fill(sentences.value(QLatin1String("title")).toString(), &unused, &d.title); !s)
        return s;
    for (const QJsonValue &sv : sections) {
        const QJsonObject section = sv.toObject();
        d.paragraphs << DocxParagraph{DocxParagraph::Style::Heading1, section.value(QLatin1String("heading")).toString()};
        for (const QJsonValue &pv : section.value(QLatin1String("paragraphs")).toArray()) {
            if (pv.isObject()) {
                d.paragraphs << DocxParagraph{DocxParagraph::Style::Heading2, pv.toObject().value(QLatin1String("heading")).toString()};
                continue;
            }
            QString text;
            int ordinals = 0;
            for (const QJsonValue &v : pv.toArray()) {
                const QJsonObject o = v.toObject();
                if (o.contains(QLatin1String("county")) && o.value(QLatin1String("county")).toBool() != figures.isCounty())
                    continue;
                const QString when = o.value(QLatin1String("when")).toString();
                if (!when.isEmpty() && !(figures.has(when) && figures.value(when) > 0))
                    continue;
                const QString whenList = o.value(QLatin1String("whenList")).toString();
                if (!whenList.isEmpty() && !filler.listHasItems(whenList))
                    continue;
                QString sentence;
                if (Status s = filler.fill(o.value(QLatin1String("text")).toString(), &ordinals, &sentence); !s)
                    return s;
                text += sentence;
            }
            if (!text.isEmpty())
                d.paragraphs << DocxParagraph{DocxParagraph::Style::Body, text};
        }
        for (const QJsonValue &cv : section.value(QLatin1String("charts")).toArray()) {
            const QJsonObject o = cv.toObject();
            if (o.contains(QLatin1String("county")) && o.value(QLatin1String("county")).toBool() != figures.isCounty())
                continue;
            SummaryChart chart;
            if (Status s = chartNamed(o.value(QLatin1String("chart")).toString(), &chart.kind); !s)
                return s;
            chart.unit = o.value(QLatin1String("unit")).toString();
            if (!figures.isCounty())
                chart.institutionId = UnitKey::institutionId(figures.unitKey);
            int unusedOrdinal = 0;
            if (Status s = filler.fill(o.value(QLatin1String("caption")).toString(), &unusedOrdinal, &chart.caption); !s)
                return s;
            chart.before = int(d.paragraphs.size());
            d.charts << chart;
        }
    }
    // A subheading with nothing under it goes.
    for (int i = d.paragraphs.size() - 1; i >= 0; --i) {
        const bool heading2 = d.paragraphs.at(i).style == DocxParagraph::Style::Heading2;
        const bool nextIsBody = i + 1 < d.paragraphs.size() && d.paragraphs.at(i + 1).style == DocxParagraph::Style::Body;
        if (heading2 && !nextIsBody) {
            d.paragraphs.removeAt(i);
            for (SummaryChart &c : d.charts)
                if (c.before > i)
                    --c.before;
        }
    }
    d.signature = figures.isCounty() ? figures.campaign.issuingBody : figures.unitName;
    d.date = figures.asOf;
    *out = d;
    return Status::success();
}

void SummaryDocument::placeCharts(const QList<SummaryChart> &drawn)
{
    QList<SummaryChart> kept;
    for (SummaryChart chart : std::as_const(charts)) {
        const auto it = std::find_if(drawn.cbegin(), drawn.cend(), [&chart](const SummaryChart &d) {
            return d.kind == chart.kind && d.unit == chart.unit && !d.png.isEmpty();
        });
        if (it == drawn.cend())
            continue;
        chart.png = it->png;
        chart.data = it->data;
        // A full-width space, as a caption's number and text stand apart in a Chinese document.
        chart.caption = tr("图%1").arg(kept.size() + 1) + QStringLiteral(u"\u3000") + chart.caption;
        kept << chart;
    }
    charts = kept;
}

DocxDocument SummaryDocument::toDocx() const
{
    DocxDocument doc;
    doc.title = title;
    doc.add(DocxParagraph::Style::Title, title);
    auto addCharts = [this, &doc](int before) {
        for (const SummaryChart &c : charts)
            if (c.before == before)
                doc.add(DocxImage{c.png, DocxImage::kTextWidthMm, c.caption, c.caption});
    };
    for (int i = 0; i < paragraphs.size(); ++i) {
        addCharts(i);
        doc.add(paragraphs.at(i).style, paragraphs.at(i).text);
    }
    addCharts(int(paragraphs.size()));
    doc.add(DocxParagraph::Style::Plain, QString());
    doc.add(DocxParagraph::Style::Right, signature);
    doc.add(DocxParagraph::Style::Right, chineseDate(date));
    return doc;
}

QString SummaryDocument::text() const
{
    QStringList lines;
    for (const DocxParagraph &p : paragraphs)
        lines << p.text;
    return lines.join(QLatin1Char('\n'));
}

} // namespace qf
