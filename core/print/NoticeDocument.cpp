// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticeDocument.h"

#include "WorkPlanBlocks.h"
#include "campaign/CampaignTemplate.h"

#include <QJsonArray>
#include <QTextBlock>
#include <QTextDocument>

namespace qf {

namespace {

// Indents typed into the text are the writer's way of starting a paragraph; the
// painter indents every paragraph itself.
QString trimmedParagraph(const QString &text)
{
    QString t = text;
    static const QString spaces = QStringLiteral(u" \t\u3000\u00a0");
    int start = 0;
    while (start < t.size() && spaces.contains(t.at(start)))
        ++start;
    int end = int(t.size());
    while (end > start && spaces.contains(t.at(end - 1)))
        --end;
    return t.mid(start, end - start);
}

// Only the emphasis a writer means survives: fonts and sizes follow the document standard.
QTextCharFormat emphasisOf(const QTextCharFormat &source)
{
    QTextCharFormat f;
    if (source.fontWeight() >= QFont::DemiBold)
        f.setFontWeight(QFont::Bold);
    if (source.fontItalic())
        f.setFontItalic(true);
    if (source.fontUnderline())
        f.setFontUnderline(true);
    return f;
}

} // namespace

QStringList NoticeDocument::defaultAttachments(int year)
{
    return {QStringLiteral(u"卫生健康系统开展群众身边腐败和作风问题治理情况统计表（一）"),
            QStringLiteral(u"卫生健康系统开展群众身边腐败和作风问题治理情况统计表（二）"),
            QStringLiteral(u"%1年深入整治医疗领域腐败和作风问题工作情况统计表（三）").arg(year),
            QStringLiteral(u"公告参考内容")};
}

QList<NoticeDocument::Paragraph> NoticeDocument::parseBody(const QString &stored)
{
    QList<Paragraph> result;
    if (Qt::mightBeRichText(stored)) {
        QTextDocument doc;
        doc.setHtml(stored);
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const QString raw = block.text();
            const QString text = trimmedParagraph(raw);
            if (text.isEmpty())
                continue;
            const int shift = int(raw.indexOf(text));
            Paragraph p{text, {}};
            for (const QTextLayout::FormatRange &r : block.textFormats()) {
                const QTextCharFormat f = emphasisOf(r.format);
                const int from = qMax(0, r.start - shift);
                const int to = qMin(int(text.size()), r.start + r.length - shift);
                if (f.properties().isEmpty() || to <= from)
                    continue;
                p.formats << QTextLayout::FormatRange{from, to - from, f};
            }
            result << p;
        }
        return result;
    }
    const QStringList lines = QString(stored).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString text = trimmedParagraph(line);
        if (!text.isEmpty())
            result << Paragraph{text, {}};
    }
    return result;
}

NoticeDocument NoticeDocument::fromCampaign(const Campaign &c)
{
    NoticeDocument d;
    d.header = c.issuingBody + QStringLiteral(u"文件");
    d.docNumber = c.docNumber;
    d.title = QStringLiteral(u"关于印发《%1》的通知").arg(c.title);
    d.addressees = c.addressees.trimmed();
    if (!d.addressees.isEmpty() && !d.addressees.endsWith(QStringLiteral(u"：")) && !d.addressees.endsWith(QLatin1Char(':')))
        d.addressees += QStringLiteral(u"：");
    d.body = parseBody(c.noticeBody);
    d.signature = c.issuingBody;
    d.date = c.noticeDate;
    d.printedBy = c.issuingBody.isEmpty() ? QString() : c.issuingBody + QStringLiteral(u"办公室");
    d.attachments = defaultAttachments(c.year);
    d.disclosure = QStringLiteral(u"主动公开");

    if (const auto tmpl = CampaignTemplate::find(c.templateName)) {
        const QJsonObject json = tmpl->json();
        if (json.contains(QLatin1String("attachments"))) {
            d.attachments.clear();
            for (const QJsonValue &v : json.value(QLatin1String("attachments")).toArray()) {
                QString name = v.toString().trimmed();
                name.replace(QLatin1String("{county}"), c.county);
                name.replace(QLatin1String("{city}"), c.city);
                name.replace(QLatin1String("{year}"), QString::number(c.year));
                if (!name.isEmpty())
                    d.attachments << name;
            }
        }
        if (json.contains(QLatin1String("disclosure")))
            d.disclosure = json.value(QLatin1String("disclosure")).toString().trimmed();
        d.transmission = json.value(QLatin1String("transmission")).toString().trimmed();
    }
    return d;
}

NoticeDocument NoticeDocument::fromCampaign(const Campaign &campaign, const WorkPlan &plan)
{
    NoticeDocument d = fromCampaign(campaign);
    if (!plan.isEmpty())
        d.plan = WorkPlanBlocks::of(plan, campaign);
    return d;
}

QList<DocumentBlock> NoticeDocument::noticeBlocks() const
{
    QList<DocumentBlock> blocks;
    blocks << DocumentBlock{DocumentBlock::Role::Title, title, {}, {}};
    if (!addressees.isEmpty())
        blocks << DocumentBlock{DocumentBlock::Role::Addressees, addressees, {}, {}};
    for (const Paragraph &p : body)
        blocks << DocumentBlock{DocumentBlock::Role::Body, p.text, p.formats, {}};
    blocks << WorkPlanBlocks::attachments(attachments);
    return blocks;
}

} // namespace qf
