// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cli.h"

#include <QDate>

namespace qf::cli {

/// An optional date option such as --date or --today (YYYY-MM-DD): `fallback` when it is
/// not given; an invalid date, after saying why, when it is malformed.
QDate dateOption(Context &ctx, const CliOptions &opts, const QString &name, const QDate &fallback);

/// --today (to see the picture as it was or will be on a day), else today.
inline QDate todayFromOptions(Context &ctx, const CliOptions &opts)
{
    return dateOption(ctx, opts, QStringLiteral("today"), QDate::currentDate());
}

} // namespace qf::cli
