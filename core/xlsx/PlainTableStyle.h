// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QByteArray>
#include <QString>

#include <xlsxwriter.h>

namespace qf {

/// The look of the plain tables the program writes beside the official forms (ledgers,
/// the reminder list, the analysis series): 宋体 10 pt in bordered cells, a bold header on
/// blue-grey, a bold 16 pt title; so that they read as one family in WPS and Excel.
namespace PlainTableStyle {

/// A bordered body cell, vertically centred; callers add alignment and number format.
lxw_format *cell(lxw_workbook *wb);
lxw_format *header(lxw_workbook *wb);
lxw_format *title(lxw_workbook *wb);
lxw_format *subtitle(lxw_workbook *wb);

/// The formats every plain table starts from; a writer derives its own set from it and
/// adds what its columns need.
struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *subtitle = nullptr;
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;    ///< a body cell that wraps
};
/// Adds the four formats to the workbook, in that order.
Formats formats(lxw_workbook *wb);

/// A worksheet name Excel accepts: at most 31 characters and none of []:*?/\ .
QByteArray sheetName(const QString &title);

/// Remembers the first error of a run of libxlsxwriter calls, so that a writer reports it
/// once at the end instead of checking after every cell.
class FirstError
{
public:
    void check(lxw_error e)
    {
        if (e != LXW_NO_ERROR && m_first == LXW_NO_ERROR)
            m_first = e;
    }
    lxw_error first() const { return m_first; }
    /// Success, or the first error in the user's words, naming the file.
    Status status(const QString &path) const;

private:
    lxw_error m_first = LXW_NO_ERROR;
};

} // namespace PlainTableStyle

} // namespace qf
