// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <xlsxwriter.h>

namespace qf {

/// Why libxlsxwriter could not finish a workbook, in the user's words. Its zip and file
/// errors ("Zip generic error ZIP_ERRNO") say nothing a user can act on; when the disk is
/// full or the folder is not writable the message says so, as every other writer's does.
class XlsxWriteError
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriteError)
public:
    /// error as workbook_close returned it, savedErrno the errno right after, folder where
    /// the file was being written.
    static QString describe(lxw_error error, int savedErrno, const QString &folder);
};

} // namespace qf
