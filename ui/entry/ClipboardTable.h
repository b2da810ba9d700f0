// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace qf::ui {

/// A block of cells on the clipboard as Excel and WPS exchange it: text/plain with cells
/// separated by tabs and rows by CR LF (or LF), a line end after the last row, and a cell
/// holding a tab, a line end or a leading quote written in quotes with its quotes doubled.
/// text/html beside it is for programs that paste into cells.
class ClipboardTable
{
public:
    /// The rows of the block; nothing for empty text. A quote that does not close a cell
    /// is taken as written rather than swallowing the rows after it.
    static QList<QStringList> parse(const QString &text);
    static QString toText(const QList<QStringList> &rows);
    static QString toHtml(const QList<QStringList> &rows);
};

} // namespace qf::ui
