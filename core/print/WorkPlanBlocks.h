// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentBlock.h"
#include "campaign/WorkPlan.h"
#include "model/Campaign.h"


namespace qf {

/// A 工作方案 as the paragraphs of a document: its title, preamble, numbered sections and
/// 附件 list. The steps come from the campaign's phases and their dates, the contacts at
/// the end of the requirements from its offices, so that a changed phase or mailbox
/// changes the printed plan.
/// The words are the document's own (Chinese whatever the interface language).
class WorkPlanBlocks
{
public:
    static QList<DocumentBlock> of(const WorkPlan &plan, const Campaign &campaign);
    /// “2021年6-8月”: a phase's months as plans write them.
    static QString phaseMonths(const Phase &phase);
    /// The 附件 list: “附件：1.…”, then “2.…” under the first name.
    static QList<DocumentBlock> attachments(const QStringList &names);
};

} // namespace qf
