// SPDX-License-Identifier: GPL-3.0-or-later
#include "DateOption.h"

#include "CliOptions.h"

namespace qf::cli {

QDate dateOption(Context &ctx, const CliOptions &opts, const QString &name, const QDate &fallback)
{
    if (!opts.has(name))
        return fallback;
    const QDate d = QDate::fromString(opts.value(name), Qt::ISODate);
    if (!d.isValid())
        ctx.err << QCoreApplication::translate("Cli", "--%1 的日期“%2”无效，应为 YYYY-MM-DD。").arg(name, opts.value(name)) << "\n";
    return d;
}

} // namespace qf::cli
