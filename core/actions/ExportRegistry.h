// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledgers/LedgerTable.h"
#include "model/Institution.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QDate>

namespace qf {

class Database;

/// 导出名册: the institution registry as a workbook, for the 机构名册 page and
/// `qingfeng-cli institutions export` alike. Its header is the one the registry import
/// reads (名称, 简称, 所有制, 等级, 医保定点, 类别, 乡镇, 举报电话, 举报邮箱, 联系人, 联系电话, values as
/// the forms write them), so the file can be corrected and imported back; a last 状态
/// column, which the import ignores, tells open institutions from closed ones.
class ExportRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ExportRegistry)
public:
    /// The open institutions in the registry's order, and the closed ones too when asked.
    static LedgerTable table(const QList<Institution> &registry, bool includeClosed, const QDate &today);
    /// Writes the stored registry; `rows` gets the number of institutions written.
    static Status run(Database &db, const QString &path, bool includeClosed, const QDate &today, int *rows = nullptr);
    /// "机构名册-2021-11-10.xlsx".
    static QString defaultFileName(const QDate &today);
};

} // namespace qf
