// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerFiguresTab.h"

#include "LedgerCellDialog.h"
#include "actions/FigureOverrideActions.h"
#include "forms/FormDescription.h"
#include "shell/Session.h"
#include "widgets/ReadFailureBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace qf::ui {

namespace {
enum Role { UnitRole = Qt::UserRole + 1, UnitNameRole, ColumnRole, StateRole };
enum CellState { Agrees, Differs, Overridden, NotKept };
}

LedgerFiguresTab::LedgerFiguresTab(Session *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("ledger-figures"));
    m_form = new QComboBox;
    for (int n : FormCatalog::numbers())
        m_form->addItem(FormCatalog::form(n).attachment, n);
    m_form->setCurrentIndex(1);
    m_month = new QComboBox;
    m_onlyMismatches = new QCheckBox(tr("只看不一致"));
    auto *explain = new QPushButton(tr("查看记录…"));
    auto *keep = new QPushButton(tr("以填报数为准…"));
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("报表")));
    controls->addWidget(m_form);
    controls->addWidget(new QLabel(tr("月份")));
    controls->addWidget(m_month);
    controls->addWidget(m_onlyMismatches);
    controls->addStretch();
    controls->addWidget(explain);
    controls->addWidget(keep);

    m_table = new QTableWidget;
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    auto *legend = new QLabel(tr("数字为台账在月末的累计数；红色：填报数与台账不符；黄色：已写明理由、以填报数为准；"
                                 "“—”：该单位未建此项台账，以填报为准。双击查看组成该数字的记录。"));
    legend->setWordWrap(true);
    legend->setStyleSheet(QStringLiteral("color: #555;"));

    m_readFailure = new ReadFailureBanner;

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_readFailure);
    layout->addWidget(legend);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_form, &QComboBox::currentIndexChanged, this, &LedgerFiguresTab::reload);
    connect(m_month, &QComboBox::currentIndexChanged, this, &LedgerFiguresTab::reload);
    connect(m_onlyMismatches, &QCheckBox::toggled, this, &LedgerFiguresTab::reload);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &LedgerFiguresTab::explainCurrent);
    connect(explain, &QPushButton::clicked, this, &LedgerFiguresTab::explainCurrent);
    connect(keep, &QPushButton::clicked, this, &LedgerFiguresTab::overrideCurrent);
}

void LedgerFiguresTab::setForm(int form)
{
    m_form->setCurrentIndex(m_form->findData(form));
}

void LedgerFiguresTab::setMonth(const YearMonth &month)
{
    m_month->setCurrentIndex(m_month->findData(month.toString()));
}

void LedgerFiguresTab::refillMonths()
{
    const QString current = m_month->currentData().toString();
    m_month->blockSignals(true);
    m_month->clear();
    if (const auto campaign = m_session->campaign())
        for (const YearMonth &m : campaign->reportingPeriods())
            m_month->addItem(m.label(), m.toString());
    const int index = m_month->findData(current);
    m_month->setCurrentIndex(index >= 0 ? index : m_month->count() - 1);
    m_month->blockSignals(false);
}

