// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace qf::SqlScript {

/// Splits a migration script into statements, since Qt's SQLite driver runs one
/// statement per exec(). Comments are dropped; CREATE TRIGGER … END; stays whole.
QStringList split(const QString &script);

} // namespace qf::SqlScript
