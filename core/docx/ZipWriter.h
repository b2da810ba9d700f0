// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ZipMemoryStream.h"
#include "model/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace qf {

/// Writes a ZIP archive into memory (an OPC package: .docx), every member deflated and
/// dated 1980-01-01 00:00, so that the same parts always give the same bytes. The archive
/// goes to disk in one piece through AtomicFile, never half-written.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)
public:
    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    /// Adds a member; a name given twice is refused.
    Status add(const QString &name, const QByteArray &content);
    /// Ends the archive and hands its bytes back; nothing may be added afterwards.
    Status finish(QByteArray *out);
    QStringList names() const { return m_names; }

private:
    ZipMemoryStream m_stream{ZipMemoryStream::Mode::Write};
    void *m_zip = nullptr;
    QStringList m_names;
    bool m_failed = false;
};

} // namespace qf
