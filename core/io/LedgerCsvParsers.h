// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LedgerCsvImport.h"

namespace qf {

/// One parser per ledger: its fields, in the order of the parser's own field numbers, and
/// the rows.
class LedgerCsvParsers
{
    Q_DECLARE_TR_FUNCTIONS(LedgerCsvParsers)
public:
    static QList<LedgerCsvField> problemFields();
    static QList<LedgerCsvField> tipoffFields();
    static QList<LedgerCsvField> inspectionFields();
    static QList<LedgerCsvField> caseFields();
    static QList<LedgerCsvField> interviewFields();
    static QList<LedgerCsvField> negativeListFields();

    using Names = QHash<QString, const Institution *>;
    static void problems(const LedgerCsvSheet &sheet, const QList<CsvRecord> &records, const LedgerCsvImport::Context &ctx,
                   const Names &names, Status *status, LedgerCsvImport::Records *out);
    static void tipoffs(const LedgerCsvSheet &sheet, const QList<CsvRecord> &records, const LedgerCsvImport::Context &ctx,
                   const Names &names, Status *status, LedgerCsvImport::Records *out);
    static void inspections(const LedgerCsvSheet &sheet, const QList<CsvRecord> &records, const LedgerCsvImport::Context &ctx,
                   const Names &names, Status *status, LedgerCsvImport::Records *out);
    static void cases(const LedgerCsvSheet &sheet, const QList<CsvRecord> &records, const LedgerCsvImport::Context &ctx,
                   const Names &names, Status *status, LedgerCsvImport::Records *out);
    static void interviews(const LedgerCsvSheet &sheet, const QList<CsvRecord> &records, const LedgerCsvImport::Context &ctx,
                   const Names &names, Status *status, LedgerCsvImport::Records *out);
    static void negativeList(const LedgerCsvSheet &sheet, const QList<CsvRecord> &records, const LedgerCsvImport::Context &ctx,
                   const Names &names, Status *status, LedgerCsvImport::Records *out);
};

} // namespace qf
