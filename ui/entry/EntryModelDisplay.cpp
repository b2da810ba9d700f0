// SPDX-License-Identifier: GPL-3.0-or-later
// How the model's rows and columns look: texts, colours, marks and tooltips by role.
#include "EntryModel.h"
#include "LedgerMark.h"
#include "widgets/ShortDate.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace qf::ui {

namespace {

const QColor kErrorBackground(0xf8, 0xd7, 0xda);
const QColor kWarningBackground(0xff, 0xed, 0xb8);
const QColor kComputedBackground(0xee, 0xf3, 0xf9);
const QColor kDerivedBackground(0xf2, 0xf2, 0xee);
const QColor kCarriedText(0x86, 0x8c, 0x96);
const QColor kMissingText(0xb3, 0x26, 0x1e);
const QColor kEditedText(0x1f, 0x5f, 0xbf);
const QColor kLockedBackground(0xe9, 0xe9, 0xe9);
const QColor kLockedText(0x6b, 0x6b, 0x6b);

// A small padlock, drawn rather than shipped: the locked rows' mark in the status column.
QIcon lockIcon()
{
    static const QIcon icon = [] {
        QPixmap pm(16, 16);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0x5a, 0x5a, 0x5a), 1.6));
        p.drawArc(QRectF(4.5, 1.5, 7, 8), 0, 180 * 16);
        p.drawLine(QPointF(4.5, 5.5), QPointF(4.5, 7.5));
        p.drawLine(QPointF(11.5, 5.5), QPointF(11.5, 7.5));
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x5a, 0x5a, 0x5a));
        p.drawRoundedRect(QRectF(2.5, 7, 11, 8), 1.5, 1.5);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(8, 10.5), 1.3, 1.3);
        return QIcon(pm);
    }();
    return icon;
}

} // namespace

int EntryModel::severityAt(const QString &unitKey, int formColumn) const
{
    int worst = 0;
    for (const Finding &f : m_table.findings)
        if (f.unitKey == unitKey && f.column == formColumn)
            worst = qMax(worst, f.isError() ? 2 : 1);
    return worst;
}

QString EntryModel::findingText(const QString &unitKey, int formColumn) const
{
    QStringList lines;
    for (const Finding &f : m_table.findings)
        if (f.unitKey == unitKey && f.column == formColumn)
            lines << (f.isError() ? tr("错误：%1") : tr("疑点：%1")).arg(f.message);
    return lines.join(QLatin1Char('\n'));
}

QVariant EntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EntryRow &row = m_rows.at(index.row());
    const bool unit = row.unitIndex >= 0;
    switch (role) {
    case RowStyleRole: return int(row.style);
    case EditableRowRole: return unit;
    case LockedRole: return isLocked(index.row());
    case Qt::FontRole: {
        QFont f;
        if (!unit)
            f.setBold(true);
        else if (m_table.units.at(row.unitIndex).carriedFrom.isValid())
            f.setItalic(true);
        return (!unit || f.italic()) ? QVariant(f) : QVariant();
    }
    default: break;
    }
    if (index.column() < fixedColumnCount())
        return fixedData(row, m_fixed.at(index.column()), role);
    return cellData(row, index.column() - fixedColumnCount(), role);
}

