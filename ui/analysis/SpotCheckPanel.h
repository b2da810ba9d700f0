// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/ExportSpotCheckPapers.h"
#include "analysis/SpotCheckDraw.h"
#include "model/SpotCheck.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace qf::ui {

class ReadFailureBanner;
class Session;

/// The 抽查 (双随机) page: the pool of inspectors, a draw (count, seed, weighting, township
/// strata) and the list it gave (the latest stored draw when the page opens), stored with
/// its seed for anyone to verify; its 抽查名单 and 检查通知 as PDF or Word, and each drawn
/// institution's result recorded as an inspection-ledger entry.
class SpotCheckPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SpotCheckPanel(Session &session, QWidget *parent = nullptr);
    void reloadPool();
    /// Adds the person typed in the name and office fields to the pool.
    void addInspector();
    void removeSelected();
    /// Draws with the count, seed and options on screen and shows the list.
    void draw();
    const QList<SpotCheckPick> &picks() const { return m_picks; }
    /// The draw shown: the one just made, or the campaign's latest (id 0: none).
    const SpotCheckRecord &shownDraw() const { return m_record; }
    /// Shows the campaign's latest stored draw.
    void reloadDraw();
    /// Writes the shown draw's 抽查名单 or 检查通知 to `path` (.pdf or .docx) and says so.
    Status savePaper(ExportSpotCheckPapers::Paper paper, const QString &path);
    /// 录入结果…: the selected institution's result in the inspection dialog, recorded on OK.
    void recordSelectedResult();

private:
    void showDraw(const SpotCheckRecord &record, const QList<SpotCheckPick> &picks);
    void askAndSave(ExportSpotCheckPapers::Paper paper, bool word);
    QPushButton *paperButton(const QString &text, const QString &name, ExportSpotCheckPapers::Paper paper);
    /// The banner over both lists: what of the pool and of the draws could not be read.
    void showReadFailures();

    Session &m_session;
    QTableWidget *m_pool;
    QLineEdit *m_name;
    QLineEdit *m_office;
    QSpinBox *m_count;
    QLineEdit *m_seed;
    QCheckBox *m_weighted;
    QCheckBox *m_byTownship;
    QTableWidget *m_list;
    QLabel *m_message;
    QDateEdit *m_inspectOn;
    QPushButton *m_printList;
    QPushButton *m_notices;
    QPushButton *m_result;
    SpotCheckRecord m_record;
    QList<Inspector> m_inspectors;
    QList<SpotCheckPick> m_picks;
    ReadFailureBanner *m_readFailure;
    Status m_poolRead;
    Status m_drawRead;
};

} // namespace qf::ui
