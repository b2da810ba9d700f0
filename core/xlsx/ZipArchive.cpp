// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipArchive.h"

#include <minizip/unzip.h>

#include <algorithm>

namespace qf {

ZipArchive::~ZipArchive()
{
    if (m_zip)
        unzClose(static_cast<unzFile>(m_zip));
}

bool ZipArchive::isCompoundFile(const QByteArray &data)
{
    return data.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

QString ZipArchive::key(const QString &part)
{
    QString k = part;
    k.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (k.startsWith(QLatin1Char('/')))
        k.remove(0, 1);
    return k.toLower();
}

Status ZipArchive::open(const QByteArray &data, const QString &fileName)
{
    m_fileName = fileName;
    m_stream.data = data;
    m_stream.pos = 0;

    zlib_filefunc64_def io;
    m_stream.bind(&io);
    unzFile zip = unzOpen2_64("", &io);
    if (!zip)
        return Status::failure(tr("%1 不是 .xlsx 工作簿：文件不是 ZIP 格式或已损坏。").arg(fileName));
    m_zip = zip;

    const Status corrupt = Status::failure(tr("%1 已损坏：ZIP 目录无法读取。").arg(fileName));
    int rc = unzGoToFirstFile(zip);
    while (rc == UNZ_OK) {
        if (m_entries.size() >= MaxEntries)
            return Status::failure(tr("%1 包含的文件过多（超过 %2 个），拒绝读取。").arg(fileName).arg(MaxEntries));
        unz_file_info64 info;
        if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return corrupt;
        // The whole name, however long: a name cut at a buffer's end could match another one.
        QByteArray rawName(qsizetype(info.size_filename), '\0');
        if (unzGetCurrentFileInfo64(zip, &info, rawName.data(), uLong(rawName.size()), nullptr, 0, nullptr, 0) != UNZ_OK)
            return corrupt;
        unz64_file_pos pos;
        if (unzGetFilePos64(zip, &pos) != UNZ_OK)
            return corrupt;
        const QString name = QString::fromUtf8(rawName);
        // Two members that are one part by OPC's rules ("xl/workbook.xml" and "XL\Workbook.xml")
        // are read as the first by some programs and the last by others: the same file would
        // show different figures here and in the program that checked it. Refuse it.
        const QString k = key(name);
        if (const auto seen = m_names.constFind(k); seen != m_names.constEnd())
            return Status::failure(tr("%1 已损坏：其中有两个同名的部件“%2”和“%3”（名称只差大小写或斜杠），"
                                      "无法确定该读哪一个。").arg(fileName, *seen, name));
        m_names.insert(k, name);
        m_entries.insert(k, {pos.pos_in_zip_directory, pos.num_of_file});
        rc = unzGoToNextFile(zip);
    }
    if (rc != UNZ_END_OF_LIST_OF_FILE)
        return corrupt;
    return Status::success();
}

bool ZipArchive::contains(const QString &part) const
{
    return m_entries.contains(key(part));
}

Status ZipArchive::read(const QString &part, QByteArray *out)
{
    out->clear();
    auto *zip = static_cast<unzFile>(m_zip);
    const auto it = m_entries.constFind(key(part));
    if (!zip || it == m_entries.constEnd())
        return Status::failure(tr("%1 缺少 %2。").arg(m_fileName, part));
    const Status corrupt = Status::failure(tr("%1 已损坏：无法解压其中的 %2。").arg(m_fileName, part));
    const Status tooLarge = Status::failure(
        tr("%1 中的 %2 解压后过大（超过 %3 MiB），拒绝读取：文件可能已损坏。").arg(m_fileName, part).arg(MaxPartSize >> 20));

    unz64_file_pos pos{it->directoryOffset, it->index};
    unz_file_info64 info;
    if (unzGoToFilePos64(zip, &pos) != UNZ_OK
        || unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return corrupt;
    if (info.flag & 1)
        return Status::failure(tr("%1 中的 %2 设有密码，无法读取：请取消密码保护并另存为 .xlsx 后重试。")
                                   .arg(m_fileName, part));
    // The declared size may lie; it only lets an honest oversized file fail early.
    if (info.uncompressed_size > quint64(MaxPartSize) || m_totalRead + qint64(info.uncompressed_size) > MaxTotalSize)
        return tooLarge;
    if (unzOpenCurrentFile(zip) != UNZ_OK)
        return corrupt;

    // Reserve for what the member can hold, not for what it claims: deflate expands at most
    // about 1032 times, so a tiny member declaring 60 MiB gets no 60 MiB buffer up front.
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min<quint64>(info.uncompressed_size, info.compressed_size * 1032 + 1024)));
    char buffer[65536];
    int n = 0;
    while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) {
        if (bytes.size() + n > MaxPartSize || m_totalRead + bytes.size() + n > MaxTotalSize) {
            unzCloseCurrentFile(zip);
            return tooLarge;
        }
        bytes.append(buffer, n);
    }
    // Closing after a complete read checks the CRC.
    if (unzCloseCurrentFile(zip) != UNZ_OK || n < 0)
        return corrupt;
    m_totalRead += bytes.size();
    *out = bytes;
    return Status::success();
}

} // namespace qf