QVariant EntryModel::fixedData(const EntryRow &row, Fixed column, int role) const
{
    const bool unit = row.unitIndex >= 0;
    const UnitFigures *u = unit ? &m_table.units.at(row.unitIndex) : nullptr;
    const bool edited = u && m_edits.contains(u->unit.key);
    if (role == ColumnKindRole)
        return -1;
    if (!unit) {
        if (role == Qt::BackgroundRole)
            return QBrush(kComputedBackground);
        if (column == Fixed::Name && role == Qt::DisplayRole)
            return row.name;
        if (column == Fixed::Status && role == Qt::DisplayRole)
            return tr("自动合计");
        if (column == Fixed::Status && role == Qt::ToolTipRole) {
            const FormRow &r = m_table.rows.at(row.tableRow);
            QString tip = tr("由各单位数字自动计算，不能直接填写。");
            if (!r.missingUnits.isEmpty())
                tip += QLatin1Char('\n') + tr("本月未报：%1").arg(r.missingUnits.join(QStringLiteral("、")));
            if (!r.carriedUnits.isEmpty())
                tip += QLatin1Char('\n') + tr("沿用以前月份数字：%1").arg(r.carriedUnits.join(QStringLiteral("、")));
            return tip;
        }
        return {};
    }
    const bool locked = m_signed || m_accepted.contains(u->unit.key);
    if (locked && column == Fixed::Status) {
        if (role == Qt::DisplayRole)
            return m_signed ? tr("已签发") : tr("已验收");
        if (role == Qt::DecorationRole)
            return lockIcon();
        if (role == Qt::ToolTipRole)
            return m_signed ? tr("本月报表已由卫生健康局签发，全部单位的数字已锁定。修改须先解锁并说明理由。")
                            : tr("本单位本月报表已验收，数字已锁定。修改须先解锁并说明理由。");
        if (role == Qt::ForegroundRole)
            return QBrush(kLockedText);
    }
    if (locked && role == Qt::BackgroundRole && severityAt(u->unit.key, 0) == 0)
        return QBrush(kLockedBackground);
    switch (column) {
    case Fixed::Name:
        if (role == Qt::DisplayRole)
            return row.name;
        if (role == Qt::ToolTipRole) {
            const QString text = findingText(u->unit.key, 0);
            return text.isEmpty() ? QVariant(row.name) : QVariant(text);
        }
        if (role == Qt::BackgroundRole) {
            const int s = severityAt(u->unit.key, 0);
            return s == 2 ? QBrush(kErrorBackground) : s == 1 ? QBrush(kWarningBackground) : QVariant();
        }
        if (role == SeverityRole)
            return severityAt(u->unit.key, 0);
        break;
    case Fixed::Category:
        if (role == Qt::DisplayRole)
            return tr("%1 %2").arg(ownershipLabel(u->unit.ownership), levelLabel(u->unit.level));
        break;
    case Fixed::Status: {
        const QDate submitted = edited ? m_edits.value(u->unit.key).submittedOn : u->current.submittedOn;
        // A date of another year says so: "已报 12月1日" for a filing of last December would
        // look on time.
        const QString day = shortDate(submitted, m_today);
        if (role == Qt::DisplayRole) {
            if (edited)
                return tr("已修改 %1").arg(day);
            if (u->reported)
                return tr("已报 %1").arg(day);
            if (u->carriedFrom.isValid())
                return tr("沿用%1").arg(u->carriedFrom.label());
            return tr("缺报");
        }
        if (role == Qt::EditRole)
            return (edited || u->reported) && submitted.isValid() ? submitted : m_today;
        if (role == Qt::ForegroundRole) {
            if (edited)
                return QBrush(kEditedText);
            if (!u->reported)
                return QBrush(u->carriedFrom.isValid() ? kCarriedText : kMissingText);
        }
        if (role == Qt::ToolTipRole) {
            if (edited)
                return tr("已修改，尚未保存；报送日期 %1（双击修改）").arg(submitted.toString(QStringLiteral("yyyy-MM-dd")));
            if (u->reported)
                return tr("本月已报，报送日期 %1（双击修改）").arg(submitted.toString(QStringLiteral("yyyy-MM-dd")));
            return u->carriedFrom.isValid()
                ? tr("本月未报，汇总时沿用%1的累计数。填写任一数字即作为本月报表（从上月数开始）。").arg(u->carriedFrom.label())
                : tr("本月未报，也没有以前月份的数字。");
        }
        break;
    }
    }
    if (role == Qt::ForegroundRole && u->carriedFrom.isValid())
        return QBrush(kCarriedText);
    return {};
}

