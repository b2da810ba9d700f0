// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cli.h"

#include <QDate>

namespace qf::cli {

/// The campaign a command works on: --campaign ID, or the most recent one. Prints why
/// not and returns 0 when there is none.
qint64 campaignFromOptions(Context &ctx, const CliOptions &opts, Database &db);

/// --today YYYY-MM-DD (to see the picture as it was or will be on a day), else today.
/// Returns an invalid date, after printing why, when the option is malformed.
QDate todayFromOptions(Context &ctx, const CliOptions &opts);

} // namespace qf::cli
