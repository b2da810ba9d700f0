// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/ExportWording.h"

#include "io/AtomicFile.h"
#include "summary/WordingFiles.h"

#include <QDir>
#include <QFileInfo>

namespace qf {

Status ExportWording::write(const QString &dir, QStringList *written)
{
    written->clear();
    if (!QDir().mkpath(dir))
        return Status::failure(tr("无法建立文件夹 %1。").arg(QDir::toNativeSeparators(dir)));
    const QList<WordingFiles::Kind> kinds{WordingFiles::Kind::Summary, WordingFiles::Kind::Mail};
    // Both or neither, and never over a file that is there.
    for (WordingFiles::Kind kind : kinds) {
        const QString file = QDir(dir).filePath(WordingFiles::fileName(kind));
        if (QFileInfo::exists(file))
            return Status::failure(tr("%1 已存在，未覆盖：要从内置措辞重新开始，请先移走它。").arg(QDir::toNativeSeparators(file)));
    }
    for (WordingFiles::Kind kind : kinds) {
        const QString file = QDir(dir).filePath(WordingFiles::fileName(kind));
        if (Status s = AtomicFile::write(file, WordingFiles::builtIn(kind)); !s)
            return s;
        *written << file;
    }
    return Status::success();
}

} // namespace qf
