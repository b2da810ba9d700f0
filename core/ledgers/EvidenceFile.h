// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace qf {

/// A file attached to a problem as evidence, before or after rectification. The content
/// is loaded only when the file is opened.
struct EvidenceFile
{
    enum class Stage { Before, After };   // 整改前, 整改后

    qint64 id = 0;
    qint64 problemId = 0;
    Stage stage = Stage::Before;
    QString fileName;
    qint64 size = 0;
    QString sha256;                       ///< hex, to show that the stored file is the one attached
    QDateTime addedAt;
    QString addedBy;

    /// The largest file the ledger keeps: enough for photos and scanned pages.
    static constexpr qint64 kMaxSize = 20 * 1024 * 1024;
};

} // namespace qf
