// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxFormWriter.h"

#include "XlsxFormSheet.h"
#include "XlsxFormats.h"
#include "XlsxWriteError.h"
#include "io/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <xlsxwriter.h>

namespace qf {

namespace {

QString lxwMessage(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

QString sheetNameOf(const FormTable &table, int index)
{
    if (table.form && !table.form->attachment.isEmpty())
        return table.form->attachment;
    return QStringLiteral("Sheet%1").arg(index + 1);
}

} // namespace

Status XlsxFormWriter::writeForm(const QString &path, const FormTable &table) const
{
    return writeWorkbook(path, {table});
}

Status XlsxFormWriter::writeWorkbook(const QString &path, const QList<FormTable> &tables) const
{
    if (tables.isEmpty())
        return Status::failure(tr("没有要导出的表格，未写入 %1。").arg(QDir::toNativeSeparators(path)));
    for (const FormTable &t : tables)
        if (!t.form)
            return Status::failure(tr("表格缺少格式描述，未写入 %1。").arg(QDir::toNativeSeparators(path)));

    // A half-written workbook must never replace a good one: libxlsxwriter writes the
    // temporary file of AtomicFile, which replaces the target in one step once everything
    // succeeded. (No copy through memory: writing stays as fast as libxlsxwriter on its own.)
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Status::failure(tr("文件夹 %1 不存在，未写入 %2。")
                                   .arg(QDir::toNativeSeparators(target.absolutePath()), QDir::toNativeSeparators(path)));
    AtomicFile file(path, PrivateFiles::documentMode(path));
    if (const Status opened = file.open(); !opened)
        return opened;

    lxw_workbook *workbook = workbook_new(QFile::encodeName(file.temporaryPath()).constData());
    if (!workbook)
        return Status::failure(tr("无法生成 Excel 文件 %1（内存不足或临时文件不可写）。").arg(QDir::toNativeSeparators(path)));

    Status status;
    XlsxFormats formats(workbook);
    for (int i = 0; i < tables.size() && status; ++i) {
        const QString name = sheetNameOf(tables.at(i), i);
        const QByteArray name8 = name.toUtf8();
        const lxw_error nameError = workbook_validate_sheet_name(workbook, name8.constData());
        lxw_worksheet *sheet = nameError == LXW_NO_ERROR ? workbook_add_worksheet(workbook, name8.constData()) : nullptr;
        if (!sheet) {
            status = Status::failure(tr("%1：工作表名“%2”不可用（%3）。")
                                         .arg(QDir::toNativeSeparators(path), name, lxwMessage(nameError)));
            break;
        }
        XlsxFormSheet writer(sheet, formats, tables.at(i), name, m_inputTemplate);
        writer.setTemplateText(m_mark, m_note);
        status = writer.write();
    }
    // workbook_close also frees the workbook, so it runs whatever happened before.
    errno = 0;
    const lxw_error closed = workbook_close(workbook);
    const int closeErrno = errno;
    if (!status) {
        status.add(tr("未写入 %1。").arg(QDir::toNativeSeparators(path)));
        return status;
    }
    if (closed != LXW_NO_ERROR)
        return Status::failure(tr("无法生成 Excel 文件 %1：%2")
                                   .arg(QDir::toNativeSeparators(path), XlsxWriteError::describe(closed, closeErrno, target.absolutePath())));

    return file.commit();
}

} // namespace qf
