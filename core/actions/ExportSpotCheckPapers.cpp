// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportSpotCheckPapers.h"

#include "print/DocumentFormat.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/SpotCheckRepository.h"

namespace qf {

Status ExportSpotCheckPapers::checkPath(const QString &path)
{
    if (path.isEmpty())
        return Status::failure(tr("没有指定要写入的文件。"));
    DocumentFormat::Kind kind;
    return DocumentFormat::of(path, &kind);
}

Status ExportSpotCheckPapers::write(Database &db, qint64 drawId, Paper paper, const SpotCheckPaperOptions &options,
                                    const QString &path, int *pages, OfficePaper *made)
{
    if (Status s = checkPath(path); !s)
        return s;
    const auto draw = SpotCheckRepository(db).find(drawId);
    if (!draw)
        return Status::failure(tr("找不到抽查记录 %1。").arg(drawId));
    const auto campaign = CampaignRepository(db).load(draw->campaignId);
    if (!campaign)
        return Status::failure(tr("抽查记录 %1 所属的专项整治（编号%2）已不存在。").arg(drawId).arg(draw->campaignId));
    const QJsonObject wording = SpotCheckPapers::wordingFor(*campaign);
    OfficePaper document;
    const Status s = paper == Paper::List ? SpotCheckPapers::list(*campaign, *draw, wording, options, &document)
                                          : SpotCheckPapers::notices(*campaign, *draw, wording, options, &document);
    if (!s)
        return s;
    if (made)
        *made = document;
    return OfficePaperWriter::write(document, path, pages);
}

QString ExportSpotCheckPapers::defaultFileName(Paper paper, qint64 drawId, const QString &suffix)
{
    const QString name = paper == Paper::List ? tr("抽查名单") : tr("检查通知");
    return tr("%1（抽查记录%2）").arg(name).arg(drawId) + suffix;
}

} // namespace qf
