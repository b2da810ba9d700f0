// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxFormWriter.h"

#include "XlsxFormSheet.h"
#include "XlsxFormats.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryFile>

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

    // libxlsxwriter can only write to a file name, and a half-written workbook must never
    // replace a good one: it writes to a temporary file, and QSaveFile puts the result in
    // place in one step once everything succeeded.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(tr("无法写入 %1：%2").arg(QDir::toNativeSeparators(path), out.errorString()));
    QTemporaryFile temp(QDir::temp().filePath(QStringLiteral("qingfeng-XXXXXX.xlsx")));
    if (!temp.open())
        return Status::failure(tr("无法创建临时文件以生成 %1：%2").arg(QDir::toNativeSeparators(path), temp.errorString()));
    temp.close();

    lxw_workbook *workbook = workbook_new(QFile::encodeName(temp.fileName()).constData());
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
        status = XlsxFormSheet(sheet, formats, tables.at(i), name, m_inputTemplate).write();
    }
    // workbook_close also frees the workbook, so it runs whatever happened before.
    const lxw_error closed = workbook_close(workbook);
    if (!status) {
        status.add(tr("未写入 %1。").arg(QDir::toNativeSeparators(path)));
        return status;
    }
    if (closed != LXW_NO_ERROR)
        return Status::failure(tr("无法生成 Excel 文件 %1：%2").arg(QDir::toNativeSeparators(path), lxwMessage(closed)));

    QFile produced(temp.fileName());
    if (!produced.open(QIODevice::ReadOnly))
        return Status::failure(tr("无法读取生成的临时文件：%1").arg(produced.errorString()));
    const QByteArray bytes = produced.readAll();
    if (out.write(bytes) != bytes.size() || !out.commit())
        return Status::failure(tr("无法写入 %1：%2").arg(QDir::toNativeSeparators(path), out.errorString()));
    return Status::success();
}

} // namespace qf
