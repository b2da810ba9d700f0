// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentFormat.h"

#include <QDir>

namespace qf {

Status DocumentFormat::of(const QString &path, Kind *out)
{
    Kind kind;
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        kind = Pdf;
    else if (path.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive))
        kind = Docx;
    else
        return Status::failure(tr("无法保存为 %1：文件名须以 .pdf（PDF 文件）或 .docx（Word 文档）结尾。")
                                   .arg(QDir::toNativeSeparators(path)));
    if (out)
        *out = kind;
    return Status::success();
}

} // namespace qf
