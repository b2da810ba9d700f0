// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/AtomicFile.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QString>

#include <xlsxwriter.h>

namespace qf {

/// The one way a workbook reaches its file: libxlsxwriter writes the temporary file of an
/// AtomicFile, which replaces the target in one step only when every sheet and the close
/// succeeded, so a half-written workbook never replaces a good one (and no copy through
/// memory slows the writing). Every workbook writer (the forms, the ledgers, the analysis
/// series) opens and finishes its workbook here, so the refusals read the same everywhere.
class XlsxTarget
{
    Q_DECLARE_TR_FUNCTIONS(XlsxTarget)
public:
    explicit XlsxTarget(const QString &path, unsigned mode = PrivateFiles::kFileMode);
    ~XlsxTarget();
    XlsxTarget(const XlsxTarget &) = delete;
    XlsxTarget &operator=(const XlsxTarget &) = delete;

    /// The target's folder must exist (an export never creates one by accident); then the
    /// temporary file and the workbook on it.
    Status open();
    lxw_workbook *workbook() const { return m_workbook; }
    /// Closes the workbook (which libxlsxwriter does whatever happened) and, when `written`
    /// succeeded and the close did too, replaces the target. A failure names the file and,
    /// for the close, what the user can do (full disk, folder not writable).
    Status finish(Status written);
    /// “无法生成 Excel 文件 PATH：WHY”, the words every workbook writer fails with.
    static Status failure(const QString &path, const QString &why);

private:
    QString m_path;
    AtomicFile m_file;
    lxw_workbook *m_workbook = nullptr;
};

} // namespace qf
