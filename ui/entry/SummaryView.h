// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace qf::ui {

class SummaryModel;

/// Shows a SummaryModel as the official sheet: merged cells, borders around the table
/// only, column widths from the form's description and rows tall enough for their text.
class SummaryView : public QTableView
{
    Q_OBJECT
public:
    explicit SummaryView(QWidget *parent = nullptr);
    void setSummaryModel(SummaryModel *model);
    SummaryModel *summaryModel() const { return m_model; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();
    void fitToWidth();
    void fitRowHeights();
    int textHeight(const QModelIndex &index, int width) const;

    SummaryModel *m_model = nullptr;
};

} // namespace qf::ui
