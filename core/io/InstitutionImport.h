// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Institution.h"
#include "model/Status.h"

namespace qf {

/// Imports the institution registry from whichever file a user picks: an Excel workbook
/// (.xlsx) or CSV. Both the command line and the registry page go through here.
class InstitutionImport
{
public:
    /// Whether the file is read as a workbook: by its extension, or by its first bytes
    /// (a ZIP package, or an encrypted/legacy .xls that then gets a clear message), since
    /// files sent by e-mail often lose or change their extension.
    static bool isWorkbook(const QString &path);
    static Status parseFile(const QString &path, const QList<Institution> &existing, QList<Institution> *out);
};

} // namespace qf
