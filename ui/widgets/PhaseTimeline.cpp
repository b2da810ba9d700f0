// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhaseTimeline.h"

#include <QPainter>
#include <QPainterPath>

namespace qf::ui {

namespace {
const QColor kPhaseColors[] = {QColor(0x2e, 0x7d, 0x32), QColor(0xc6, 0x28, 0x28), QColor(0x15, 0x65, 0xc0),
                               QColor(0x6a, 0x1b, 0x9a), QColor(0xef, 0x6c, 0x00)};
constexpr int kRowHeight = 30;
constexpr int kAxisHeight = 26;
constexpr int kLabelWidth = 96;
}

PhaseTimeline::PhaseTimeline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PhaseTimeline::setCampaign(const Campaign &campaign, const QDate &today)
{
    m_campaign = campaign;
    m_today = today;
    updateGeometry();
    update();
}

QSize PhaseTimeline::sizeHint() const
{
    return QSize(720, kAxisHeight + kRowHeight * int(m_campaign.phases.size() + 1) + 12);
}

QSize PhaseTimeline::minimumSizeHint() const
{
    return QSize(360, sizeHint().height());
}

void PhaseTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    if (!m_campaign.start.isValid() || !m_campaign.end.isValid()) {
        p.drawText(rect(), Qt::AlignCenter, tr("尚未选择专项整治"));
        return;
    }
    const QDate first(m_campaign.start.year(), m_campaign.start.month(), 1);
    const QDate last = QDate(m_campaign.end.year(), m_campaign.end.month(), 1).addMonths(1);
    const double totalDays = qMax<qint64>(1, first.daysTo(last));
    const QRectF area(kLabelWidth, kAxisHeight, width() - kLabelWidth - 10, height() - kAxisHeight - 6);
    auto xOf = [&](const QDate &d) { return area.left() + area.width() * first.daysTo(d) / totalDays; };

    // Month axis.
    p.setPen(palette().color(QPalette::Mid));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    p.setFont(small);
    for (QDate m = first; m < last; m = m.addMonths(1)) {
        const double x0 = xOf(m), x1 = xOf(m.addMonths(1));
        p.setPen(QPen(palette().color(QPalette::Midlight), 1));
        p.drawLine(QPointF(x0, kAxisHeight - 4), QPointF(x0, height() - 4));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(x0, 2, x1 - x0, kAxisHeight - 6), Qt::AlignCenter,
                   m.month() == 1 || m == first ? tr("%1年%2月").arg(m.year()).arg(m.month()) : tr("%1月").arg(m.month()));
    }

    // Phases, one row each.
    p.setFont(font());
    int row = 0;
    for (const Phase &phase : m_campaign.phases) {
        const double y = kAxisHeight + row * kRowHeight + 4;
        const QColor color = kPhaseColors[row % 5];
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(4, y, kLabelWidth - 8, kRowHeight - 8), Qt::AlignVCenter | Qt::AlignRight, phase.name);
        if (phase.start.isValid() && phase.end.isValid()) {
            const QRectF bar(xOf(phase.start), y, qMax(2.0, xOf(phase.end.addDays(1)) - xOf(phase.start)), kRowHeight - 8);
            QPainterPath path;
            path.addRoundedRect(bar, 4, 4);
            const bool current = m_today.isValid() && phase.contains(m_today);
            p.fillPath(path, current ? color : color.lighter(150));
            p.setPen(Qt::white);
            p.drawText(bar.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       tr("%1—%2").arg(phase.start.toString(QStringLiteral("M.d")), phase.end.toString(QStringLiteral("M.d"))));
        }
        ++row;
    }

    // Deadlines: one mark per due date.
    const double yMarks = kAxisHeight + row * kRowHeight + 6;
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(4, yMarks, kLabelWidth - 8, kRowHeight - 8), Qt::AlignVCenter | Qt::AlignRight, tr("截止日"));
    QList<QDate> dues;
    for (const Deadline &d : m_campaign.deadlines)
        for (const YearMonth &period : d.periods())
            if (!dues.contains(d.dueFor(period)))
                dues << d.dueFor(period);
    for (const QDate &due : dues) {
        const double x = xOf(due);
        const double cy = yMarks + (kRowHeight - 8) / 2.0;
        QPainterPath diamond;
        diamond.moveTo(x, cy - 6);
        diamond.lineTo(x + 5, cy);
        diamond.lineTo(x, cy + 6);
        diamond.lineTo(x - 5, cy);
        diamond.closeSubpath();
        p.fillPath(diamond, m_today.isValid() && due < m_today ? QColor(0x9e, 0x9e, 0x9e) : QColor(0xd8, 0x43, 0x15));
    }

    if (m_today.isValid() && m_today >= first && m_today < last) {
        const double x = xOf(m_today);
        p.setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
        p.drawLine(QPointF(x, kAxisHeight - 2), QPointF(x, height() - 2));
    }
}

} // namespace qf::ui
