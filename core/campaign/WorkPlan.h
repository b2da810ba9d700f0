// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace qf {

/// The 工作方案 a notice issues, as data: a preamble, numbered sections (一、二、…) and
/// the 附件 list. Most sections are the bureau's own words; two are written from the
/// campaign itself, so that the plan cannot disagree with what the program tracks: the
/// steps (工作步骤 / 方法步骤) from its phases and dates, and the contacts at the end of
/// the requirements (工作要求) from its offices' phones and mailboxes.
struct WorkPlan
{
    Q_DECLARE_TR_FUNCTIONS(WorkPlan)
public:
    enum class Kind {
        Items,         ///< paragraphs, then items （一）…（二）… each with its 责任单位, then closing paragraphs
        Leadership,    ///< 领导小组: paragraphs, 组长 / 副组长 / 成员 with their posts, the 办公室
        Steps,         ///< paragraphs, then one item per phase of the campaign
        Requirements,  ///< like Items, then the offices' phones and mailboxes
    };

    /// One member of the 领导小组.
    struct Member
    {
        QString role;   ///< 组长, 副组长, 成员
        QString name;
        QString post;   ///< 县卫健局党组书记、局长
    };

    /// One numbered item; an empty title runs the text straight after the number.
    struct Item
    {
        QString title;        ///< 领导动员部署 (printed with a full stop)
        QString text;         ///< one paragraph a line
        QString responsible;  ///< 责任单位; empty: none printed
    };

    struct Section
    {
        Kind kind = Kind::Items;
        QString heading;      ///< without its number: 整治重点
        QStringList paragraphs;
        QList<Member> members;
        QString office;       ///< the 办公室's seat and head, one paragraph
        QList<Item> items;
        QStringList closing;  ///< paragraphs after the items, unnumbered (a closing instruction)
    };

    QStringList preamble;
    QList<Section> sections;
    QStringList attachments;

    bool isEmpty() const { return preamble.isEmpty() && sections.isEmpty() && attachments.isEmpty(); }

    QJsonObject toJson() const;
    /// Reads a plan as toJson() writes it (and templates carry it); says what is wrong and where.
    static Status fromJson(const QJsonObject &json, WorkPlan *out);
    /// {county}, {city} and {year} in every text replaced (a template's plan for one campaign).
    WorkPlan filled(const QString &county, const QString &city, int year) const;

    static QString kindKey(Kind kind);
};

/// “一”, “二” … “二十”: the numbers of sections and of their items.
QString chineseOrdinal(int n);

} // namespace qf
