// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryPage.h"

#include "EntryGrid.h"
#include "EntryModel.h"
#include "FigureOverrides.h"
#include "FindingsPanel.h"
#include "ImportReportsDialog.h"
#include "MonthLockBar.h"
#include "ReasonDialog.h"
#include "SummaryModel.h"
#include "SummaryView.h"
#include "ledgers/LedgerCellDialog.h"
#include "printing/FormPrintPanel.h"
#include "forms/CampaignForms.h"
#include "forms/MonthlyForms.h"
#include "io/ReportTemplates.h"
#include "shell/Session.h"
#include "storage/CampaignRepository.h"
#include "storage/ReportRepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QAction>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

QString shortTitle(const FormDescription &form)
{
    // "…统计表（一）": the part of the title that tells the three forms apart.
    const QString title = form.title(0);
    const int at = title.lastIndexOf(QStringLiteral(u"统计表"));
    return form.attachment + QLatin1Char(' ') + (at >= 0 ? title.mid(at) : title);
}

} // namespace

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

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_findings);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({600, 130});
    layout()->addWidget(splitter);

    connect(m_model, &EntryModel::tableChanged, this, &EntryPage::tableChanged);
    connect(m_findings, &FindingsPanel::findingActivated, this, &EntryPage::showFinding);
    connect(m_view, &EntryGrid::cellMenuRequested, this, &EntryPage::contextMenu);
    connect(m_view, &EntryGrid::readOnlyCellActivated, this, &EntryPage::readOnlyCell);
    m_lockBar->setAsker([this](const QString &title, const QString &text, QMessageBox::StandardButtons buttons) {
        return m_ask(title, text, buttons);
    });
    m_lockBar->setBeforeChange([this] { return confirmLeave(); });
    m_lockBar->setCurrentUnit([this] { return m_model->unitKeyAt(m_view->currentIndex().row()); });
    connect(m_lockBar, &MonthLockBar::locksChanged, this, [this] { m_session->notifyChanged(QStringLiteral("locks")); });
    connect(session, &Session::databaseOpened, this, &EntryPage::reload);
    connect(session, &Session::campaignChanged, this, &EntryPage::reload);
    connect(session, &Session::dataChanged, this, [this](const QString &what) {
        // Our own save has already reloaded; unsaved edits are never thrown away silently.
        // The ledgers make figures of the grid, so their changes reload it too.
        if (!m_saving && !m_model->hasChanges() && what != QLatin1String("locks"))
            reload();
    });
    reload();
}

