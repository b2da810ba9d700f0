// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/YearMonth.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableWidget;

namespace qf::ui {

class ReadFailureBanner;
class Session;

/// 报表对照: for a form and a month, what the ledgers give for each unit beside what was
/// typed. Disagreements are marked; a double click shows the records behind a figure,
/// and a typed figure can be kept against the ledger's with a reason.
class LedgerFiguresTab : public QWidget
{
    Q_OBJECT
public:
    explicit LedgerFiguresTab(Session *session, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void setForm(int form);
    void setMonth(const YearMonth &month);
    int mismatchCount() const { return m_mismatches; }

public slots:
    void reload();
    void explainCurrent();
    void overrideCurrent();

private:
    struct CellRef
    {
        QString unitKey;
        QString unitName;
        int column = 0;
    };
    CellRef cellAt(int row, int column) const;
    void refillMonths();

    Session *m_session;
    QComboBox *m_form;
    QComboBox *m_month;
    QCheckBox *m_onlyMismatches;
    QTableWidget *m_table;
    QLabel *m_summary;
    QList<int> m_columns;
    int m_mismatches = 0;
    ReadFailureBanner *m_readFailure = nullptr;
};

} // namespace qf::ui
