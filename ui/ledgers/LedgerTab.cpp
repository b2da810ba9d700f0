// SPDX-License-Identifier: GPL-3.0-or-later
#include "LedgerTab.h"

#include "LedgerEditing.h"
#include "LedgerFilterModel.h"
#include "LedgerTableModel.h"
#include "actions/ExportLedger.h"
#include "actions/ImportLedgerCsv.h"
#include "io/LedgerCsvImport.h"
#include "ledgers/CaseRecord.h"
#include "shell/Session.h"
#include "widgets/ErrorListDialog.h"
#include "widgets/DisabledReason.h"
#include "widgets/ReadFailureBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace qf::ui {

LedgerTab::LedgerTab(Session *session, LedgerKind kind, QWidget *parent)
    : QWidget(parent), m_session(session), m_kind(kind), m_today(QDate::currentDate()), m_model(new LedgerTableModel(this)),
      m_filter(new LedgerFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    setObjectName(QStringLiteral("ledger-%1").arg(ledgerKinds().key(kind)));

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add = toolbar->addAction(tr("新增"), this, &LedgerTab::addRecord);
    m_edit = toolbar->addAction(tr("查看/编辑"), this, &LedgerTab::editSelected);
    m_remove = toolbar->addAction(tr("删除"), this, &LedgerTab::removeSelected);
    if (LedgerEditing::hasStates(kind)) {
        m_transitions = new QToolButton;
        m_transitions->setText(tr("办理"));
        m_transitions->setPopupMode(QToolButton::InstantPopup);
        m_transitions->setMenu(new QMenu(m_transitions));
        toolbar->addSeparator();
        toolbar->addWidget(m_transitions);
    }
    toolbar->addSeparator();
    m_import = toolbar->addAction(tr("导入 CSV…"), this, &LedgerTab::importCsv);
    toolbar->addAction(tr("导出 Excel…"), this, [this] { exportXlsx(); });

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("搜索任一栏…"));
    m_search->setClearButtonEnabled(true);
    m_institution = new QComboBox;
    m_institution->setMinimumContentsLength(14);
    m_state = new QComboBox;
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_institution, 1);
    filters->addWidget(m_state);
    if (kind == LedgerKind::Problems) {
        m_overdue = new QCheckBox(tr("只看逾期和临近期限"));
        filters->addWidget(m_overdue);
        connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) { m_filter->setOverdueOnly(on); updateSummary(); });
    }
    filters->addStretch();
    filters->addWidget(toolbar);

    m_table = new QTableView;
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary = new QLabel;
    m_readFailure = new ReadFailureBanner;

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_readFailure);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) { m_filter->setText(t); updateSummary(); });
    connect(m_institution, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setInstitution(m_institution->currentData().toLongLong());
        updateSummary();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setState(m_state->currentData().toString());
        updateSummary();
    });
    connect(m_table, &QTableView::doubleClicked, this, &LedgerTab::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LedgerTab::updateActions);
    refillFilters();
}

void LedgerTab::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void LedgerTab::setSearchText(const QString &text)
{
    m_search->setText(text);
}

int LedgerTab::visibleCount() const
{
    return m_filter->rowCount();
}

bool LedgerTab::readFailed() const
{
    return !m_readFailure->isHidden();
}

void LedgerTab::refillFilters()
{
    const qint64 institution = m_institution->currentData().toLongLong();
    const QString state = m_state->currentData().toString();
    m_institution->blockSignals(true);
    m_institution->clear();
    m_institution->addItem(tr("全部机构"), qint64(0));
    for (const Institution &i : m_registry)
        m_institution->addItem(i.displayName(), i.id);
    m_institution->setCurrentIndex(qMax(0, m_institution->findData(institution)));
    m_institution->blockSignals(false);

    m_state->blockSignals(true);
    m_state->clear();
    switch (m_kind) {
    case LedgerKind::Problems:
        m_state->addItem(tr("全部状态"), QString());
        for (ProblemState s : problemStates().values())
            m_state->addItem(problemStates().name(s), problemStates().key(s));
        break;
    case LedgerKind::Tipoffs:
        m_state->addItem(tr("全部状态"), QString());
        for (TipoffState s : tipoffStates().values())
            m_state->addItem(tipoffStates().name(s), tipoffStates().key(s));
        break;
    case LedgerKind::Cases:
        m_state->addItem(tr("全部类型"), QString());
        for (CaseKind k : caseKinds().values())
            m_state->addItem(caseKinds().name(k), caseKinds().key(k));
        break;
    default: break;
    }
    m_state->setVisible(m_state->count() > 0);
    m_state->setCurrentIndex(qMax(0, m_state->findData(state)));
    m_state->blockSignals(false);
}

void LedgerTab::reload()
{
    if (!m_session->isOpen())
        return;
    const qint64 selected = selectedId();
    // A ledger the database did not hand over keeps the rows shown before, under a banner
    // that says so: never an empty list.
    Status read;
    const QList<Institution> registry = m_session->registry(&read);
    Campaign campaign;
    campaign.id = m_session->campaignId();
    if (const auto stored = m_session->campaign(&read))
        campaign = *stored;
    // The table the export writes and the command line lists.
    LedgerTable table;
    if (read)
        read = ExportLedger::table(m_session->database(), campaign, m_kind, m_today, &table);
    m_readFailure->showStatus(read);
    if (!read)
        return;
    m_registry = registry;
    refillFilters();
    m_model->setTable(table);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 320));
    selectRecord(selected);
    updateSummary();
    updateActions();
}

