// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/SpotCheckPapers.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QString>

namespace qf {

class Database;

/// 打印抽查名单 and 生成检查通知: the papers of a stored draw written as the name the user
/// gives asks (.pdf or .docx, DocumentFormat), whole or not at all, for the window and
/// `qingfeng-cli analysis spotcheck … --out / --notices` alike. Reads only.
class ExportSpotCheckPapers
{
    Q_DECLARE_TR_FUNCTIONS(ExportSpotCheckPapers)
public:
    enum class Paper { List, Notices };

    /// Refuses, before anything is drawn or computed, a name that is neither .pdf nor .docx.
    static Status checkPath(const QString &path);
    /// The paper of draw `drawId` at `path`; `pages` gets a PDF's page count, `made` the paper.
    static Status write(Database &db, qint64 drawId, Paper paper, const SpotCheckPaperOptions &options, const QString &path,
                        int *pages = nullptr, OfficePaper *made = nullptr);
    /// The save dialog's name: 抽查名单（抽查记录3）.pdf, 检查通知（抽查记录3）.docx.
    static QString defaultFileName(Paper paper, qint64 drawId, const QString &suffix);
};

} // namespace qf
