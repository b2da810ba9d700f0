// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Institution.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace qf {

/// What a column holds: a whole-number count, an amount in 万元, or free text (备注).
enum class ColumnKind { Count, Amount, Text };

/// Which ledger measure makes a column (see LedgerColumnRules), from the column's "ledger"
/// entry: {"measure": "cases.admonition", "group": "first-form", "scope": "campaign"}.
struct LedgerSource
{
    QString measure;          ///< empty: no ledger makes the column
    QString group;            ///< the records whose keeping makes a unit's column derived
    bool campaignScope = false;   ///< one record anywhere in the campaign covers every unit
};

struct FormColumn
{
    int number = 0;           ///< the form's own column number: (1)…(11), 1…18
    QString label;            ///< leaf header text
    QString group;            ///< the spanning header above it, if any
    ColumnKind kind = ColumnKind::Count;
    double width = 8;         ///< in spreadsheet character units
    QString derived;          ///< "contracted-institutions": computed from the registry
    LedgerSource ledger;
    bool isNumeric() const { return kind != ColumnKind::Text; }
};

/// A cell of the header or of a row's labels, in grid coordinates (label columns first).
struct SpanCell
{
    int row = 0;
    int col = 0;
    int rowSpan = 1;
    int colSpan = 1;
    QString text;
};

/// Which units a body row sums: any attribute left unset matches everything.
struct UnitFilter
{
    std::optional<InstitutionKind> kind;
    std::optional<Ownership> ownership;
    std::optional<Level> level;
    bool matches(InstitutionKind k, Ownership o, Level l) const
    {
        return (!kind || *kind == k) && (!ownership || *ownership == o) && (!level || *level == l);
    }
};

enum class RowStyle { GrandTotal, Total, Subtotal, Leaf, Unit };

/// A body row of a category form (附件2, 附件3): its label cells (row offsets relative to
/// the row itself), the units it sums, and — for 附件2's entered rows — the unit it is.
struct CategoryRow
{
    RowStyle style = RowStyle::Leaf;
    QList<SpanCell> labels;
    UnitFilter select;
    QString unit;             ///< category unit key, when this row is a unit of its own
    QString unitName;
};

/// A validation rule over one unit's columns, by the form's column numbers.
struct FormRule
{
    enum class Type { LessOrEqual, Equal, Implies };
    enum class Severity { Error, Warning };
    QString id;
    Type type = Type::LessOrEqual;
    QList<int> left;          ///< summed
    QList<int> right;         ///< summed
    Severity severity = Severity::Error;
    QString message;
};

/// One official statistics form (附件1–3) as data: it drives entry, storage, aggregation,
/// validation, Excel export and printing. Loaded from forms/descriptions/formN.json.
class FormDescription
{
    Q_DECLARE_TR_FUNCTIONS(FormDescription)
public:
    enum class Layout { Units, Categories };       ///< 合计 + one row per unit, or category rows
    enum class UnitSource { Institutions, Categories };

    int number = 0;
    QString attachment;            ///< "附件1"
    QString titleTemplate;         ///< may hold {year}
    Layout layout = Layout::Units;
    UnitSource unitSource = UnitSource::Institutions;
    QList<FormColumn> labelColumns;    ///< header and width of each label column
    QString columnCaption;         ///< "（%1）" or "%1": the numbering row under the header
    QList<FormColumn> columns;
    QList<SpanCell> header;        ///< rows 0..headerRows-2; the numbering row is generated
    QList<CategoryRow> rows;       ///< Layout::Categories
    QList<CategoryRow> extraUnits; ///< category units that are no row of their own (pharmacies)
    QString totalLabel;            ///< Layout::Units
    QStringList signature;
    QString notesHeading;
    bool notesInline = false;      ///< the heading runs on into the first note (注：1.…)
    bool notesParagraph = false;   ///< the notes run on in one paragraph (附件1's 填报说明)
    QStringList notesTemplate;     ///< may hold {year}
    QList<FormRule> rules;

    int headerRows() const { return 3; }
    int labelColumnCount() const { return int(labelColumns.size()); }
    int gridColumnCount() const { return labelColumnCount() + int(columns.size()); }
    int gridColumnOf(int columnNumber) const;        ///< -1 when there is no such column
    const FormColumn *column(int number) const;
    QString title(int year) const;
    QStringList notes(int year) const;
    /// The header's cells including the generated numbering row.
    QList<SpanCell> headerCells() const;
    /// All category units (entered 附件2 rows plus extra units), in form order.
    QList<CategoryRow> categoryUnits() const;

    static Status fromJson(const QByteArray &json, FormDescription *out);
};

/// The three built-in forms.
namespace FormCatalog {
const FormDescription &form(int number);   ///< 1, 2 or 3
QList<int> numbers();
}

} // namespace qf
