// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainTableStyle.h"

#include "XlsxTarget.h"
#include "XlsxWriteError.h"

#include <QFileInfo>

namespace qf::PlainTableStyle {

namespace {

// Excel and WPS users have 宋体; elsewhere the spreadsheet program substitutes.
constexpr char kFont[] = "宋体";

} // namespace

lxw_format *cell(lxw_workbook *wb)
{
    lxw_format *f = workbook_add_format(wb);
    format_set_font_name(f, kFont);
    format_set_font_size(f, 10);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    return f;
}

lxw_format *header(lxw_workbook *wb)
{
    lxw_format *f = cell(wb);
    format_set_bold(f);
    format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_CENTER);
    format_set_bg_color(f, 0xDCE6F1);
    return f;
}

lxw_format *title(lxw_workbook *wb)
{
    lxw_format *f = workbook_add_format(wb);
    format_set_font_name(f, kFont);
    format_set_font_size(f, 16);
    format_set_bold(f);
    format_set_align(f, LXW_ALIGN_CENTER);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    return f;
}

lxw_format *subtitle(lxw_workbook *wb)
{
    lxw_format *f = workbook_add_format(wb);
    format_set_font_name(f, kFont);
    format_set_font_size(f, 10);
    format_set_align(f, LXW_ALIGN_LEFT);
    return f;
}

Formats formats(lxw_workbook *wb)
{
    Formats f;
    f.title = title(wb);
    f.subtitle = subtitle(wb);
    f.header = header(wb);
    f.text = cell(wb);
    format_set_text_wrap(f.text);
    return f;
}

QByteArray sheetName(const QString &title)
{
    QString s = title;
    for (QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        s.remove(c);
    return (s.left(31).isEmpty() ? QStringLiteral("Sheet1") : s.left(31)).toUtf8();
}

Status FirstError::status(const QString &path) const
{
    if (m_first == LXW_NO_ERROR)
        return Status::success();
    // A sheet call that failed: libxlsxwriter ran out of memory or met a limit of the format.
    return XlsxTarget::failure(path, XlsxWriteError::describe(m_first, 0, QFileInfo(path).absolutePath()));
}

} // namespace qf::PlainTableStyle
