// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/SignalFinding.h"

namespace qf::ui {

class MainWindow;

/// 分析 → 走过场信号: a double-clicked finding opens what it rests on — the 报表填报 page at
/// the report's form and month, the 台账 tab with the ledger record selected, or 报送跟踪
/// for a work summary's filing. The first of the finding's records is opened; the panel
/// lists them all.
namespace SignalEvidenceOpener {
/// False when the finding names no record or the page could not be shown (a page with
/// unsaved edits that the clerk chose to stay on).
bool open(MainWindow &window, const SignalFinding &finding);
}

} // namespace qf::ui