QVariant EntryModel::cellData(const EntryRow &row, int i, int role) const
{
    const FormColumn &c = m_table.form->columns.at(i);
    const FormValue v = valueAt(row, i);
    const bool unit = row.unitIndex >= 0;
    const UnitFigures *u = unit ? &m_table.units.at(row.unitIndex) : nullptr;
    const int severity = unit ? severityAt(u->unit.key, c.number) : 0;
    switch (role) {
    case Qt::DisplayRole: return m_table.valueText(v, c);
    case Qt::EditRole:
        if (c.kind == ColumnKind::Text)
            return v.text;
        if (!v.present)
            return QString();
        return c.kind == ColumnKind::Count ? QVariant(qRound64(v.number)) : QVariant(v.number);
    case Qt::TextAlignmentRole:
        return int((c.isNumeric() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case IncreaseRole: return m_showIncrease ? increaseText(v, c) : QString();
    case SeverityRole: return severity;
    case ColumnKindRole: return int(c.kind);
    case DerivedRole: return v.derived || !c.derived.isEmpty();
    case LedgerRole: return v.fromLedger;
    case OverriddenRole: return v.overridden;
    case Qt::BackgroundRole:
        if (severity == 2)
            return QBrush(kErrorBackground);
        if (severity == 1)
            return QBrush(kWarningBackground);
        if (!unit)
            return QBrush(kComputedBackground);
        if (m_signed || m_accepted.contains(u->unit.key))
            return QBrush(kLockedBackground);
        if (v.fromLedger && !v.overridden)
            return QBrush(LedgerMark::background);
        if (!c.derived.isEmpty())
            return QBrush(kDerivedBackground);
        return {};
    case Qt::ForegroundRole:
        if (u && (m_signed || m_accepted.contains(u->unit.key)))
            return QBrush(kLockedText);
        if (u && u->carriedFrom.isValid())
            return QBrush(kCarriedText);
        return {};
    case Qt::ToolTipRole: {
        QStringList tip;
        if (unit) {
            const QString findings = findingText(u->unit.key, c.number);
            if (!findings.isEmpty())
                tip << findings;
        }
        if (v.overridden)
            tip << tr("以填报数覆盖台账数，理由：%1（右键可恢复台账计算）").arg(u ? u->overrides.value(c.number) : QString());
        else if (v.fromLedger)
            tip << (unit ? tr("由台账计算，不能直接填写（双击查看组成此数的记录；台账不全时可右键以填报数覆盖）")
                         : tr("由台账计算（双击查看组成此数的记录）"));
        if (u && (m_signed || m_accepted.contains(u->unit.key)))
            tip << (m_signed ? tr("本月已签发，已锁定") : tr("本月已验收，已锁定"));
        if (!c.derived.isEmpty())
            tip << tr("由机构名册自动计算（医保定点机构家数），不能填写。");
        else if (!unit)
            tip << tr("合计数由各单位数字自动计算，不能填写。");
        if (c.isNumeric() && v.present)
            tip << tr("累计 %1，本月增加 %2").arg(m_table.valueText(v, c), increaseText(v, c).isEmpty() ? QStringLiteral("0") : increaseText(v, c));
        if (u && u->carriedFrom.isValid())
            tip << tr("沿用%1的数字").arg(u->carriedFrom.label());
        return tip.join(QLatin1Char('\n'));
    }
    default: return {};
    }
}

QVariant EntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_table.form)
        return QAbstractTableModel::headerData(section, orientation, role);
    const FormDescription &form = *m_table.form;
    if (section < fixedColumnCount()) {
        if (role != Qt::DisplayRole)
            return {};
        switch (m_fixed.at(section)) {
        case Fixed::Name: return form.unitSource == FormDescription::UnitSource::Categories ? tr("项目") : tr("单位");
        case Fixed::Category: return tr("类别");
        case Fixed::Status: return tr("报送情况");
        }
        return {};
    }
    const int i = section - fixedColumnCount();
    if (i >= form.columns.size())
        return {};
    const FormColumn &c = form.columns.at(i);
    switch (role) {
    case Qt::DisplayRole: return c.label;
    case GroupRole: return c.group;
    case NumberRole: return form.columnCaption.arg(c.number);
    case DerivedRole: return !c.derived.isEmpty();
    case IncreaseSampleRole: return m_showIncrease ? m_increaseSamples.value(i) : QString();
    case ColumnKindRole: return int(c.kind);
    case Qt::ToolTipRole: {
        QString tip = c.group.isEmpty() ? c.label : tr("%1 · %2").arg(c.group, c.label);
        tip += QLatin1Char(' ') + form.columnCaption.arg(c.number);
        if (!c.derived.isEmpty())
            tip += QLatin1Char('\n') + tr("由机构名册自动计算，不能填写。");
        else if (c.kind == ColumnKind::Count)
            tip += QLatin1Char('\n') + tr("填写整数（累计数）");
        else if (c.kind == ColumnKind::Amount)
            tip += QLatin1Char('\n') + tr("单位万元，最多两位小数（累计数）");
        return tip;
    }
    default: return {};
    }
}

} // namespace qf::ui
