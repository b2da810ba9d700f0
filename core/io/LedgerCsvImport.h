// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "LedgerCsvRow.h"
#include "ledgers/LedgerKind.h"
#include "ledgers/LedgerSnapshot.h"
#include "model/Institution.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QDate>

namespace qf {

class Database;

/// Reads a ledger from CSV (UTF-8 or GB18030), one record per row, with the headers that
/// headers() lists; states with their dates build each record's steps through the same
/// workflow the screen uses. A file with any bad row imports nothing, and every problem
/// is reported by line and column. Rows that repeat a stored record are refused too, so
/// importing a file twice does not double the ledger.
class LedgerCsvImport
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCsvImport)
public:
    struct Context
    {
        qint64 campaignId = 0;
        QList<Institution> registry;
        LedgerSnapshot existing;     ///< the campaign's ledgers as stored now
        QDate today;
    };

    /// What a file holds; only the lists of its kind are filled.
    struct Records
    {
        QList<Problem> problems;
        QList<Tipoff> tipoffs;
        QList<TipoffReporter> reporters;     ///< one per tip-off (possibly empty)
        QList<Inspection> inspections;
        QList<CaseRecord> cases;
        QList<SupplierInterview> interviews;
        QList<NegativeListEntry> negativeList;
        /// The file's name and each record's line, in the order of its kind's list, so that
        /// a record the database refuses (a locked month) is named by line.
        QString fileName;
        QList<int> lines;
        int size() const;
    };

    /// The columns of a kind's file, required ones first.
    static QList<LedgerCsvField> fields(LedgerKind kind);
    static QString headerLine(LedgerKind kind);

    static Status parse(LedgerKind kind, const QString &fileName, const QList<CsvRecord> &records, const Context &context,
                        Records *out);
    static Status parseFile(LedgerKind kind, const QString &path, const Context &context, Records *out);
    /// Stores what was parsed in one transaction: all or nothing. A refused record is named
    /// by its file and line.
    static Status save(Database &db, LedgerKind kind, Records &records);
};

} // namespace qf
