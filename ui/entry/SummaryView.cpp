// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryView.h"

#include "LedgerMark.h"
#include "SummaryModel.h"

#include <QHeaderView>
#include <QPainter>
#include <QScrollBar>
#include <QSet>
#include <QStyledItemDelegate>

namespace qf::ui {

namespace {

const QColor kBorder(0x40, 0x40, 0x40);
const QColor kSelection(0xdc, 0xe8, 0xf7);
constexpr int kCellPadding = 8;

QRect textRect(const QRect &cell)
{
    return cell.adjusted(kCellPadding / 2, 2, -kCellPadding / 2, -2);
}

/// Draws the table's rules: each cell its right and bottom edge, the first column and
/// the first header row also their left and top, so shared edges are drawn once.
class SummaryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // The text is drawn here rather than by the style so that it wraps exactly as
        // SummaryView measured it, and is never elided.
        painter->save();
        if (option.state & QStyle::State_Selected)
            painter->fillRect(option.rect, kSelection);
        else if (const QVariant bg = index.data(Qt::BackgroundRole); bg.isValid())
            painter->fillRect(option.rect, bg.value<QBrush>());
        QFont font = option.font;
        if (const QVariant f = index.data(Qt::FontRole); f.isValid())
            font = f.value<QFont>().resolve(option.font);
        painter->setFont(font);
        painter->setPen(Qt::black);
        const int alignment = index.data(Qt::TextAlignmentRole).toInt();
        painter->drawText(textRect(option.rect), alignment | Qt::TextWordWrap, index.data().toString());
        painter->restore();
        if (index.data(SummaryModel::LedgerRole).toBool())
            LedgerMark::paintCorner(painter, option.rect, index.data(SummaryModel::OverriddenRole).toBool());
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
    horizontalHeader()->setMinimumSectionSize(8);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(false);
    setObjectName(QStringLiteral("summaryView"));
    setStyleSheet(QStringLiteral("QTableView#summaryView { background: white; border: none; }"));
    // A print-like face: the forms are set in 宋体 where the bureau has it.
    QFont sheet = font();
    sheet.setFamilies({QStringLiteral("SimSun"), QStringLiteral(u"宋体"), QStringLiteral("Noto Serif CJK SC"), sheet.family()});
    sheet.setPointSizeF(sheet.pointSizeF() * 0.92);
    setFont(sheet);
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
        font = f.value<QFont>().resolve(this->font());
    const QRect bound = QFontMetrics(font).boundingRect(textRect(QRect(0, 0, width, 10000)), Qt::TextWordWrap, text);
    return bound.height() + 8;
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
    // Like the printed sheet ("fit to one page wide") the table gives way to the window:
    // each column shrinks from the width the description asks for (in spreadsheet
    // character units) towards the least its body text needs on one line; only when
    // even that does not fit does the view scroll.
    const double unit = fontMetrics().horizontalAdvance(QLatin1Char('0')) * 1.3;
    const int columns = m_model->columnCount();
    QVector<int> wanted(columns);
    QVector<int> least(columns, 0);
    for (int c = 0; c < columns; ++c) {
        const double units = c < form.labelColumnCount() ? form.labelColumns.at(c).width
                                                         : form.columns.at(c - form.labelColumnCount()).width;
        wanted[c] = int(units * unit) + kCellPadding;
    }
    QSet<quint64> merged;
    for (const SpanCell &s : m_model->spans())
        merged.insert((quint64(s.row) << 32) | quint32(s.col));
    for (int r = m_model->bodyTop(); r < m_model->bodyTop() + m_model->table().rows.size(); ++r)
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = m_model->index(r, c);
            QFont font = this->font();
            if (const QVariant f = index.data(Qt::FontRole); f.isValid())
                font = f.value<QFont>().resolve(this->font());
            const QFontMetrics fm(font);
            int need = fm.horizontalAdvance(index.data().toString());
            // A merged label has room to wrap: four characters a line will do.
            if (merged.contains((quint64(r) << 32) | quint32(c)))
                need = qMin(need, 4 * fm.horizontalAdvance(QChar(0x56fd)));
            least[c] = qMax(least[c], need + kCellPadding);
        }
    int wantedTotal = 0;
    int leastTotal = 0;
    for (int c = 0; c < columns; ++c) {
        least[c] = qMin(least[c], wanted[c]);
        wantedTotal += wanted[c];
        leastTotal += least[c];
    }
    // The vertical scroll bar may only appear once the rows have their heights.
    const int available = width() - 2 * frameWidth() - verticalScrollBar()->sizeHint().width() - 2;
    const double t = wantedTotal <= available ? 1.0
        : wantedTotal == leastTotal       ? 0.0
                                          : qBound(0.0, double(available - leastTotal) / (wantedTotal - leastTotal), 1.0);
    for (int c = 0; c < columns; ++c)
        setColumnWidth(c, least[c] + int((wanted[c] - least[c]) * t));
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
