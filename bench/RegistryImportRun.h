// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace qf::bench {

/// Writes a registry CSV of `rows` new institutions into dir, then imports it into a fresh
/// database there as `institutions import` does (parse against the registry, save all in
/// one transaction). Returns an empty string on success, else what went wrong.
QString writeRegistryCsv(const QString &dir, int rows, QString *path);
QString importRegistryCsv(const QString &dir, const QString &csv);

} // namespace qf::bench