void LedgerFiguresTab::reload()
{
    if (!m_session->isOpen())
        return;
    refillMonths();
    Status read;
    const auto campaign = m_session->campaign(&read);
    const YearMonth month = YearMonth::parse(m_month->currentData().toString());
    const int form = m_form->currentData().toInt();
    LedgerFigureMonth figures;
    if (read && campaign && month.isValid()) {
        figures = FigureOverrideActions::month(m_session->database(), campaign->id, form, month);
        read = figures.read;
    }
    // What could not be read leaves the comparison shown before, under the banner.
    m_readFailure->showStatus(read);
    if (!read)
        return;
    m_table->clear();
    m_table->setRowCount(0);
    m_mismatches = 0;
    if (!campaign || !month.isValid())
        return;
    const FormDescription &desc = FormCatalog::form(form);

    m_columns.clear();
    QStringList headers{tr("单位")};
    for (const LedgerColumnRule &rule : LedgerColumnRules::forForm(form)) {
        m_columns << rule.column;
        const FormColumn *c = desc.column(rule.column);
        headers << desc.columnCaption.arg(rule.column) + QLatin1Char('\n') + (c ? c->label : QString());
    }
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);

    auto number = [&desc](int column, double v) {
        const FormColumn *c = desc.column(column);
        return c && c->kind == ColumnKind::Amount ? QString::number(v, 'f', 2) : QString::number(v);
    };
    int kept = 0, overridden = 0;
    for (const ReportingUnit &unit : ReportingUnits::forForm(desc, figures.registry, month)) {
        const auto derived = figures.derived.constFind(unit.key);
        const auto typed = figures.typed.constFind(unit.key);
        const Report *d = derived != figures.derived.cend() ? &*derived : nullptr;
        const Report *t = typed != figures.typed.cend() ? &*typed : nullptr;
        QList<QTableWidgetItem *> items;
        bool rowDiffers = false;
        for (int column : m_columns) {
            auto *item = new QTableWidgetItem;
            item->setData(UnitRole, unit.key);
            item->setData(UnitNameRole, unit.name);
            item->setData(ColumnRole, column);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            CellState state = NotKept;
            if (!d || !d->hasNumber(column)) {
                item->setText(QStringLiteral(u"—"));
                item->setForeground(QColor(0x99, 0x99, 0x99));
            } else {
                ++kept;
                const double ledger = d->number(column);
                item->setText(number(column, ledger));
                state = Agrees;
                if (t && t->hasNumber(column) && std::fabs(t->number(column) - ledger) > 1e-6) {
                    const QString reason = figures.reason(unit.key, column);
                    item->setText(tr("%1（填报%2）").arg(number(column, ledger), number(column, t->number(column))));
                    if (reason.isEmpty()) {
                        state = Differs;
                        rowDiffers = true;
                        ++m_mismatches;
                        item->setBackground(QColor(0xFF, 0xC7, 0xCE));
                        item->setToolTip(tr("填报数与台账不符：请核对台账，或写明理由后以填报数为准。"));
                    } else {
                        state = Overridden;
                        ++overridden;
                        item->setBackground(QColor(0xFF, 0xEB, 0x9C));
                        item->setToolTip(tr("以填报数为准，理由：%1").arg(reason));
                    }
                }
            }
            item->setData(StateRole, int(state));
            items << item;
        }
        if (m_onlyMismatches->isChecked() && !rowDiffers)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(unit.name));
        for (int c = 0; c < items.size(); ++c)
            m_table->setItem(row, c + 1, items.at(c));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_summary->setText(tr("%1 %2：台账计算 %3 个数字；与填报不符 %4 个；以填报数为准 %5 个。")
                           .arg(desc.attachment, month.label()).arg(kept).arg(m_mismatches).arg(overridden));
}

LedgerFiguresTab::CellRef LedgerFiguresTab::cellAt(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    if (!item || column == 0)
        return {};
    return {item->data(UnitRole).toString(), item->data(UnitNameRole).toString(), item->data(ColumnRole).toInt()};
}

void LedgerFiguresTab::explainCurrent()
{
    const CellRef ref = cellAt(m_table->currentRow(), m_table->currentColumn());
    if (ref.unitKey.isEmpty())
        return;
    const YearMonth month = YearMonth::parse(m_month->currentData().toString());
    LedgerCellDialog dialog(FigureOverrideActions::explain(m_session->database(), m_session->campaignId(),
                                                           m_form->currentData().toInt(), ref.column, month, {ref.unitKey}),
                            ref.unitName, this);
    dialog.exec();
}

void LedgerFiguresTab::overrideCurrent()
{
    const int row = m_table->currentRow(), column = m_table->currentColumn();
    const CellRef ref = cellAt(row, column);
    if (ref.unitKey.isEmpty())
        return;
    const auto state = CellState(m_table->item(row, column)->data(StateRole).toInt());
    if (state != Differs && state != Overridden) {
        QMessageBox::information(this, tr("以填报数为准"), tr("请选择一个填报数与台账不符的单元格（红色）。"));
        return;
    }
    FigureOverride o;
    o.campaignId = m_session->campaignId();
    o.form = m_form->currentData().toInt();
    o.unitKey = ref.unitKey;
    o.period = YearMonth::parse(m_month->currentData().toString());
    o.column = ref.column;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("以填报数为准"),
        tr("%1 第%2栏：为什么填报数比台账更准确？（如：台账不全、由其他股室统计）\n清空理由则恢复以台账为准。").arg(ref.unitName).arg(ref.column),
        m_table->item(row, column)->toolTip().section(tr("理由："), 1), &ok);
    if (!ok)
        return;
    o.reason = reason;
    Database &db = m_session->database();
    const Status s = reason.trimmed().isEmpty() ? FigureOverrideActions::dropReason(db, o)
                                                : FigureOverrideActions::keepStored(db, o);
    if (!s) {
        QMessageBox::warning(this, tr("以填报数为准"), s.message());
        return;
    }
    m_session->notifyChanged(Session::Change::Figures);
    reload();
}

} // namespace qf::ui
