// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/Finding.h"
#include "io/CsvReader.h"
#include "model/Campaign.h"
#include "model/Institution.h"
#include "model/Report.h"
#include "model/Status.h"

#include <QCoreApplication>

namespace qf {

/// Reads monthly figures from CSV: columns 表,单位,月份,(1),(2),… (报送日期 optional), one row
/// per unit, form and month. 表 is 附件1/附件2/附件3; 单位 an institution's name or a 附件2
/// category (公立医院 三级 …); 月份 YYYY-MM. Values are cumulative. Rows are checked
/// against the form's rules together with what is stored; any error refuses the file.
class FigureCsvImport
{
    Q_DECLARE_TR_FUNCTIONS(FigureCsvImport)
public:
    struct Context
    {
        Campaign campaign;
        QList<Institution> registry;
        QList<Report> stored;       ///< the campaign's reports as stored now
        QDate today;
    };

    static Status parse(const QString &fileName, const QList<CsvRecord> &records, const Context &context,
                        QList<Report> *reports, QList<Finding> *warnings);
    static Status parseFile(const QString &path, const Context &context, QList<Report> *reports, QList<Finding> *warnings);
};

} // namespace qf
