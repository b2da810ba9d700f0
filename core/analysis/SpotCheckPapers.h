// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SpotCheckDraw.h"
#include "model/Campaign.h"
#include "model/SpotCheck.h"
#include "print/OfficePaper.h"

#include <QDate>
#include <QJsonObject>

namespace qf {

/// What the papers of a draw say besides the draw itself.
struct SpotCheckPaperOptions
{
    QDate date;          ///< 成文日期; invalid: today
    QDate inspectOn;     ///< 检查时间; invalid: a blank date filled in by hand
};

/// The printable papers of a stored 抽查 draw, their wording from template data (the
/// campaign template's "spotCheck", else the program's `spotcheck_papers.json`):
/// - the 抽查名单: title, how and when it was drawn, the table 序号, 机构, 所有制, 等级, 乡镇,
///   检查人员, the draw's number and seed with the command that re-runs it, the bureau's 落款;
/// - the 检查通知: one per drawn institution, addressed to it, naming the inspection date,
///   its two inspectors and what to prepare, signed by the bureau.
class SpotCheckPapers
{
    Q_DECLARE_TR_FUNCTIONS(SpotCheckPapers)
public:
    static QJsonObject wordingFor(const Campaign &campaign);
    static Status list(const Campaign &campaign, const SpotCheckRecord &draw, const QJsonObject &wording,
                       const SpotCheckPaperOptions &options, OfficePaper *out);
    static Status notices(const Campaign &campaign, const SpotCheckRecord &draw, const QJsonObject &wording,
                          const SpotCheckPaperOptions &options, OfficePaper *out);
    /// The campaign's name as the papers say it: its plan's title without 工作方案.
    static QString campaignName(const Campaign &campaign);
};

} // namespace qf
