// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AuditEntry.h"
#include "model/Institution.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace qf {

class Database;

/// What an import of the registry stored.
struct RegistryImport
{
    QList<Institution> institutions;   ///< as stored, with their ids
    int added = 0;
    int updated = 0;
};

/// The registry's writes — 新增, 编辑, 停用/启用 and 导入名册 — that the 机构名册 page and the
/// command line share. Each is one transaction; the rules (required fields, a name that
/// only looks like another's, an opening day after months reported) are checked by the
/// registry as it stores, so nothing here or in a caller can skip them.
class RegistryActions
{
    Q_DECLARE_TR_FUNCTIONS(RegistryActions)
public:
    static std::optional<Institution> find(Database &db, qint64 id);
    /// The institution's changes, oldest first.
    static QList<AuditEntry> history(Database &db, qint64 id);

    /// Adds (id 0) or edits one institution; sets its id when added.
    static Status save(Database &db, Institution &institution);
    /// 停用 (from `on`, today when invalid) or 启用 again.
    static Status setActive(Database &db, qint64 id, bool active, const QDate &on = QDate());
    /// Reads a CSV file or an .xlsx workbook and stores every row, or none: a file with any
    /// error stores nothing and the status lists each one by row and column. Rows are
    /// matched to the registry by name (an existing name is updated).
    static Status importFile(Database &db, const QString &path, RegistryImport *result);
};

} // namespace qf
