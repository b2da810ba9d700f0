// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzInput.h"

#include <QList>
#include <QtEndian>

#include <zlib.h>

namespace qf::fuzz {

namespace {

const char *const kPartNames[] = {
    "[Content_Types].xml",  "_rels/.rels",          "xl/workbook.xml",          "xl/_rels/workbook.xml.rels",
    "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
};

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// A ZIP archive of stored (uncompressed) members, as small as the format allows.
QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>> &members)
{
    QByteArray zip, directory;
    for (const auto &[name, data] : members) {
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const quint32 offset = quint32(zip.size());
        put32(zip, 0x04034b50);
        put16(zip, 20);   // version needed
        put16(zip, 0);    // flags
        put16(zip, 0);    // stored
        put32(zip, 0);    // time and date
        put32(zip, crc);
        put32(zip, quint32(data.size()));
        put32(zip, quint32(data.size()));
        put16(zip, quint16(name.size()));
        put16(zip, 0);
        zip += name;
        zip += data;

        put32(directory, 0x02014b50);
        put16(directory, 20);   // made by
        put16(directory, 20);   // needed
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0);
        put32(directory, crc);
        put32(directory, quint32(data.size()));
        put32(directory, quint32(data.size()));
        put16(directory, quint16(name.size()));
        put16(directory, 0);    // extra
        put16(directory, 0);    // comment
        put16(directory, 0);    // disk
        put16(directory, 0);    // internal attributes
        put32(directory, 0);    // external attributes
        put32(directory, offset);
        directory += name;
    }
    const quint32 directoryOffset = quint32(zip.size());
    zip += directory;
    put32(zip, 0x06054b50);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, quint16(members.size()));
    put16(zip, quint16(members.size()));
    put32(zip, quint32(directory.size()));
    put32(zip, directoryOffset);
    put16(zip, 0);
    return zip;
}

} // namespace

QByteArray workbookBytes(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (input.startsWith("PK"))
        return input;
    QList<QPair<QByteArray, QByteArray>> members;
    qsizetype from = 0;
    for (const char *name : kPartNames) {
        if (from > input.size())
            break;
        qsizetype to = input.indexOf(kPartSeparator, from);
        if (to < 0)
            to = input.size();
        members.append({QByteArray(name), input.mid(from, to - from)});
        from = to + qsizetype(sizeof kPartSeparator - 1);
    }
    return storedZip(members);
}

} // namespace qf::fuzz
