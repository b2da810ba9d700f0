// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrackingMatrixTable.h"

#include "StateStyle.h"

#include <QHeaderView>

namespace qf::ui {

namespace {

QString percent(double value)
{
    return QStringLiteral("%1%").arg(value, 0, 'f', 0);
}

QTableWidgetItem *makeItem(const QString &text, const StateStyle *style = nullptr, bool bold = false)
{
    auto *it = new QTableWidgetItem(text);
    it->setTextAlignment(Qt::AlignCenter);
    if (style) {
        it->setBackground(style->background);
        it->setForeground(style->foreground);
    }
    if (bold) {
        QFont f = it->font();
        f.setBold(true);
        it->setFont(f);
    }
    return it;
}

QString tooltip(const TrackingCounts &c)
{
    if (c.expected == 0)
        return TrackingMatrixTable::tr("本月无须报送（未开业或已停业）");
    return TrackingMatrixTable::tr("应报 %1 项：按时报送 %2，逾期补报 %3，未报送 %4，逾期未报 %5")
        .arg(c.expected).arg(c.onTime).arg(c.late).arg(c.pending).arg(c.overdue);
}

} // namespace

TrackingMatrixTable::TrackingMatrixTable(QWidget *parent) : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->setDefaultSectionSize(26);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    setShowGrid(true);
}

QString TrackingMatrixTable::cellText(const TrackingCounts &c)
{
    if (c.expected == 0)
        return QStringLiteral("—");
    QString text;
    switch (c.worst()) {
    case SubmissionState::OnTime: text = tr("按时"); break;
    case SubmissionState::Late: text = tr("补报"); break;
    case SubmissionState::Pending: text = tr("待报"); break;
    case SubmissionState::Overdue: text = tr("逾期"); break;
    }
    if (c.expected > 1 && c.worst() != SubmissionState::OnTime)
        text += QStringLiteral(" %1/%2").arg(c.filed()).arg(c.expected);
    return text;
}

void TrackingMatrixTable::setMatrix(const TrackingMatrix &m)
{
    clear();
    const int periods = int(m.periods.size());
    setColumnCount(periods + 2);
    setRowCount(int(m.rows.size()) + 1);
    QStringList headers;
    for (const YearMonth &p : m.periods)
        headers << tr("%1年\n%2月").arg(p.year()).arg(p.month());
    headers << tr("完整率\n（已到期）") << tr("按时率\n（已到期）");
    setHorizontalHeaderLabels(headers);

    QStringList rowLabels;
    const StateStyle none = StateStyle::notExpected();
    for (int r = 0; r < m.rows.size(); ++r) {
        const TrackingMatrix::Row &row = m.rows.at(r);
        rowLabels << (row.office ? tr("%1（股室）").arg(row.unitName) : row.unitName);
        for (int c = 0; c < periods; ++c) {
            const TrackingCounts &counts = row.cells.at(c);
            const StateStyle style = counts.expected ? StateStyle::of(counts.worst()) : none;
            QTableWidgetItem *it = makeItem(cellText(counts), &style);
            it->setToolTip(tooltip(counts));
            setItem(r, c, it);
        }
        if (row.total.expected == 0) {
            setItem(r, periods, makeItem(QStringLiteral("—")));
            setItem(r, periods + 1, makeItem(QStringLiteral("—")));
            continue;
        }
        const StateStyle total = StateStyle::of(row.total.worst());
        setItem(r, periods, makeItem(percent(row.total.completeness()), &total, true));
        setItem(r, periods + 1, makeItem(percent(row.total.timeliness())));
    }
    rowLabels << tr("完整率");
    const int last = int(m.rows.size());
    for (int c = 0; c < periods; ++c) {
        QTableWidgetItem *it = makeItem(m.columnTotals.at(c).expected ? percent(m.columnTotals.at(c).completeness())
                                                                  : QStringLiteral("—"),
                                    nullptr, true);
        it->setToolTip(tooltip(m.columnTotals.at(c)));
        setItem(last, c, it);
    }
    const QString dash = QStringLiteral("—");
    setItem(last, periods, makeItem(m.total.expected ? percent(m.total.completeness()) : dash, nullptr, true));
    setItem(last, periods + 1, makeItem(m.total.expected ? percent(m.total.timeliness()) : dash, nullptr, true));
    setVerticalHeaderLabels(rowLabels);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int c = 0; c < periods + 2; ++c)
        setColumnWidth(c, qMax(columnWidth(c), 64));
}

} // namespace qf::ui
