// SPDX-License-Identifier: GPL-3.0-or-later
#include "PosterBatch.h"

#include "PageGeometry.h"
#include "PdfFile.h"
#include "PosterPainter.h"
#include "model/InstitutionLookup.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace qf {

QList<Institution> PosterBatch::select(const QList<Institution> &registry, const PosterSelection &selection,
                                       QStringList *refused)
{
    auto wanted = [&selection](const Institution &i) {
        return (selection.township.isEmpty() || i.township == selection.township)
               && (!selection.kind || i.kind == *selection.kind);
    };
    QList<Institution> result;
    if (selection.names.isEmpty()) {
        for (const Institution &i : registry)
            if (i.active && wanted(i))
                result << i;
        return result;
    }
    for (const QString &name : selection.names) {
        Institution found;
        if (const Status s = InstitutionLookup::find(registry, name, &found); !s) {
            if (refused)
                *refused << s.message();
            continue;
        }
        const bool already = std::any_of(result.cbegin(), result.cend(), [&found](const Institution &i) { return i.id == found.id; });
        if (!already && wanted(found))
            result << found;
    }
    return result;
}

QStringList PosterBatch::missingChannels(const Institution &institution)
{
    QStringList missing;
    if (institution.reportPhone.trimmed().isEmpty())
        missing << tr("举报电话");
    if (institution.reportEmail.trimmed().isEmpty())
        missing << tr("举报邮箱");
    return missing;
}

QList<Institution> PosterBatch::incomplete(const QList<Institution> &institutions)
{
    QList<Institution> result;
    for (const Institution &i : institutions)
        if (!missingChannels(i).isEmpty())
            result << i;
    return result;
}

QStringList PosterBatch::describeIncomplete(const QList<Institution> &institutions)
{
    QStringList lines;
    for (const Institution &i : institutions) {
        const QStringList missing = missingChannels(i);
        if (!missing.isEmpty())
            lines << tr("%1：缺少%2").arg(i.name, missing.join(QStringLiteral(u"、")));
    }
    return lines;
}

Status PosterBatch::checkCampaign(const Campaign &campaign)
{
    QStringList missing;
    if (campaign.cityPhone.trimmed().isEmpty())
        missing << tr("市卫生健康委举报电话");
    if (campaign.cityEmail.trimmed().isEmpty())
        missing << tr("市卫生健康委举报邮箱");
    if (campaign.bureauPhone.trimmed().isEmpty())
        missing << tr("%1卫生健康局举报电话").arg(campaign.county);
    if (campaign.bureauEmail.trimmed().isEmpty())
        missing << tr("%1卫生健康局举报邮箱").arg(campaign.county);
    if (missing.isEmpty())
        return Status::success();
    return Status::failure(tr("专项整治“%1”缺少%2，公告无法打印。请先在专项整治中补填。")
                               .arg(campaign.title, missing.join(QStringLiteral(u"、"))));
}

QDate PosterBatch::defaultDate(const Campaign &campaign, const QDate &today)
{
    if (today >= campaign.start && today <= campaign.end)
        return today;
    return campaign.noticeDate.isValid() ? campaign.noticeDate : campaign.start;
}

Status PosterBatch::paint(QPagedPaintDevice &device, const Campaign &campaign, const QList<Institution> &institutions,
                          const QDate &date, const Progress &progress, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    Status status = checkCampaign(campaign);
    const QStringList missing = describeIncomplete(institutions);
    if (!missing.isEmpty())
        status.add(tr("以下机构的举报渠道不全，未打印任何公告：\n%1").arg(missing.join(QLatin1Char('\n'))));
    if (institutions.isEmpty())
        status.add(tr("没有要打印公告的机构。"));
    if (!status)
        return status;

    setUpA4Portrait(device);
    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(tr("无法开始打印。"));
    const PosterPainter poster(campaign, date);
    const int total = int(institutions.size());
    for (int n = 0; n < total; ++n) {
        if (n > 0 && !device.newPage()) {
            painter.end();
            return Status::failure(tr("打印第%1页时出错。").arg(n + 1));
        }
        poster.paint(painter, PageGeometry::of(device), institutions.at(n));
        if (progress && !progress(n + 1, total)) {
            painter.end();
            if (cancelled)
                *cancelled = true;
            return Status::failure(tr("已取消打印（完成%1/%2页）。").arg(n + 1).arg(total));
        }
    }
    if (!painter.end())
        return Status::failure(tr("打印未能完成。"));
    return Status::success();
}

Status PosterBatch::writePdf(const QString &path, const Campaign &campaign, const QList<Institution> &institutions,
                             const QDate &date, const Progress &progress, bool *cancelled)
{
    return PdfFile::write(path, tr("%1 公告").arg(campaign.title), [&](QPdfWriter &writer) {
        return paint(writer, campaign, institutions, date, progress, cancelled);
    });
}

} // namespace qf
