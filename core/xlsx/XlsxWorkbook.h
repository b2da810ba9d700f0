// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "XlsxSheet.h"
#include "model/Status.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace qf {

/// A workbook read from an .xlsx file (Excel, WPS, LibreOffice and generated ones): the
/// sheets in the order the workbook lists them, with their values and merges. Styles,
/// number formats and formulas' text are not read; formulas give the values their
/// program cached.
class XlsxWorkbook
{
public:
    /// Reads the whole file. A damaged, encrypted or hostile file fails with a message
    /// naming the file and the part or cell at fault; nothing is read partly.
    static Status open(const QString &path, XlsxWorkbook *out);
    /// The same for bytes already in memory; fileName is only used in messages.
    static Status openData(const QByteArray &bytes, const QString &fileName, XlsxWorkbook *out);

    QString fileName() const { return m_fileName; }
    int sheetCount() const { return int(m_sheets.size()); }
    QStringList sheetNames() const;
    /// By name, exactly or else ignoring case as Excel does; null when there is none.
    const XlsxSheet *sheet(const QString &name) const;
    const XlsxSheet *sheetAt(int index) const;
    /// The first sheet that is not hidden (the one a program opens on), else the first.
    const XlsxSheet *firstVisibleSheet() const;

    // Filled by the reader.
    void setFileName(const QString &name) { m_fileName = name; }
    void addSheet(const XlsxSheet &sheet) { m_sheets << sheet; }

private:
    QString m_fileName;
    QList<XlsxSheet> m_sheets;
};

} // namespace qf
