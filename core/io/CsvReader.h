// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"

#include <QByteArray>
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

/// Reads CSV strictly by RFC 4180, as office programs write it, and refuses whatever it
/// would otherwise have to guess, so that nothing in a file is silently lost or misread:
/// - text is UTF-8 (with or without BOM) or, failing that, GB18030/GBK; bytes that are
///   neither are refused with the line they are on, never stored as U+FFFD;
/// - records end at CRLF, LF or a lone CR; a last line without a line end is a record;
///   a quoted field may hold commas, doubled quotes and line ends;
/// - an unclosed quote, a quote inside an unquoted field and text after a closing quote
///   are refused with the line and column where they are;
/// - the first record is the header: a cell beyond the header's last column or under an
///   empty header is refused (its content would be dropped), and so is a field longer
///   than TextLimits allows;
/// - records of nothing but blanks are skipped (spreadsheets write them for formatted rows).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    /// Larger files are refused before they are read: a county's registry or a year's
    /// ledger is a few hundred kilobytes.
    static constexpr qint64 kMaxFileSize = 10LL * 1024 * 1024;
    static constexpr int kMaxFields = 256;
    static constexpr int kMaxRecords = 100000;

    /// Decodes a file's bytes (see the class comment); fileName is for messages.
    static Status decode(const QByteArray &bytes, const QString &fileName, QString *text,
                         QString *encodingName = nullptr);
    /// Parses decoded text into records; on any problem *records is left alone.
    static Status parse(const QString &text, const QString &fileName, QList<CsvRecord> *records);
    /// decode() then parse().
    static Status parseBytes(const QByteArray &bytes, const QString &fileName, QList<CsvRecord> *records,
                             QString *encodingName = nullptr);
    /// Reads a regular file of at most kMaxFileSize (InputFile) and parses it; messages
    /// name the file by its name.
    static Status readFile(const QString &path, QList<CsvRecord> *records, QString *encodingName = nullptr);
};

} // namespace qf
