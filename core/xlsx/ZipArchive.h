// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ZipMemoryStream.h"
#include "model/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace qf {

/// Reads the members of a ZIP archive held in memory (an .xlsx package), with limits
/// that keep a damaged or hostile file from exhausting memory: no member may inflate
/// beyond MaxPartSize and all members read together beyond MaxTotalSize, whatever
/// sizes the archive claims. Member names are matched as OPC part names are:
/// case-insensitively, with or without a leading slash, with `\` or `/`; an archive holding two
/// members that are the same part by these rules is refused.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)
public:
    static constexpr qint64 MaxPartSize = 64ll << 20;
    static constexpr qint64 MaxTotalSize = 256ll << 20;
    static constexpr int MaxEntries = 100000;

    ZipArchive() = default;
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /// Opens the archive; fileName is only used in messages.
    Status open(const QByteArray &data, const QString &fileName);
    bool contains(const QString &part) const;
    Status read(const QString &part, QByteArray *out);

    /// Whether the bytes start like an OLE compound file: an encrypted Office document
    /// or a pre-2007 .xls.
    static bool isCompoundFile(const QByteArray &data);

private:
    static QString key(const QString &part);

    QString m_fileName;
    ZipMemoryStream m_stream{ZipMemoryStream::Mode::Read};
    void *m_zip = nullptr;
    struct Entry
    {
        quint64 directoryOffset = 0;
        quint64 index = 0;
    };
    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_names;   ///< key → the member's name as stored, for messages
    qint64 m_totalRead = 0;
};

} // namespace qf