void EntryPage::buildTopBar()
{
    auto *pageTitle = new QLabel(tr("报表填报"));
    pageTitle->setObjectName(QStringLiteral("pageTitle"));
    m_formBox = new QComboBox;
    for (int number : FormCatalog::numbers()) {
        const FormDescription &form = FormCatalog::form(number);
        m_formBox->addItem(shortTitle(form), number);
    }
    m_periodBox = new QComboBox;
    m_periodBox->setMinimumContentsLength(9);

    auto *entryButton = new QPushButton(tr("逐单位填报"));
    auto *summaryButton = new QPushButton(tr("汇总表"));
    m_viewGroup = new QButtonGroup(this);
    for (QPushButton *b : {entryButton, summaryButton}) {
        b->setCheckable(true);
        b->setObjectName(QStringLiteral("viewSwitch"));
        m_viewGroup->addButton(b);
    }
    m_viewGroup->setId(entryButton, 0);
    m_viewGroup->setId(summaryButton, 1);
    entryButton->setChecked(true);
    entryButton->setToolTip(tr("逐个单位填写本月累计数，随填随查"));
    summaryButton->setToolTip(tr("按正式表式显示本月汇总表（与导出、打印的表格一致）"));

    m_showIncrease = new QCheckBox(tr("显示本月增量"));
    m_showIncrease->setChecked(true);
    m_showIncrease->setToolTip(tr("在累计数旁显示本月比上月增加的数"));
    m_counter = new QLabel;
    m_counter->setObjectName(QStringLiteral("entryCounter"));
    m_state = new QLabel;
    m_undo = new QPushButton(tr("撤销全部修改"));
    m_save = new QPushButton(tr("保存"));
    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("把本月修改过的报表一次性保存（Ctrl+S）"));

    auto *head = new QHBoxLayout;
    head->addWidget(pageTitle);
    head->addSpacing(16);
    head->addWidget(new QLabel(tr("报表：")));
    head->addWidget(m_formBox);
    head->addSpacing(8);
    head->addWidget(new QLabel(tr("月份：")));
    head->addWidget(m_periodBox);
    head->addSpacing(12);
    head->addWidget(entryButton);
    head->addWidget(summaryButton);
    head->addSpacing(12);
    head->addWidget(m_showIncrease);
    // The summary as it stands, printed in the export's layout.
    m_printForm = new QPushButton(tr("打印…"));
    m_printForm->setObjectName(QStringLiteral("printFormButton"));
    m_printForm->setVisible(false);
    head->addWidget(m_printForm);
    connect(m_printForm, &QPushButton::clicked, this, [this] { FormPrintPanel::previewForm(this, m_summaryModel->table()); });
    head->addStretch();
    head->addWidget(m_undo);
    head->addWidget(m_save);

    auto *templates = new QPushButton(tr("生成空白报表…"));
    templates->setObjectName(QStringLiteral("templatesButton"));
    templates->setToolTip(tr("为每个报送机构生成本月的 Excel 空白报表（已填好单位和月份，预填上月累计数）"));
    auto *importReports = new QPushButton(tr("导入报表…"));
    importReports->setObjectName(QStringLiteral("importReportsButton"));
    importReports->setToolTip(tr("导入各机构填好的 Excel 报表，逐个检查后导入无误的文件"));
    connect(templates, &QPushButton::clicked, this, &EntryPage::writeTemplates);
    connect(importReports, &QPushButton::clicked, this, &EntryPage::importReports);
    // On a shared server others save too: F5 reloads what is stored now (after asking
    // about this window's unsaved edits, as leaving the month does).
    auto *refresh = new QAction(tr("刷新"), this);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refresh);
    connect(refresh, &QAction::triggered, this, [this] {
        if (!confirmLeave())
            return;
        loadModel();
        m_state->setText(tr("已刷新"));
    });

    auto *info = new QHBoxLayout;
    info->addWidget(m_counter);
    info->addStretch();
    info->addWidget(m_state);
    info->addSpacing(12);
    info->addWidget(m_lockBar);
    info->addSpacing(12);
    info->addWidget(templates);
    info->addWidget(importReports);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addLayout(info);

    connect(m_formBox, &QComboBox::activated, this, [this](int index) {
        if (!setForm(m_formBox->itemData(index).toInt()))
            m_formBox->setCurrentIndex(m_formBox->findData(m_form));
    });
    connect(m_periodBox, &QComboBox::activated, this, [this](int index) {
        if (!setPeriod(YearMonth::parse(m_periodBox->itemData(index).toString())))
            m_periodBox->setCurrentIndex(m_periodBox->findData(m_period.toString()));
    });
    connect(m_viewGroup, &QButtonGroup::idClicked, this, [this](int id) { showSummary(id == 1); });
    connect(m_showIncrease, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowIncrease(on);
        resizeColumns();
    });
    connect(m_save, &QPushButton::clicked, this, &EntryPage::save);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_ask(tr("撤销全部修改"), tr("放弃本月%1的全部未保存修改？").arg(FormCatalog::form(m_form).attachment),
                  QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes)
            revertAll();
    });
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
    const auto campaign = CampaignRepository(m_session->database()).load(m_session->campaignId());
    m_campaign = campaign ? *campaign : Campaign();
    fillPeriods();
    loadModel();
}

void EntryPage::fillPeriods()
{
    const QList<YearMonth> periods = m_campaign.reportingPeriods();
    if (!periods.contains(m_period)) {
        // The month due now: the one before today while the campaign runs, otherwise the
        // latest month anybody reported for.
        m_period = YearMonth::fromDate(m_today).previous();
        if (!periods.contains(m_period)) {
            m_period = periods.isEmpty() ? YearMonth() : periods.first();
            for (const Report &r : ReportRepository(m_session->database()).all(m_campaign.id))
                if (periods.contains(r.period) && r.period > m_period)
                    m_period = r.period;
        }
    }
    m_periodBox->clear();
    for (const YearMonth &p : periods)
        m_periodBox->addItem(p.label(), p.toString());
    m_periodBox->setCurrentIndex(m_periodBox->findData(m_period.toString()));
    m_periodBox->setEnabled(!periods.isEmpty());
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
        // One read of the month's data serves the grid and the other forms' findings.
        const CampaignForms data = CampaignForms::forMonth(m_session->database(), m_campaign, m_period);
        const FormInputs loaded = data.inputs(m_form, m_period);
        in.registry = loaded.registry;
        // An institution's account fills in its own row only.
        if (const qint64 own = m_session->ownInstitutionId())
            in.registry.removeIf([own](const Institution &i) { return i.id != own; });
        in.reports = loaded.reports;
        in.derived = loaded.derived;
        in.overrides = loaded.overrides;
        for (int other : FormCatalog::numbers())
            if (other != m_form)
                m_otherFindings << data.build(other, m_period).findings;
    }
    m_model->setToday(m_today);
    m_model->load(in, m_campaign.id);
    m_lockBar->load(m_campaign.id, m_form, m_period);
    resizeColumns();
}

