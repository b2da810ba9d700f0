// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChineseDate.h"
#include "PageGeometry.h"
#include "PosterText.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>

class QPainter;

namespace qf {

/// What one institution's poster says, line by line.
struct PosterContent
{
    struct Channel
    {
        QString label;   ///< 医院举报电话
        QString value;   ///< 0772-6812120
    };
    QStringList titleLines;
    QString body;
    QList<Channel> channels;
    QString institution;
    QString date;        ///< 2021年7月9日
};

/// Paints the announcement poster (附件4) on one A4 portrait page: title, body, the six
/// report channels and the institution at the foot, in type large enough to read across
/// a waiting hall. Long names and addresses are set smaller rather than cut off.
class PosterPainter
{
    Q_DECLARE_TR_FUNCTIONS(PosterPainter)
public:
    PosterPainter(const Campaign &campaign, const QDate &date);
    PosterPainter(const Campaign &campaign, const PosterText &text, const QDate &date);

    PosterContent content(const Institution &institution) const;
    void paint(QPainter &painter, const PageGeometry &page, const Institution &institution) const;
    static void paint(QPainter &painter, const PageGeometry &page, const PosterContent &content);

    /// Paragraphs already laid out, kept across the pages of a batch: every poster of a
    /// campaign sets the same body text at the same size.
    class LayoutCache;

private:
    static void paint(QPainter &painter, const PageGeometry &page, const PosterContent &content, LayoutCache &cache);

    Campaign m_campaign;
    PosterText m_text;
    QDate m_date;
    std::shared_ptr<LayoutCache> m_layouts;
};

} // namespace qf
