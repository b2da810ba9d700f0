// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace qf {

/// One parsed CSV record and the line of the file it started on (for messages).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// Reads RFC 4180 CSV as office programs write it: UTF-8 (with or without BOM) or
/// GB18030/GBK, comma or Chinese comma separators are not mixed, quoted fields may hold
/// newlines.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    /// Decodes bytes: UTF-8 when valid, GB18030 otherwise.
    static QString decode(const QByteArray &bytes, QString *encodingName = nullptr);
    static QList<CsvRecord> parse(const QString &text);
    /// Reads a file; the first record is the header.
    static Status readFile(const QString &path, QList<CsvRecord> *records, QString *encodingName = nullptr);
};

} // namespace qf
