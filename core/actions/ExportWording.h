// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QStringList>

namespace qf {

/// `qingfeng-cli wording init`: the built-in wording files (WordingFiles) written out as the
/// starting point of a bureau's own.
class ExportWording
{
    Q_DECLARE_TR_FUNCTIONS(ExportWording)
public:
    /// Writes both built-in files into `dir` (made if missing); never over a file that is
    /// there, so a bureau's own words are not lost. `written` lists the files made.
    static Status write(const QString &dir, QStringList *written);
};

} // namespace qf