void EntryPage::tableChanged()
{
    const FormTable &table = m_model->table();
    m_counter->setText(counterText());
    QList<Finding> findings = table.findings;
    findings << m_otherFindings;
    m_findings->setFindings(findings);
    m_summaryModel->setTable(table);
    const bool changed = m_model->hasChanges();
    m_save->setEnabled(changed);
    m_undo->setEnabled(changed);
    m_state->setText(changed ? tr("<span style='color:#1f5fbf'>%1 个单位的修改尚未保存</span>").arg(m_model->changedCount())
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

void EntryPage::resizeColumns()
{
    const FormDescription *form = m_model->table().form;
    if (!form)
        return;
    const QFontMetrics fm = m_view->fontMetrics();
    auto widestIn = [this, &fm](int column) {
        int widest = 0;
        for (int r = 0; r < m_model->rowCount(); ++r)
            widest = qMax(widest, fm.horizontalAdvance(m_model->index(r, column).data().toString()));
        return widest;
    };
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
            width = qMax(64, fm.horizontalAdvance(label) / 3 + 18);
            if (column->isNumeric()) {
                const QString sample = m_model->headerData(c, Qt::Horizontal, EntryModel::IncreaseSampleRole).toString();
                const int slot = sample.isEmpty() ? 0 : int(fm.horizontalAdvance(QStringLiteral(u"（%1）").arg(sample)) * 0.85);
                width = qMax(width, widestIn(c) + slot + 18);
            } else {
                width = qMax(width, qMin(widestIn(c) + 16, 240));
            }
        }
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
    m_showIncrease->setEnabled(!summary);
    m_printForm->setVisible(summary);
}

bool EntryPage::isSummaryShown() const
{
    return m_stack->currentIndex() == 1;
}

bool EntryPage::save()
{
    if (!m_model->hasChanges())
        return true;
    m_view->setFocus();   // commits an open editor
    QList<Report> reports = m_model->changedReports();
    QSet<QString> changed;
    for (const Report &r : reports)
        changed.insert(r.unitKey);
    int errors = 0;
    for (const Finding &f : m_model->table().findings)
        errors += f.isError() && changed.contains(f.unitKey) ? 1 : 0;
    if (errors > 0
        && m_ask(tr("保存报表"),
                 tr("要保存的报表中有 %1 个错误（见下方检查结果）。\n\n仍然保存为草稿吗？签发或导出前还需改正。").arg(errors),
                 QMessageBox::Save | QMessageBox::Cancel) != QMessageBox::Save)
        return false;
    const Status s = ReportRepository(m_session->database()).saveAll(reports);
    if (!s) {
        // The edits stay in the grid either way: nothing was written, nothing is lost.
        if (m_session->database().connectionLost())
            m_ask(tr("保存报表"),
                  tr("与服务器 %1 的连接已断开，什么也没有保存。\n\n"
                     "您的 %2 个单位的修改仍保留在本窗口中：连接恢复后再点“保存”。")
                      .arg(m_session->database().location().displayName())
                      .arg(reports.size()),
                  QMessageBox::Ok);
        else
            m_ask(tr("保存报表"), s.message(), QMessageBox::Ok);
        return false;
    }
    m_saving = true;
    loadModel();
    m_session->notifyChanged(QStringLiteral("figures"));
    m_saving = false;
    m_state->setText(tr("已保存 %1 个单位的报表").arg(reports.size()));
    return true;
}

void EntryPage::revertAll()
{
    m_model->revertAll();
}

bool EntryPage::confirmLeave()
{
    if (!m_model->hasChanges())
        return true;
    const auto answer = m_ask(tr("未保存的修改"),
                              tr("%1 %2 有 %3 个单位的修改尚未保存。\n\n保存这些修改吗？")
                                  .arg(FormCatalog::form(m_form).attachment, m_period.label())
                                  .arg(m_model->changedCount()),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        revertAll();
        return true;
    }
    return false;
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

void EntryPage::contextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (!index.isValid())
        return;
    if (!m_model->isUnitRow(index.row())) {
        if (!m_model->isLedgerCell(index))
            return;
        QMenu menu(this);
        QAction *explain = menu.addAction(tr("查看台账记录…"));
        if (menu.exec(globalPos) == explain)
            explainAt(index);
        return;
    }
    const int row = index.row();
    const QString key = m_model->unitKeyAt(row);
    const UnitFigures *unit = nullptr;
    for (const UnitFigures &u : m_model->table().units)
        if (u.unit.key == key)
            unit = &u;
    int statusColumn = 0;
    for (int c = 0; c < m_model->fixedColumnCount(); ++c)
        if (m_model->fixedColumn(c) == EntryModel::Fixed::Status)
            statusColumn = c;

    const bool locked = m_model->isLocked(row);
    QMenu menu(this);
    QAction *explain = nullptr, *keep = nullptr, *restore = nullptr;
    if (m_model->isLedgerCell(index)) {
        explain = menu.addAction(tr("查看台账记录…"));
        if (m_model->isOverridden(index)) {
            restore = menu.addAction(tr("恢复台账计算"));
            restore->setEnabled(!locked);
        } else {
            keep = menu.addAction(tr("以填报数覆盖…"));
            keep->setEnabled(!locked);
        }
        menu.addSeparator();
    }
    QAction *unchanged = menu.addAction(tr("按上月数报送（本月无变化）"));
    unchanged->setEnabled(!locked && unit && !unit->reported && unit->hasAny && !m_model->isChanged(key));
    QAction *date = menu.addAction(tr("修改报送日期…"));
    date->setEnabled(!locked);
    QAction *revert = menu.addAction(tr("撤销此单位的修改"));
    revert->setEnabled(m_model->isChanged(key));
    menu.addSeparator();
    QAction *accept = nullptr, *unlock = nullptr;
    if (locked)
        unlock = menu.addAction(tr("解锁…"));
    else
        accept = menu.addAction(tr("验收本月"));
    QAction *history = menu.addAction(tr("变更记录…"));
    QAction *chosen = menu.exec(globalPos);
    if (!chosen)
        return;
    if (chosen == explain)
        explainAt(index);
    else if (chosen == keep)
        overrideAt(index);
    else if (chosen == restore)
        restoreAt(index);
    else if (chosen == unchanged)
        m_model->reportUnchanged(row);
    else if (chosen == date)
        m_view->frozenView()->edit(m_model->index(row, statusColumn));
    else if (chosen == revert)
        m_model->revertUnit(key);
    else if (chosen == accept)
        m_lockBar->acceptCurrent();
    else if (chosen == unlock)
        m_lockBar->unlockCurrent();
    else if (chosen == history)
        m_lockBar->showHistory();
}

QString EntryPage::rowName(int row) const
{
    return m_model->index(row, 0).data().toString();
}

LedgerCell EntryPage::explainCell(const QModelIndex &index) const
{
    const int column = m_model->formColumnAt(index.column());
    if (!index.isValid() || column == 0 || m_campaign.id == 0)
        return {};
    return FigureOverrides::explain(m_session->database(), m_campaign.id, m_form, column, m_period,
                                    m_model->unitsOfRow(index.row()));
}

void EntryPage::explainAt(const QModelIndex &index)
{
    const LedgerCell cell = explainCell(index);
    if (cell.form == 0)
        return;
    LedgerCellDialog dialog(cell, rowName(index.row()), this);
    dialog.exec();
}

void EntryPage::readOnlyCell(const QModelIndex &index, bool doubleClicked)
{
    const int row = index.row();
    if (doubleClicked && m_model->isLedgerCell(index)) {
        explainAt(index);
    } else if (m_model->isLocked(row)) {
        m_ask(tr("已锁定"),
              tr("%1 %2的%3%4，数字已锁定，不能修改。\n\n如确需修改，请先“解锁…”并说明理由。")
                  .arg(rowName(row), m_period.label(), FormCatalog::form(m_form).attachment,
                       m_model->isMonthSigned() ? tr("已签发") : tr("已验收")),
              QMessageBox::Ok);
    } else if (m_model->isLedgerCell(index) && m_model->isUnitRow(row)) {
        m_ask(tr("由台账计算"),
              tr("此数由台账计算，不能直接填写。双击可查看组成此数的记录；若本单位台账不全，请右键选择“以填报数覆盖…”并写明理由。"),
              QMessageBox::Ok);
    }
}

Status EntryPage::keepTyped(const QModelIndex &index, double figure, const QString &reason)
{
    const QString key = m_model->unitKeyAt(index.row());
    const int column = m_model->formColumnAt(index.column());
    if (key.isEmpty() || column == 0 || !m_model->isLedgerCell(index))
        return Status::failure(tr("请选择一个由台账计算的单位数字。"));
    if (m_model->isLocked(index.row()))
        return Status::failure(tr("%1 本月已锁定，请先解锁。").arg(rowName(index.row())));
    if (m_model->hasChanges())
        return Status::failure(tr("请先保存或撤销尚未保存的修改。"));
    const Status s = FigureOverrides::keepTyped(m_session->database(), m_model->typedReport(key), column, figure, reason);
    if (s) {
        m_saving = true;
        loadModel();
        m_session->notifyChanged(QStringLiteral("figures"));
        m_saving = false;
    }
    return s;
}

Status EntryPage::restoreLedger(const QModelIndex &index)
{
    const QString key = m_model->unitKeyAt(index.row());
    const int column = m_model->formColumnAt(index.column());
    if (key.isEmpty() || column == 0)
        return Status::failure(tr("请选择一个单位的数字。"));
    if (m_model->isLocked(index.row()))
        return Status::failure(tr("%1 本月已锁定，请先解锁。").arg(rowName(index.row())));
    if (m_model->hasChanges())
        return Status::failure(tr("请先保存或撤销尚未保存的修改。"));
    const Status s = FigureOverrides::restoreLedger(m_session->database(), m_model->typedReport(key), column);
    if (s) {
        m_saving = true;
        loadModel();
        m_session->notifyChanged(QStringLiteral("figures"));
        m_saving = false;
    }
    return s;
}

void EntryPage::overrideAt(const QModelIndex &index)
{
    const int row = index.row();
    const QString key = m_model->unitKeyAt(row);
    const int column = m_model->formColumnAt(index.column());
    const FormColumn *c = FormCatalog::form(m_form).column(column);
    // Storing the figure reloads the grid: unsaved edits are saved or dropped first.
    if (key.isEmpty() || !c || !confirmLeave())
        return;
    // Start from what the unit typed, if it typed something that the ledger overrules.
    const QModelIndex current = m_model->indexOf(key, column);
    const Report typed = m_model->typedReport(key);
    const double start = typed.hasNumber(column) ? typed.number(column) : current.data(Qt::EditRole).toDouble();
    ReasonDialog dialog(tr("以填报数覆盖"),
                        tr("%1 %2 第%3栏（%4）：台账计算为 %5。\n填写采用的数字，并说明为什么以填报数为准（如：台账记录不全）。")
                            .arg(rowName(row), m_period.label()).arg(column).arg(c->label, current.data().toString()),
                        this);
    dialog.askFigure(tr("填报数："), start, c->kind == ColumnKind::Amount ? 2 : 0);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const Status s = keepTyped(m_model->indexOf(key, column), dialog.figure(), dialog.reason()); !s)
        m_ask(tr("以填报数覆盖"), s.message(), QMessageBox::Ok);
}

