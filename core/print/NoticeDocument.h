// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentBlock.h"
#include "campaign/WorkPlan.h"
#include "model/Campaign.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QTextLayout>

namespace qf {

/// The campaign's notice (通知) as the parts of a county government document
/// (GB/T 9704 党政机关公文格式): 发文机关标志, 发文字号, 标题, 主送机关, 正文,
/// 附件说明, 署名, 成文日期, 版记.
struct NoticeDocument
{
    /// A paragraph of the body with its bold/italic/underlined runs.
    struct Paragraph
    {
        QString text;
        QList<QTextLayout::FormatRange> formats;
    };

    QString header;            ///< 鹿寨县卫生健康局文件
    QString docNumber;         ///< 鹿卫医〔2021〕22号
    QString title;             ///< 关于印发《…》的通知
    QString addressees;        ///< ends in a full-width colon
    QList<Paragraph> body;
    QStringList attachments;   ///< names without numbers
    QString signature;         ///< 鹿寨县卫生健康局
    QDate date;
    QString disclosure;        ///< 公开方式, e.g. 主动公开; empty: not printed
    QString printedBy;         ///< 版记: 鹿寨县卫生健康局办公室
    QString transmission;      ///< under the 版记, e.g. 网络传输; empty: not printed
    /// The 工作方案 the notice issues, printed after it from a page of its own; empty: none.
    QList<DocumentBlock> plan;

    /// The notice's own text as document blocks: title, 主送, paragraphs, 附件 list (the
    /// 版头, 署名, 成文日期, 公开方式 and 版记 have places of their own).
    QList<DocumentBlock> noticeBlocks() const;

    /// Builds the notice from the campaign and its template (附件 names, 公开方式).
    static NoticeDocument fromCampaign(const Campaign &campaign);
    /// The same followed by the campaign's 工作方案.
    static NoticeDocument fromCampaign(const Campaign &campaign, const WorkPlan &plan);
    /// The body as stored with the campaign: plain text, one paragraph a line, or simple
    /// HTML (paragraphs with bold, italic and underline; other styling is dropped).
    static QList<Paragraph> parseBody(const QString &stored);
    /// The seed's 附件1–4 names for a campaign year.
    static QStringList defaultAttachments(int year);
};

} // namespace qf
