// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxWorkbook.h"

#include "XlsxReader.h"

namespace qf {

Status XlsxWorkbook::open(const QString &path, XlsxWorkbook *out)
{
    return XlsxReader::readFile(path, out);
}

Status XlsxWorkbook::openData(const QByteArray &bytes, const QString &fileName, XlsxWorkbook *out)
{
    return XlsxReader::readData(bytes, fileName, out);
}

QStringList XlsxWorkbook::sheetNames() const
{
    QStringList names;
    for (const XlsxSheet &s : m_sheets)
        names << s.name();
    return names;
}

const XlsxSheet *XlsxWorkbook::sheet(const QString &name) const
{
    for (const XlsxSheet &s : m_sheets)
        if (s.name() == name)
            return &s;
    for (const XlsxSheet &s : m_sheets)
        if (s.name().compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

const XlsxSheet *XlsxWorkbook::sheetAt(int index) const
{
    return index >= 0 && index < m_sheets.size() ? &m_sheets.at(index) : nullptr;
}

const XlsxSheet *XlsxWorkbook::firstVisibleSheet() const
{
    for (const XlsxSheet &s : m_sheets)
        if (!s.isHidden())
            return &s;
    return sheetAt(0);
}

} // namespace qf
