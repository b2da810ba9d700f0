// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/SpotCheckDraw.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace qf::ui {

class Session;

/// The 抽查 (双随机) page: the pool of inspectors, a draw (count, seed, weighting, township
/// strata) and the list it gave, stored with its seed for anyone to verify.
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

private:
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
    QList<Inspector> m_inspectors;
    QList<SpotCheckPick> m_picks;
};

} // namespace qf::ui
