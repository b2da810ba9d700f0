// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryDocument.h"

#include "campaign/CampaignTemplate.h"
#include "model/Report.h"
#include "print/ChineseDate.h"

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
            } else if (m_f.figures.contains(name) || kKnownFigures.contains(name)) {
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

    static const QStringList kKnownFigures;

private:
    const SummaryFigures &m_f;
    QHash<QString, QString> m_words;
    QHash<QString, QString> m_lists;
};

// Figures that may be missing from a scope (附件2 has no institution's own figures): a
// sentence naming one of them is left out there, not refused as a wording error.
const QStringList Filler::kKnownFigures = {
    QStringLiteral("problemsFound"),      QStringLiteral("problemsRectified"), QStringLiteral("rectificationRate"),
    QStringLiteral("admonitions"),        QStringLiteral("criticisms"),        QStringLiteral("firstFormOther"),
    QStringLiteral("firstFormTotal"),     QStringLiteral("recommendations"),   QStringLiteral("recommendationsDone"),
    QStringLiteral("lifeMeetings"),       QStringLiteral("warningEducation"),  QStringLiteral("systems"),
    QStringLiteral("publicIssues"),       QStringLiteral("inspected"),         QStringLiteral("trainings"),
    QStringLiteral("trainees"),           QStringLiteral("caseMaterials"),     QStringLiteral("cluesVerified"),
    QStringLiteral("confessions"),        QStringLiteral("supplierInterviews"), QStringLiteral("kickbackCases"),
    QStringLiteral("kickbackPersons"),    QStringLiteral("kickbackAmount"),    QStringLiteral("giftCases"),
    QStringLiteral("giftPersons"),        QStringLiteral("giftAmount"),
};

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

QJsonObject SummaryDocument::sentencesFor(const Campaign &campaign)
{
    if (const auto tmpl = CampaignTemplate::find(campaign.templateName)) {
        const QJsonObject own = tmpl->json().value(QLatin1String("summary")).toObject();
        if (!own.isEmpty())
            return own;
    }
    QFile f(QStringLiteral(":/qingfeng/summary/sentences.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
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
