// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryPage.h"

#include "EntryDelegate.h"
#include "EntryGrid.h"
#include "EntryModel.h"
#include "FindingsPanel.h"
#include "MonthLockBar.h"
#include "SummaryModel.h"
#include "SummaryView.h"
#include "forms/CampaignForms.h"
#include "forms/EntryMonth.h"
#include "forms/MonthlyForms.h"
#include "shell/Session.h"
#include "widgets/DisabledReason.h"
#include "widgets/RememberedSplitter.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QStackedWidget>

#include <algorithm>

namespace qf::ui {

EntryPage::EntryPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_today(QDate::currentDate())
{
    // A message with only an OK button tells of a failure; anything else is a question.
    m_ask = [this](const QString &title, const QString &text, QMessageBox::StandardButtons buttons) {
        return buttons == QMessageBox::Ok ? QMessageBox::warning(this, title, text, buttons)
                                          : QMessageBox::question(this, title, text, buttons);
    };
    m_model = new EntryModel(this);
    m_summaryModel = new SummaryModel(this);
    m_lockBar = new MonthLockBar(session, m_model);
    buildTopBar();

    m_view = new EntryGrid;
    m_view->setObjectName(QStringLiteral("entryGrid"));
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 9);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setModel(m_model);
    m_view->frozenView()->setObjectName(QStringLiteral("entryGridFrozen"));
    m_view->setStyleSheet(QStringLiteral("QTableView { gridline-color: #dfe4ea; selection-background-color: #cfe0f5;"
                                         " selection-color: black; }"
                                         "QTableView#entryGridFrozen { border: none; border-right: 2px solid #9fb3cc; }"));

    m_summary = new SummaryView;
    m_summary->setSummaryModel(m_summaryModel);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_summary);
    m_findings = new FindingsPanel;

    auto *splitter = new RememberedSplitter(Qt::Vertical, QStringLiteral("entry/findingsSplitter"), {600, 130});
    splitter->addWidget(m_stack);
    splitter->addWidget(m_findings);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->restore();
    layout()->addWidget(splitter);
    m_body = splitter;
    buildEmptyNote();

    connect(m_model, &EntryModel::tableChanged, this, &EntryPage::tableChanged);
    connect(m_findings, &FindingsPanel::findingActivated, this, &EntryPage::showFinding);
    connect(m_view, &EntryGrid::cellMenuRequested, this, &EntryPage::contextMenu);
    connect(m_view, &EntryGrid::readOnlyCellActivated, this, &EntryPage::readOnlyCell);
    connect(m_view, &EntryGrid::copyRequested, this, &EntryPage::copySelection);
    connect(m_view, &EntryGrid::pasteRequested, this, &EntryPage::pasteClipboard);
    connect(m_view, &EntryGrid::clearRequested, this, &EntryPage::clearSelectedCells);
    connect(m_model, &EntryModel::editRefused, this, &EntryPage::showRefusal);
    // A column dragged narrower than its figures stops at them: the increase yields, the
    // figure is never cut.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (const int least = m_figureWidths.value(column); size < least)
            m_view->setColumnWidth(column, least);
    });
    connectLockBar();
    connect(session, &Session::databaseOpened, this, &EntryPage::reload);
    connect(session, &Session::campaignChanged, this, &EntryPage::reload);
    connect(session, &Session::dataChanged, this, [this](Session::Change what) {
        // Our own save has already reloaded; unsaved edits are never thrown away silently.
        // The ledgers make figures of the grid, so their changes reload it too.
        if (!m_saving && !m_model->hasChanges() && what != Session::Change::Locks)
            reload();
    });
    reload();
}

void EntryPage::setToday(const QDate &today)
{
    m_today = today;
    m_model->setToday(today);
}

void EntryPage::reload()
{
    if (!m_session->isOpen())
        return;
    const auto campaign = m_session->campaign();
    m_campaign = campaign ? *campaign : Campaign();
    fillPeriods();
    loadModel();
}