void LedgerTab::selectRecord(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
}

qint64 LedgerTab::selectedId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(LedgerTableModel::IdRole).toLongLong() : 0;
}

QStringList LedgerTab::transitionLabels() const
{
    QStringList labels;
    if (m_transitions)
        for (const QAction *a : m_transitions->menu()->actions())
            labels << a->text();
    return labels;
}

void LedgerTab::updateActions()
{
    // Records belong to a campaign: without one there is nothing to add them to.
    const bool campaign = m_session->isOpen() && m_session->campaignId() != 0;
    const QString noCampaign = tr("还没有专项整治：先在“专项整治概览”中新建");
    enableOrExplain(m_add, campaign, noCampaign);
    enableOrExplain(m_import, campaign, noCampaign);
    const bool chosen = selectedId() != 0;
    enableOrExplain(m_edit, chosen, tr("先在列表中选中一条记录"));
    enableOrExplain(m_remove, chosen, tr("先在列表中选中一条记录"));
    if (!m_transitions)
        return;
    QMenu *menu = m_transitions->menu();
    menu->clear();
    const qint64 id = selectedId();
    const auto choices = id ? LedgerEditing::transitions(m_session->database(), m_kind, id) : QList<LedgerEditing::Transition>();
    for (const LedgerEditing::Transition &t : choices)
        menu->addAction(t.label, this, [this, id, target = t.target] {
            if (LedgerEditing::transition(this, m_session->database(), m_kind, id, target)) {
                m_session->notifyChanged(Session::Change::Ledgers);
                selectRecord(id);
            }
        });
    enableOrExplain(m_transitions, !choices.isEmpty(), id ? tr("这条记录已办理完毕。") : tr("先在列表中选中一条记录"));
}

void LedgerTab::updateSummary()
{
    QString extra;
    if (m_kind == LedgerKind::Problems) {
        int red = 0, amber = 0;
        for (const LedgerTable::Row &r : m_model->table().rows) {
            red += r.flag == DeadlineFlag::Red ? 1 : 0;
            amber += r.flag == DeadlineFlag::Amber ? 1 : 0;
        }
        extra = tr("；逾期 %1 条，临近期限 %2 条").arg(red).arg(amber);
    }
    m_summary->setText(tr("显示 %1 条，共 %2 条%3。").arg(m_filter->rowCount()).arg(m_model->rowCount()).arg(extra));
}

void LedgerTab::addRecord()
{
    if (!m_session->campaignId()) {
        QMessageBox::information(this, ledgerKinds().name(m_kind), tr("请先新建专项整治。"));
        return;
    }
    const qint64 id = LedgerEditing::add(this, m_session->database(), m_kind, m_session->campaignId(), m_registry);
    if (id) {
        m_session->notifyChanged(Session::Change::Ledgers);
        selectRecord(id);
    }
}

void LedgerTab::editSelected()
{
    const qint64 id = selectedId();
    if (!id) {
        QMessageBox::information(this, ledgerKinds().name(m_kind), tr("请先在表中选择一条记录。"));
        return;
    }
    if (LedgerEditing::edit(this, m_session->database(), m_kind, id, m_registry))
        m_session->notifyChanged(Session::Change::Ledgers);
    else
        reload();   // evidence may have changed even when the fields did not
}

void LedgerTab::removeSelected()
{
    const qint64 id = selectedId();
    if (id && LedgerEditing::remove(this, m_session->database(), m_kind, id))
        m_session->notifyChanged(Session::Change::Ledgers);
}

void LedgerTab::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("导入%1").arg(ledgerKinds().name(m_kind)), QString(),
                                                      tr("CSV 文件 (*.csv);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    int imported = 0;
    const Status s = ImportLedgerCsv::run(m_session->database(), m_session->campaignId(), m_kind, path,
                                          QDate::currentDate(), &imported);
    if (!s) {
        ErrorListDialog box(tr("导入%1").arg(ledgerKinds().name(m_kind)),
                            tr("文件有 %1 处错误，未导入任何记录。").arg(s.messages().size()), s.messages(), this);
        box.setNote(tr("表头应为：%1").arg(LedgerCsvImport::headerLine(m_kind)));
        box.exec();
        return;
    }
    m_session->notifyChanged(Session::Change::Ledgers);
    QMessageBox::information(this, tr("导入%1").arg(ledgerKinds().name(m_kind)), tr("已导入 %1 条。").arg(imported));
}

bool LedgerTab::exportXlsx(const QString &chosen)
{
    const auto campaign = m_session->campaign();
    if (!campaign)
        return false;
    QString path = chosen;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("导出%1").arg(ledgerKinds().name(m_kind)),
                                            ExportLedger::defaultFileName(m_kind, m_today), tr("Excel 工作簿 (*.xlsx)"));
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".xlsx");
    }
    // What is stored now, as the command line exports it (the list shows the same table).
    int rows = 0;
    const Status s = ExportLedger::run(m_session->database(), *campaign, m_kind, path, m_today, &rows);
    if (!s) {
        QMessageBox::warning(this, tr("导出"), s.message());
        return false;
    }
    if (chosen.isEmpty())
        QMessageBox::information(this, tr("导出"), tr("已导出 %1 条到 %2。").arg(rows).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace qf::ui
