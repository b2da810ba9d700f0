// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/AnalysisSnapshot.h"
#include "analysis/ChartData.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace qf::charts {
class ChartView;
}

namespace qf::ui {

class Session;

/// 图表: a chart of the analysis series chosen by name and month (and group, unit or form
/// column where the chart has them), exported as PNG/SVG/PDF or printed; a click on a bar
/// or point lists the units or records behind it. The series are read off the UI thread.
class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsPanel(Session &session, QWidget *parent = nullptr);
    /// Reads the series again up to the chosen month (off the UI thread); `loaded` follows.
    void reload();
    const ChartData &chart() const { return m_chart; }
    charts::ChartView *view() const { return m_view; }
    /// Shows the units or records behind a bar or point in the list below the chart.
    void drillDown(int set, int category);
    /// Writes the chart shown to a file (.png, .svg, .pdf); the save dialog's button calls it.
    Status exportTo(const QString &path);

signals:
    void loaded();

private:
    void loadedSnapshot(const Status &status, const std::shared_ptr<const AnalysisSnapshot> &snapshot);
    void fillChoices();
    void rebuild();
    void exportChart();
    void printChart();
    ChartRequest request() const;

    Session &m_session;
    QComboBox *m_chooser;
    QComboBox *m_month;
    QLabel *m_unitLabel;
    QComboBox *m_unit;
    QLabel *m_columnLabel;
    QComboBox *m_column;
    QPushButton *m_export;
    QPushButton *m_print;
    QLabel *m_message;
    charts::ChartView *m_view;
    QLabel *m_drillTitle;
    QTableWidget *m_drill;
    std::shared_ptr<const AnalysisSnapshot> m_snapshot;
    ChartData m_chart;
    int m_generation = 0;
    bool m_filling = false;
};

} // namespace qf::ui