void EntryPage::fillPeriods()
{
    const QList<YearMonth> periods = m_campaign.reportingPeriods();
    // A month still in the campaign stays chosen across a reload.
    if (!periods.contains(m_period))
        m_period = EntryMonth::opening(m_session->database(), m_campaign, m_today);
    m_periodBox->clear();
    for (const YearMonth &p : periods)
        m_periodBox->addItem(p.label(), p.toString());
    m_periodBox->setCurrentIndex(m_periodBox->findData(m_period.toString()));
    enableOrExplain(m_periodBox, !periods.isEmpty(),
                    m_campaign.id == 0 ? tr("还没有专项整治：先在“专项整治概览”中新建")
                                       : tr("该专项整治的期间内没有要报的月份：请在“编辑方案…”中核对日期"));
    m_formBox->setCurrentIndex(m_formBox->findData(m_form));
    for (int i = 0; i < m_formBox->count(); ++i)
        m_formBox->setItemData(i, FormCatalog::form(m_formBox->itemData(i).toInt()).title(m_campaign.year), Qt::ToolTipRole);
}

void EntryPage::loadModel()
{
    FormInputs in;
    in.form = &FormCatalog::form(m_form);
    in.period = m_period;
    in.year = m_campaign.year;
    in.reportingBody = MonthlyForms::reportingBody(m_campaign);
    m_otherFindings.clear();
    if (m_campaign.id != 0 && m_period.isValid()) {
        // One read of the month's data serves the grid and the other forms' findings. The
        // grid takes the inputs whole, as every other form's build does.
        const CampaignForms data = CampaignForms::forMonth(m_session->database(), m_campaign, m_period);
        in = data.inputs(m_form, m_period);
        // An institution's account fills in its own row only.
        if (const qint64 own = m_session->ownInstitutionId())
            in.registry.removeIf([own](const Institution &i) { return i.id != own; });
        for (int other : FormCatalog::numbers())
            if (other != m_form)
                m_otherFindings << data.build(other, m_period).findings;
    }
    m_model->setToday(m_today);
    m_model->load(in, m_campaign.id);
    m_lockBar->load(m_campaign.id, m_form, m_period);
    resizeColumns();
    showEmptyState();
}

void EntryPage::tableChanged()
{
    const FormTable &table = m_model->table();
    m_counter->setText(counterText());
    QList<Finding> findings = table.findings;
    findings << m_otherFindings;
    m_findings->setFindings(findings);
    m_summaryModel->setTable(table);
    // A figure typed or pasted wider than its column widens it: figures are never cut.
    resizeColumns(true);
    const bool changed = m_model->hasChanges();
    enableOrExplain(m_save, changed, tr("没有未保存的修改"));
    enableOrExplain(m_undo, changed, tr("没有未保存的修改"));
    setState(changed ? tr("<span style='color:#1f5fbf'>%1 个单位的修改尚未保存</span>").arg(m_model->changedCount())
                             : tr("所有修改均已保存"));
}

QString EntryPage::counterText() const
{
    const FormTable &table = m_model->table();
    const int due = int(table.units.size());
    const int missing = table.missingCount();
    return tr("%1　已报 %2 / 应报 %3，缺报 %4（沿用上月数 %5）")
        .arg(m_period.isValid() ? m_period.label() : QString())
        .arg(due - missing)
        .arg(due)
        .arg(missing)
        .arg(table.carriedCount());
}

