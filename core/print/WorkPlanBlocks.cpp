// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkPlanBlocks.h"

#include "ChineseDate.h"
#include "model/YearMonth.h"

#include <QRegularExpression>

namespace qf {

namespace {

using Role = DocumentBlock::Role;

DocumentBlock block(Role role, const QString &text)
{
    DocumentBlock b;
    b.role = role;
    b.text = text;
    return b;
}

QStringList lines(const QString &text)
{
    QStringList result;
    for (const QString &line : QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    return result;
}

// （一）标题。正文（责任单位：…）: the number and title lead the item's first paragraph,
// the responsible units close its last.
void addItem(QList<DocumentBlock> *out, int n, const WorkPlan::Item &item)
{
    QStringList paragraphs = lines(item.text);
    QString lead = QStringLiteral(u"（%1）").arg(chineseOrdinal(n));
    if (!item.title.isEmpty())
        lead += item.title + (item.title.endsWith(QStringLiteral(u"。")) ? QString() : QStringLiteral(u"。"));
    // Numbered points (1.… 2.…) follow the item's title on lines of their own.
    static const QRegularExpression numbered(QStringLiteral("^\\d+[.．、]"));
    if (paragraphs.isEmpty() || (!item.title.isEmpty() && numbered.match(paragraphs.first()).hasMatch()))
        paragraphs.prepend(QString());
    paragraphs.first().prepend(lead);
    if (!item.responsible.isEmpty())
        paragraphs.last() += QStringLiteral(u"（责任单位：%1）").arg(item.responsible);
    for (const QString &p : paragraphs)
        *out << block(Role::Body, p);
}

QString roleLabel(const QString &role)
{
    // Two-character roles are spread to the width of 副组长, as plans print them.
    return role.size() == 2 ? QString(role.at(0)) + QChar(0x3000) + role.at(1) : role;
}

// A 范本 leaves the campaign's dates blank (从20__年__月__日开始); the steps fill them from the
// campaign, so that the plan says the dates the program tracks.
QString expandSteps(QString text, const Campaign &c)
{
    text.replace(QLatin1String("{startDate}"), chineseDate(c.start));
    text.replace(QLatin1String("{endDate}"), chineseDate(c.end));
    text.replace(QLatin1String("{endMonth}"), c.end.isValid() ? QStringLiteral(u"%1月").arg(c.end.month()) : QString());
    text.replace(QLatin1String("{end}"), YearMonth::fromDate(c.end).toChinese());
    text.replace(QLatin1String("{start}"), YearMonth::fromDate(c.start).toChinese());
    text.replace(QLatin1String("{phaseCount}"), QString::number(c.phases.size()));
    return text;
}

QString contactLine(const QString &label, const QList<Office> &offices, QString Office::*field)
{
    QStringList parts;
    for (const Office &o : offices)
        if (!(o.*field).trimmed().isEmpty())
            parts << o.name + QLatin1Char(' ') + (o.*field).trimmed();
    return parts.isEmpty() ? QString() : label + parts.join(QStringLiteral(u"，")) + QStringLiteral(u"。");
}

} // namespace

QString WorkPlanBlocks::phaseMonths(const Phase &p)
{
    if (!p.start.isValid() || !p.end.isValid())
        return QString();
    if (p.start.year() != p.end.year())
        return QStringLiteral(u"%1年%2月-%3年%4月").arg(p.start.year()).arg(p.start.month()).arg(p.end.year()).arg(p.end.month());
    if (p.start.month() == p.end.month())
        return QStringLiteral(u"%1年%2月").arg(p.start.year()).arg(p.start.month());
    return QStringLiteral(u"%1年%2-%3月").arg(p.start.year()).arg(p.start.month()).arg(p.end.month());
}

QList<DocumentBlock> WorkPlanBlocks::attachments(const QStringList &names)
{
    QList<DocumentBlock> result;
    for (int n = 0; n < names.size(); ++n) {
        DocumentBlock b;
        b.role = Role::Attachment;
        b.prefix = (n == 0 ? QStringLiteral(u"附件：") : QString()) + (names.size() > 1 ? QStringLiteral("%1.").arg(n + 1) : QString());
        b.text = names.at(n);
        result << b;
    }
    return result;
}

QList<DocumentBlock> WorkPlanBlocks::of(const WorkPlan &plan, const Campaign &c)
{
    QList<DocumentBlock> out;
    out << block(Role::Title, c.title);
    for (const QString &p : plan.preamble)
        out << block(Role::Body, p);
    for (int s = 0; s < plan.sections.size(); ++s) {
        const WorkPlan::Section &section = plan.sections.at(s);
        out << block(Role::Heading, QStringLiteral(u"%1、%2").arg(chineseOrdinal(s + 1), section.heading));
        for (const QString &p : section.paragraphs)
            out << block(Role::Body, section.kind == WorkPlan::Kind::Steps ? expandSteps(p, c) : p);
        if (section.kind == WorkPlan::Kind::Leadership) {
            QString previous;
            for (const WorkPlan::Member &m : section.members) {
                // A role is named once; the members under it line up with the first name.
                const QString label = m.role == previous ? QString(4, QChar(0x3000)) : roleLabel(m.role) + QStringLiteral(u"：");
                previous = m.role;
                // A 范本's blank (组长：____) has no post to keep apart from the name.
                out << block(Role::Member, label + m.name + (m.post.isEmpty() ? QString() : QString(2, QChar(0x3000)) + m.post));
            }
            if (!section.office.trimmed().isEmpty())
                out << block(Role::Body, section.office.trimmed());
        }
        int n = 0;
        if (section.kind == WorkPlan::Kind::Steps) {
            for (const Phase &p : c.phases) {
                const QString months = phaseMonths(p);
                // 第一阶段 is a stage's whole name; 自查自纠 is named a stage by the plan.
                const QString name = p.name.endsWith(QStringLiteral(u"阶段")) ? p.name : p.name + QStringLiteral(u"阶段");
                WorkPlan::Item item{months.isEmpty() ? name : QStringLiteral(u"%1（%2）").arg(name, months), p.description, QString()};
                addItem(&out, ++n, item);
            }
        }
        for (const WorkPlan::Item &item : section.items)
            addItem(&out, ++n, item);
        for (const QString &p : section.closing)
            out << block(Role::Body, section.kind == WorkPlan::Kind::Steps ? expandSteps(p, c) : p);
        if (section.kind == WorkPlan::Kind::Requirements) {
            for (const QString &line : {contactLine(QStringLiteral(u"联系电话："), c.offices, &Office::phone),
                                        contactLine(QStringLiteral(u"电子邮箱："), c.offices, &Office::email)})
                if (!line.isEmpty())
                    out << block(Role::Body, line);
        }
    }
    out << attachments(plan.attachments);
    return out;
}

} // namespace qf
