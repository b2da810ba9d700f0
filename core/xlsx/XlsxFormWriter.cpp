// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxFormWriter.h"

#include "XlsxFormSheet.h"
#include "XlsxFormats.h"
#include "XlsxTarget.h"
#include "io/PrivateFiles.h"

#include <QDir>

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

    // A half-written workbook must never replace a good one (see XlsxTarget).
    XlsxTarget target(path, PrivateFiles::documentMode(path));
    if (Status opened = target.open(); !opened)
        return opened;
    lxw_workbook *workbook = target.workbook();

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
    return target.finish(status);
}

} // namespace qf
