// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryView.h"

#include "SummaryModel.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace qf::ui {

namespace {

const QColor kBorder(0x40, 0x40, 0x40);

/// Draws the table's rules: each cell its right and bottom edge, the first column and
/// the first header row also their left and top, so shared edges are drawn once.
class SummaryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        opt.state &= ~QStyle::State_HasFocus;
        opt.rect = option.rect.adjusted(4, 1, -4, -1);
        QStyledItemDelegate::paint(painter, opt, index);
        if (!index.data(SummaryModel::BorderRole).toBool())
            return;
        const auto *model = static_cast<const SummaryModel *>(index.model());
        const QRect r = option.rect;
        painter->save();
        painter->setPen(kBorder);
        painter->drawLine(r.topRight(), r.bottomRight());
        painter->drawLine(r.bottomLeft(), r.bottomRight());
        if (index.column() == 0)
            painter->drawLine(r.topLeft(), r.bottomLeft());
        if (index.row() == model->headerTop())
            painter->drawLine(r.topLeft(), r.topRight());
        painter->restore();
    }
};

} // namespace

SummaryView::SummaryView(QWidget *parent) : QTableView(parent)
{
    setItemDelegate(new SummaryDelegate(this));
    setShowGrid(false);
    setWordWrap(true);
    horizontalHeader()->hide();
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(false);
    setObjectName(QStringLiteral("summaryView"));
    setStyleSheet(QStringLiteral("QTableView#summaryView { background: white; border: none; }"));
}

void SummaryView::setSummaryModel(SummaryModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &SummaryView::relayout);
    relayout();
}

int SummaryView::textHeight(const QModelIndex &index, int width) const
{
    const QString text = index.data().toString();
    if (text.isEmpty())
        return 0;
    QFont font = this->font();
    if (const QVariant f = index.data(Qt::FontRole); f.isValid())
        font = f.value<QFont>();
    const QRect bound = QFontMetrics(font).boundingRect(QRect(0, 0, qMax(width - 10, 10), 10000),
                                                       Qt::TextWordWrap, text);
    return bound.height() + 10;
}

void SummaryView::relayout()
{
    clearSpans();
    if (!m_model || !m_model->table().form)
        return;
    for (const SpanCell &s : m_model->spans())
        setSpan(s.row, s.col, s.rowSpan, s.colSpan);
    fitToWidth();
}

void SummaryView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitToWidth();
}

void SummaryView::fitToWidth()
{
    if (!m_model || !m_model->table().form)
        return;
    const FormDescription &form = *m_model->table().form;
    // The description gives widths in spreadsheet character units; like the printed
    // sheet ("fit to one page wide") the table shrinks to the window rather than scroll.
    const double unit = fontMetrics().horizontalAdvance(QLatin1Char('0')) * 1.35;
    QVector<double> wanted;
    for (const FormColumn &c : form.labelColumns)
        wanted << c.width * unit + 8;
    for (const FormColumn &c : form.columns)
        wanted << c.width * unit + 8;
    double total = 0;
    for (double w : wanted)
        total += w;
    const double scale = qBound(0.55, (viewport()->width() - 2) / total, 1.0);
    for (int c = 0; c < wanted.size(); ++c)
        setColumnWidth(c, qMax(24, int(wanted.at(c) * scale)));
    fitRowHeights();
}

void SummaryView::fitRowHeights()
{
    QHash<quint64, QPoint> spanOf;   // anchor → (rowSpan, colSpan)
    for (const SpanCell &s : m_model->spans())
        spanOf.insert((quint64(s.row) << 32) | quint32(s.col), QPoint(s.rowSpan, s.colSpan));
    auto spanWidth = [this](int col, int colSpan) {
        int w = 0;
        for (int c = col; c < col + colSpan; ++c)
            w += columnWidth(c);
        return w;
    };
    const int rows = m_model->rowCount();
    const int columns = m_model->columnCount();
    QVector<int> heights(rows, fontMetrics().height() + 10);
    QList<QPair<QModelIndex, QPoint>> tall;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const QPoint span = spanOf.value((quint64(r) << 32) | quint32(c), QPoint(1, 1));
            const QModelIndex index = m_model->index(r, c);
            if (span.x() > 1)
                tall << qMakePair(index, span);
            else
                heights[r] = qMax(heights[r], textHeight(index, spanWidth(c, span.y())));
        }
    // A label merged over several rows may need more room than the rows give it.
    for (const auto &t : tall) {
        const int r = t.first.row();
        int available = 0;
        for (int i = r; i < r + t.second.x(); ++i)
            available += heights[i];
        const int needed = textHeight(t.first, spanWidth(t.first.column(), t.second.y()));
        if (needed > available)
            heights[r + t.second.x() - 1] += needed - available;
    }
    heights[0] += 14;   // air under the title
    for (int r = 0; r < rows; ++r)
        setRowHeight(r, heights[r]);
}

} // namespace qf::ui
