// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocxDocument.h"
#include "model/Status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace qf {

/// Writes a DocxDocument as a minimal ECMA-376 (transitional) WordprocessingML package that
/// Word, WPS and LibreOffice open without repair: [Content_Types].xml, the relationships,
/// word/document.xml with the section (A4, GB/T 9704 margins, a grid of 22 lines),
/// word/styles.xml, word/settings.xml, word/fontTable.xml (仿宋_GB2312 and the others with
/// their fallback names), footers with the page number “— 1 —” (odd pages right, even
/// pages left), tables with borders and merged cells, and PNG images in word/media.
/// The same document always gives the same bytes.
class DocxWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocxWriter)
public:
    /// The whole package in memory.
    static Status package(const DocxDocument &document, QByteArray *out);
    /// The package written atomically to `path` (refused for a protected path).
    static Status write(const DocxDocument &document, const QString &path);

    /// Text as XML may carry it: C0 controls other than tab and line feed, U+FFFE/U+FFFF
    /// and unpaired surrogates are dropped, carriage returns too.
    static QString cleanText(const QString &text);
};

} // namespace qf
