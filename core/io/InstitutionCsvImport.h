// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CsvReader.h"
#include "model/Institution.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QHash>

namespace qf {

/// Turns registry CSV records (header 名称,简称,所有制,等级,医保定点,类别,乡镇,举报电话,
/// 举报邮箱,联系人 in any order) into institutions. Any bad row makes the whole file fail,
/// with every problem listed by line and column.
class InstitutionCsvImport
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionCsvImport)
public:
    enum Field { Name, ShortName, Ownership_, Level_, Contracted, Kind, Township, Phone, Email, Contact, ContactPhone,
                 OpenedOn, FieldCount };

    /// The header text we write and expect for each field.
    static QString fieldHeader(Field f);
    static bool isRequired(Field f);

    /// The field a header cell names (its header or a common synonym), if any.
    static bool fieldOf(const QString &headerCell, Field *field);
    /// Header cells that name no field but are known and left unread: 序号, 状态.
    static bool isIgnoredHeader(const QString &headerCell);
    /// Maps header cells to fields (exact names and common synonyms); missing fields are absent.
    static QHash<Field, int> mapHeader(const QStringList &header);

    /// Parses records[1..] with the given mapping. A header cell that names no field (other
    /// than isIgnoredHeader() and blanks) or a field already named is refused. Existing institutions (by name) are
    /// updated: only the columns present in the file overwrite their values. Messages name
    /// places as "file 第3行第2列（所有制）", or with a sheetName (records read from a
    /// worksheet: line is the row number, field i is column i) as "file 工作表“Sheet1” B3（所有制）".
    static Status parse(const QString &fileName, const QList<CsvRecord> &records, const QHash<Field, int> &mapping,
                        const QList<Institution> &existing, QList<Institution> *out,
                        const QString &sheetName = QString());
    static Status parseFile(const QString &path, const QList<Institution> &existing, QList<Institution> *out);
};

} // namespace qf
