// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Status.h"

#include <QHash>
#include <QMessageBox>
#include <QWidget>
#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialog;
class QUrl;
class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace qf {
struct Finding;
struct LedgerCell;
}

namespace qf::ui {

class EntryGrid;
class EntryModel;
class FindingsPanel;
class FormExporter;
class MonthLockBar;
class Session;
class SummaryModel;
class SummaryView;

/// 报表填报: a month's figures of one form, unit by unit, checked as they are typed, and
/// the same month as the official summary table the bureau signs. Defined in EntryPage.cpp
/// and, by concern, EntryPageTopBar.cpp, EntryPageCells.cpp (menus, drill-down, overrides)
/// and EntryPageSaving.cpp.
class EntryPage : public QWidget
{
    Q_OBJECT
public:
    /// Asks the user a question; tests replace it to answer without a dialog.
    using Asker = std::function<QMessageBox::StandardButton(const QString &title, const QString &text,
                                                            QMessageBox::StandardButtons buttons)>;

    explicit EntryPage(Session *session, QWidget *parent = nullptr);

    EntryModel *model() const { return m_model; }
    SummaryModel *summaryModel() const { return m_summaryModel; }
    EntryGrid *entryView() const { return m_view; }
    SummaryView *summaryView() const { return m_summary; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    MonthLockBar *lockBar() const { return m_lockBar; }
    /// 导出 Excel… of the summary view (tests replace its dialogs).
    FormExporter *formExporter() const { return m_exporter; }
    QString counterText() const;
    /// The page's status line: what was saved, pasted, skipped or refused.
    QString stateText() const;
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    int form() const { return m_form; }
    YearMonth period() const { return m_period; }
    /// Switches form or month; with unsaved changes, asks first. False when the user kept them.
    bool setForm(int form);
    bool setPeriod(const YearMonth &period);
    /// Shows the grid with the unit's row current (its first column), for a drill-down from
    /// another page; false when the form of the month has no such row.
    bool selectUnit(const QString &unitKey);
    void showSummary(bool summary);
    bool isSummaryShown() const;
    void setToday(const QDate &today);
    void setAsker(Asker asker) { m_ask = std::move(asker); }

    /// Stores every changed report in one transaction. With errors among them, asks
    /// whether to store them as they are (a draft); false when nothing was stored.
    bool save();
    void revertAll();
    /// Called before the page is left or the window closed: offers to save unsaved edits.
    Q_INVOKABLE bool confirmLeave();

    /// The selected block as tab-separated text and as an HTML table, as Excel copies it.
    void copySelection();
    /// Pastes a block (text/plain as Excel or WPS writes it) at the current cell as one
    /// undo step: read-only cells are skipped and counted, what lies beyond the grid is
    /// left out and said so, and a value core's rules refuse refuses the whole paste.
    void pasteText(const QString &text);
    void pasteClipboard();
    /// Clears the selected cells that can be typed into (blank, not 0), as one undo step.
    void clearSelectedCells();

    /// Files or folders dropped on the window: the Excel workbooks (.xlsx) and folders
    /// open the import dialog with them already listed; anything else is named and
    /// refused. Returns the dialog when it opened (it closes itself).
    QDialog *importDropped(const QList<QUrl> &urls);

    /// The ledger records behind a cell of the grid (a unit's, or a total's units).
    LedgerCell explainCell(const QModelIndex &index) const;
    /// Keeps a typed figure against the ledger's in a unit's cell, with its reason; stored
    /// at once (unsaved edits are offered for saving first).
    Status keepTyped(const QModelIndex &index, double figure, const QString &reason);
    /// Drops a cell's typed figure and its reason: the ledger's figure counts again.
    Status restoreLedger(const QModelIndex &index);
    /// Whether a unit's ledger cell holds a typed figure, without a reason, that the
    /// ledger's disagrees with: the cell offers 使用台账数 beside 以填报数覆盖.
    bool typedDisagrees(const QModelIndex &index) const;

    /// Whether the page shows its note instead of the grid: nothing to fill in (no
    /// campaign, or no unit that reports), with a way to the guided start.
    bool isEmptyNoteShown() const;

public slots:
    void reload();
    /// 生成空白报表…: the month shown, one workbook per reporting institution, into a folder
    /// the user chooses (the guided start's third step calls it too).
    void writeTemplates();
    /// The same into `folder`, on a worker with a progress dialog and 取消 (BackgroundJob):
    /// all the county's workbooks, or, cancelled or failed, none.
    void writeTemplatesInto(const QString &folder);

signals:
    /// The note of an empty page asks for the overview's guided start.
    void guidedStartRequested();

private:
    void buildTopBar();
    void buildEmptyNote();
    /// Shows the note or the grid, and says on each control that waits for data why.
    void showEmptyState();
    void connectLockBar();
    /// The month shown, as stored: unsaved edits are offered for saving first.
    void exportForms();
    void importReports();
    void fillPeriods();
    void loadModel();
    void tableChanged();
    void showFinding(const qf::Finding &finding);
    /// Fits the columns to their figures (on load); onlyWiden after an edit, so that the
    /// columns do not jump while the clerk types.
    void resizeColumns(bool onlyWiden = false);
    void setState(const QString &text);
    void showRefusal(const QModelIndex &index, const QString &message);
    /// "跳过 3 格：由台账计算 2 格、合计行 1 格", or nothing when none was skipped.
    QString skippedText(const QHash<int, int> &skippedByKind) const;
    void contextMenu(const QModelIndex &index, const QPoint &globalPos);
    void readOnlyCell(const QModelIndex &index, bool doubleClicked);
    void explainAt(const QModelIndex &index);
    void overrideAt(const QModelIndex &index);
    void restoreAt(const QModelIndex &index);
    void useLedgerAt(const QModelIndex &index);
    /// Runs store (a figure kept or dropped) unless the row is locked or edits are unsaved.
    Status storeFigure(int row, const std::function<Status()> &store);
    /// Shows what was just stored and tells the other pages.
    void reloadSaved();
    QString rowName(int row) const;

    Session *m_session;
    Campaign m_campaign;
    int m_form = 1;
    YearMonth m_period;
    QDate m_today;
    bool m_saving = false;
    QList<Finding> m_otherFindings;
    QHash<int, int> m_figureWidths;   ///< model column → the width its widest figure needs
    Asker m_ask;

    EntryModel *m_model;
    SummaryModel *m_summaryModel;
    QComboBox *m_formBox;
    QComboBox *m_periodBox;
    QButtonGroup *m_viewGroup;
    QCheckBox *m_showIncrease;
    QLabel *m_counter;
    QLabel *m_state;
    QPushButton *m_save;
    QPushButton *m_undo;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QPushButton *m_printForm;
    QPushButton *m_exportForms;
    FormExporter *m_exporter;
    QStackedWidget *m_stack;
    EntryGrid *m_view;
    SummaryView *m_summary;
    FindingsPanel *m_findings;
    MonthLockBar *m_lockBar;
    QPushButton *m_templates;
    QPushButton *m_importReports;
    QWidget *m_body = nullptr;        ///< the grid or summary with the findings below
    QWidget *m_emptyNote = nullptr;
    QLabel *m_emptyText = nullptr;
};

} // namespace qf::ui