void EntryPage::resizeColumns(bool onlyWiden)
{
    const FormDescription *form = m_model->table().form;
    if (!form)
        return;
    const QFontMetrics fm = m_view->fontMetrics();
    if (!onlyWiden)
        m_figureWidths.clear();
    // Measured in each cell's own font, as the delegate paints it: totals are bold.
    auto widestIn = [this](int column) {
        int widest = 0;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex index = m_model->index(r, column);
            QFont font = m_view->font();
            if (const QVariant f = index.data(Qt::FontRole); f.isValid())
                font = f.value<QFont>().resolve(font);
            widest = qMax(widest, QFontMetrics(font).horizontalAdvance(index.data().toString()));
        }
        return widest;
    };
    // Figures always fit; the month's increase beside them only up to this width, beyond
    // which the delegate leaves it out (it stays in the cell's tooltip).
    constexpr int kMaxFigureColumn = 190;
    constexpr int kMinFigureColumn = 56;
    const int cellMargins = 2 * EntryDelegate::kPadding + 2;
    QFont small = m_view->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    small.setBold(true);
    const QFontMetrics smallMetrics(small);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        int width = 0;
        if (c < m_model->fixedColumnCount()) {
            switch (m_model->fixedColumn(c)) {
            case EntryModel::Fixed::Name: width = qMin(widestIn(c) + 16, 300); break;
            case EntryModel::Fixed::Category: width = widestIn(c) + 16; break;
            case EntryModel::Fixed::Status: width = qMax(widestIn(c), fm.horizontalAdvance(tr("沿用2021年10月"))) + 14; break;
            }
        } else {
            // Wide enough for the figures with their increase, and for the label in
            // at most three lines of the header.
            const FormColumn *column = form->column(m_model->formColumnAt(c));
            const QString label = m_model->headerData(c, Qt::Horizontal).toString();
            width = qMax(kMinFigureColumn, qMin(fm.horizontalAdvance(label) / 3 + 18, kMaxFigureColumn));
            if (column->isNumeric()) {
                const QString sample = m_model->headerData(c, Qt::Horizontal, EntryModel::IncreaseSampleRole).toString();
                const int slot = sample.isEmpty() ? 0
                                                  : smallMetrics.horizontalAdvance(QStringLiteral(u"（%1）").arg(sample))
                                                        + EntryDelegate::kGap;
                const int figures = widestIn(c) + cellMargins;
                m_figureWidths.insert(c, figures);
                width = std::max({width, figures, qMin(figures + slot, kMaxFigureColumn)});
            } else {
                width = qMax(width, qMin(widestIn(c) + 16, 240));
            }
        }
        if (!onlyWiden || width > m_view->columnWidth(c))
            m_view->setColumnWidth(c, width);
    }
    m_view->setFrozenColumnCount(m_model->fixedColumnCount());
}

bool EntryPage::setForm(int form)
{
    if (form == m_form)
        return true;
    if (!confirmLeave())
        return false;
    m_form = form;
    m_formBox->setCurrentIndex(m_formBox->findData(form));
    loadModel();
    return true;
}

bool EntryPage::setPeriod(const YearMonth &period)
{
    if (period == m_period)
        return true;
    if (!period.isValid() || !m_campaign.reportingPeriods().contains(period) || !confirmLeave())
        return false;
    m_period = period;
    m_periodBox->setCurrentIndex(m_periodBox->findData(period.toString()));
    loadModel();
    return true;
}

void EntryPage::showSummary(bool summary)
{
    m_stack->setCurrentIndex(summary ? 1 : 0);
    m_viewGroup->button(summary ? 1 : 0)->setChecked(true);
    enableOrExplain(m_showIncrease, !summary, tr("汇总表按正式表式只显示累计数；在“逐单位填报”中可显示本月增量"));
    m_printForm->setVisible(summary);
    m_exportForms->setVisible(summary);
}

bool EntryPage::isSummaryShown() const
{
    return m_stack->currentIndex() == 1;
}

bool EntryPage::selectUnit(const QString &unitKey)
{
    showSummary(false);
    const FormDescription *form = m_model->table().form;
    const QModelIndex index = form && !form->columns.isEmpty() ? m_model->indexOf(unitKey, form->columns.first().number) : QModelIndex();
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void EntryPage::showFinding(const Finding &finding)
{
    if (finding.form != m_form && !setForm(finding.form))
        return;
    showSummary(false);
    const QModelIndex index = m_model->indexOf(finding.unitKey, finding.column);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setFocus();
}

} // namespace qf::ui
