// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrackingMatrixTable.h"

#include "StateStyle.h"
#include "entry/EntryModel.h"
#include "entry/GroupedHeaderView.h"

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
    // Groups over the columns keep the summary owed once apart from the monthly reports.
    setHorizontalHeader(new GroupedHeaderView(this));
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
    const int once = int(m.onceColumns.size());
    const int rates = periods + once;
    setColumnCount(rates + 2);
    setRowCount(int(m.rows.size()) + 1);
    auto header = [this](int column, const QString &group, const QString &label, const QString &tip = QString()) {
        auto *it = new QTableWidgetItem(label);
        it->setData(EntryModel::GroupRole, group);
        it->setToolTip(tip);
        setHorizontalHeaderItem(column, it);
    };
    for (int c = 0; c < periods; ++c)
        header(c, tr("月报（按月报送）"), tr("%1年\n%2月").arg(m.periods.at(c).year()).arg(m.periods.at(c).month()));
    for (int c = 0; c < once; ++c) {
        const TrackingMatrix::OnceColumn &col = m.onceColumns.at(c);
        header(periods + c, tr("一次性报送"), tr("%1\n%2月%3日前").arg(col.title).arg(col.due.month()).arg(col.due.day()),
               tr("%1，%2前报送一次").arg(col.title, col.due.toString(QStringLiteral("yyyy-MM-dd"))));
    }
    header(rates, tr("合计（已到期）"), tr("完整率"));
    header(rates + 1, tr("合计（已到期）"), tr("按时率"));

    QStringList rowLabels;
    const StateStyle none = StateStyle::notExpected();
    auto setCounts = [&](int r, int c, const TrackingCounts &counts) {
        const StateStyle style = counts.expected ? StateStyle::of(counts.worst()) : none;
        QTableWidgetItem *it = makeItem(cellText(counts), &style);
        it->setToolTip(tooltip(counts));
        setItem(r, c, it);
    };
    for (int r = 0; r < m.rows.size(); ++r) {
        const TrackingMatrix::Row &row = m.rows.at(r);
        rowLabels << (row.office ? tr("%1（股室）").arg(row.unitName) : row.unitName);
        for (int c = 0; c < periods; ++c)
            setCounts(r, c, row.cells.at(c));
        for (int c = 0; c < once; ++c)
            setCounts(r, periods + c, row.onceCells.at(c));
        if (row.total.expected == 0) {
            setItem(r, rates, makeItem(QStringLiteral("—")));
            setItem(r, rates + 1, makeItem(QStringLiteral("—")));
            continue;
        }
        const StateStyle total = StateStyle::of(row.total.worst());
        setItem(r, rates, makeItem(percent(row.total.completeness()), &total, true));
        setItem(r, rates + 1, makeItem(percent(row.total.timeliness())));
    }
    rowLabels << tr("完整率");
    const int last = int(m.rows.size());
    const QString dash = QStringLiteral("—");
    auto setTotal = [&](int c, const TrackingCounts &counts) {
        QTableWidgetItem *it = makeItem(counts.expected ? percent(counts.completeness()) : dash, nullptr, true);
        it->setToolTip(tooltip(counts));
        setItem(last, c, it);
    };
    for (int c = 0; c < periods; ++c)
        setTotal(c, m.columnTotals.at(c));
    for (int c = 0; c < once; ++c)
        setTotal(periods + c, m.onceTotals.at(c));
    setItem(last, rates, makeItem(m.total.expected ? percent(m.total.completeness()) : dash, nullptr, true));
    setItem(last, rates + 1, makeItem(m.total.expected ? percent(m.total.timeliness()) : dash, nullptr, true));
    setVerticalHeaderLabels(rowLabels);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int c = 0; c < rates + 2; ++c)
        setColumnWidth(c, qMax(columnWidth(c), 64));
}

} // namespace qf::ui
