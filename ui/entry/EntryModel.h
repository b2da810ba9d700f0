// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/FormTableBuilder.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSet>

class QUndoStack;

namespace qf::ui {

/// The entry grid of one form and month: one row per reporting unit with its cumulative
/// figures (and the month's increase), plus the computed total rows. Edits become this
/// month's reports in memory; the FormTable is rebuilt from them after every edit, so
/// totals, carried-forward marks and findings are always those the form will show.
/// Defined in EntryModel.cpp and, by concern, EntryModelEdits.cpp and EntryModelDisplay.cpp.
class EntryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IncreaseRole = Qt::UserRole + 1,  ///< "+3" beside the cumulative value; empty when none
        SeverityRole,                     ///< 0 none, 1 warning, 2 error
        RowStyleRole,                     ///< RowStyle as int
        EditableRowRole,                  ///< a unit's row (not a computed one)
        ColumnKindRole,                   ///< ColumnKind as int; -1 outside the form's columns
        GroupRole,                        ///< header: the spanning group label
        NumberRole,                       ///< header: the form's column number as the form writes it
        IncreaseSampleRole,               ///< header: the widest increase text of the column
        DerivedRole,                      ///< header and cells: computed, never typed
        LedgerRole,                       ///< cells: the figure comes from the ledgers
        OverriddenRole,                   ///< cells: a typed figure stands against the ledger's
        LockedRole,                       ///< rows: the unit's month is accepted or signed
    };
    enum class Fixed { Name, Category, Status };   ///< Status also holds the submission date
    /// Why a cell takes no typing or pasting (Editable when it does).
    enum class ReadOnly { Editable, Fixed, Computed, Derived, Ledger, Locked };
    /// A text for one cell, as typed, pasted or cleared (blank clears, it never means 0).
    struct CellText
    {
        QModelIndex index;
        QString text;
    };

    explicit EntryModel(QObject *parent = nullptr);

    /// Starts over with the stored figures (drops unsaved edits).
    void load(const FormInputs &inputs, qint64 campaignId);
    const FormTable &table() const { return m_table; }
    const FormInputs &inputs() const { return m_inputs; }

    /// The day new reports are marked as submitted on (today, unless a test sets another).
    void setToday(const QDate &today) { m_today = today; }
    void setShowIncrease(bool show);
    bool showIncrease() const { return m_showIncrease; }

    bool hasChanges() const { return !m_edits.isEmpty(); }
    int changedCount() const { return int(m_edits.size()); }
    bool isChanged(const QString &unitKey) const { return m_edits.contains(unitKey); }
    /// The reports to store: this month's edited reports, without derived columns.
    QList<Report> changedReports() const;
    void revertAll();
    void revertUnit(const QString &unitKey);
    /// Files the unit's report for the month with its last figures unchanged.
    bool reportUnchanged(int row);

    /// Every edit since the month was loaded, one step per action (a typed cell, a paste,
    /// a cleared block, a reverted unit); loading, saving included, starts it afresh.
    QUndoStack *undoStack() const { return m_undo; }
    /// The edits in memory, whole: what an undo step puts back.
    const QHash<QString, Report> &edits() const { return m_edits; }
    void restoreEdits(const QHash<QString, Report> &edits);

    ReadOnly readOnlyKind(const QModelIndex &index) const;
    /// Empty when the text may go into the cell (blank always may); otherwise why not,
    /// as core's figure rules say it, naming the unit, the column and the text.
    QString refusal(const QModelIndex &index, const QString &text) const;
    /// Puts texts into editable cells as one undo step (described by undoText) and one
    /// rebuild; the caller has checked them with refusal(). Returns how many cells changed.
    int setTexts(const QList<CellText> &cells, const QString &undoText);

    /// The month's locks: units whose filing is accepted, and whether the bureau signed
    /// the whole month. Locked rows cannot be edited.
    void setLocks(const QSet<QString> &acceptedUnits, bool monthSigned);
    bool isLocked(int row) const;
    bool isAccepted(const QString &unitKey) const { return m_accepted.contains(unitKey); }
    bool isMonthSigned() const { return m_signed; }
    /// The cell's figure is the ledgers' (drill-down possible); overridden: a typed one stands.
    bool isLedgerCell(const QModelIndex &index) const;
    bool isOverridden(const QModelIndex &index) const;
    /// The units whose records make a row's figures: its own unit, or those a total sums.
    QStringList unitsOfRow(int row) const;
    /// This month's typed report of a unit as stored (without the ledgers' figures), or a
    /// new one holding the unit's typed figures carried forward.
    Report typedReport(const QString &unitKey) const;

    int fixedColumnCount() const { return int(m_fixed.size()); }
    Fixed fixedColumn(int column) const { return m_fixed.at(column); }
    /// The form's column number shown in a model column; 0 for the fixed columns.
    int formColumnAt(int column) const;
    int modelColumnOf(int formColumn) const;
    QString unitKeyAt(int row) const;
    int rowOfUnit(const QString &unitKey) const;
    bool isUnitRow(int row) const;
    /// The cell a finding is about: the unit's row and the column's cell (or the name).
    QModelIndex indexOf(const QString &unitKey, int formColumn) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    /// The table was rebuilt: totals, findings and counts may all have changed.
    void tableChanged();
    /// A typed value was refused; the cell keeps its figure.
    void editRefused(const QModelIndex &index, const QString &message);

private:
    struct EntryRow
    {
        RowStyle style = RowStyle::Unit;
        int tableRow = -1;     ///< computed rows: index into the FormTable's rows
        int unitIndex = -1;    ///< unit rows: index into the FormTable's units
        QString name;
    };

    void rebuild();
    /// Records an action that changed the edits (from before) as one undo step.
    void recordStep(const QHash<QString, Report> &before, const QString &text);
    /// Puts a checked text into one cell without rebuilding; false when nothing changed.
    bool applyText(const QModelIndex &index, const QString &text);
    void layoutRows();
    Report &editFor(const UnitFigures &u);
    FormValue valueAt(const EntryRow &row, int columnIndex) const;
    QVariant fixedData(const EntryRow &row, Fixed column, int role) const;
    QVariant cellData(const EntryRow &row, int columnIndex, int role) const;
    int severityAt(const QString &unitKey, int formColumn) const;
    QString findingText(const QString &unitKey, int formColumn) const;
    QString increaseText(const FormValue &v, const FormColumn &c) const;
    QString rowName(int tableRow) const;

    FormInputs m_inputs;
    QList<Report> m_stored;
    qint64 m_campaignId = 0;
    FormTable m_table;
    QList<EntryRow> m_rows;
    QList<Fixed> m_fixed;
    QHash<QString, Report> m_edits;
    QUndoStack *m_undo;
    QDate m_today;
    bool m_showIncrease = true;
    QHash<int, QString> m_increaseSamples;
    QSet<QString> m_accepted;
    bool m_signed = false;
};

} // namespace qf::ui