void EntryPage::restoreAt(const QModelIndex &index)
{
    const QString key = m_model->unitKeyAt(index.row());
    const int column = m_model->formColumnAt(index.column());
    if (!confirmLeave())
        return;
    if (m_ask(tr("恢复台账计算"), tr("删除此栏的填报数和理由，改用台账计算的数字？"), QMessageBox::Yes | QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (const Status s = restoreLedger(m_model->indexOf(key, column)); !s)
        m_ask(tr("恢复台账计算"), s.message(), QMessageBox::Ok);
}

void EntryPage::writeTemplates()
{
    if (!m_period.isValid())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("选择保存%1空白报表的文件夹").arg(m_period.label()));
    if (folder.isEmpty())
        return;
    QStringList written;
    const Status s = ReportTemplates::writeAll(m_session->database(), m_campaign, m_period, folder, &written);
    if (!s) {
        m_ask(tr("生成空白报表"), s.message(), QMessageBox::Ok);
        return;
    }
    m_ask(tr("生成空白报表"),
          tr("已为 %1 个机构生成%2的空白报表，保存在 %3。").arg(written.size()).arg(m_period.label(), QDir::toNativeSeparators(folder)),
          QMessageBox::Ok);
}

void EntryPage::importReports()
{
    if (!confirmLeave())
        return;
    ImportReportsDialog dialog(m_session, this);
    dialog.setToday(m_today);
    dialog.exec();
}

} // namespace qf::ui
