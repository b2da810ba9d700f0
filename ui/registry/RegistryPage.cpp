// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistryPage.h"

#include "InstitutionDialog.h"
#include "InstitutionFilterModel.h"
#include "InstitutionTableModel.h"
#include "actions/ExportRegistry.h"
#include "actions/RegistryActions.h"
#include "shell/Session.h"
#include "widgets/ErrorListDialog.h"
#include "widgets/HistoryDialog.h"
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
#include <QMessageBox>
#include <QSet>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace qf::ui {

RegistryPage::RegistryPage(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new InstitutionTableModel(this)),
      m_filter(new InstitutionFilterModel(this))
{
    m_filter->setSourceModel(m_model);

    auto *title = new QLabel(tr("机构名册"));
    title->setObjectName(QStringLiteral("pageTitle"));

    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(tr("新增机构"), this, &RegistryPage::addInstitution);
    toolbar->addAction(tr("编辑"), this, &RegistryPage::editSelected);
    toolbar->addAction(tr("停用/启用"), this, &RegistryPage::toggleSelectedActive);
    toolbar->addAction(tr("变更记录"), this, &RegistryPage::showHistory);
    toolbar->addSeparator();
    toolbar->addAction(tr("导入名册…"), this, [this] { importRegistry(); });
    toolbar->addAction(tr("导出 Excel…"), this, [this] { exportRegistry(); })
        ->setToolTip(tr("把名册导出为 Excel 表格（表头与导入相同，改好后可导回）；勾选“显示停用机构”时含停用机构"));

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("搜索名称、乡镇、电话…"));
    m_search->setClearButtonEnabled(true);
    m_ownership = new QComboBox;
    m_ownership->addItem(tr("全部所有制"), QString());
    for (Ownership o : allOwnerships())
        m_ownership->addItem(ownershipName(o), ownershipName(o));
    m_level = new QComboBox;
    m_level->addItem(tr("全部等级"), QString());
    for (Level l : allLevels())
        m_level->addItem(levelName(l), levelName(l));
    m_township = new QComboBox;
    m_showInactive = new QCheckBox(tr("显示停用机构"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_ownership);
    filters->addWidget(m_level);
    filters->addWidget(m_township);
    filters->addWidget(m_showInactive);

    m_table = new QTableView;
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);

    m_summary = new QLabel;
    m_readFailure = new ReadFailureBanner;

    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addStretch();
    head->addWidget(toolbar);
    layout->addLayout(head);
    layout->addLayout(filters);
    layout->addWidget(m_readFailure);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) { m_filter->setText(t); updateSummary(); });
    auto bindCombo = [this](QComboBox *combo, int column) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column] {
            m_filter->setColumnValue(column, combo->currentData().toString());
            updateSummary();
        });
    };
    bindCombo(m_ownership, InstitutionTableModel::Ownership_);
    bindCombo(m_level, InstitutionTableModel::Level_);
    bindCombo(m_township, InstitutionTableModel::Township);
    connect(m_showInactive, &QCheckBox::toggled, this, [this](bool on) { m_filter->setShowInactive(on); updateSummary(); });
    connect(m_table, &QTableView::doubleClicked, this, &RegistryPage::editSelected);
    connect(session, &Session::databaseOpened, this, &RegistryPage::reload);
    connect(session, &Session::dataChanged, this, [this](Session::Change what) {
        if (what == Session::Change::Institutions)
            reload();
    });
    reload();
}

int RegistryPage::visibleCount() const
{
    return m_filter->rowCount();
}

void RegistryPage::reload()
{
    if (!m_session->isOpen())
        return;
    // A registry the database did not hand over leaves the list as it was, under the banner.
    Status read;
    const QList<Institution> registry = m_session->registry(&read);
    m_readFailure->showStatus(read);
    if (!read)
        return;
    m_model->setInstitutions(registry);
    refillTownships();
    m_table->resizeColumnsToContents();
    updateSummary();
}

void RegistryPage::refillTownships()
{
    const QString current = m_township->currentData().toString();
    QStringList towns;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString t = m_model->institutionAt(r)->township;
        if (!t.isEmpty() && !towns.contains(t))
            towns << t;
    }
    m_township->blockSignals(true);
    m_township->clear();
    m_township->addItem(tr("全部乡镇"), QString());
    for (const QString &t : towns)
        m_township->addItem(t, t);
    m_township->setCurrentIndex(qMax(0, m_township->findData(current)));
    m_township->blockSignals(false);
}

void RegistryPage::updateSummary()
{
    int active = 0, contracted = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const Institution *i = m_model->institutionAt(r);
        active += i->active ? 1 : 0;
        contracted += i->active && i->contracted ? 1 : 0;
    }
    m_summary->setText(tr("显示 %1 家；名册共 %2 家，在用 %3 家，其中医保定点 %4 家。")
                           .arg(m_filter->rowCount()).arg(m_model->rowCount()).arg(active).arg(contracted));
}

qint64 RegistryPage::selectedId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(InstitutionTableModel::InstitutionIdRole).toLongLong() : 0;
}

void RegistryPage::addInstitution()
{
    Institution fresh;
    InstitutionDialog dialog(fresh, this);
    while (dialog.exec() == QDialog::Accepted) {
        Institution i = dialog.institution();
        const Status s = RegistryActions::save(m_session->database(), i);
        if (s) {
            m_session->notifyChanged(Session::Change::Institutions);
            const int row = m_model->rowOf(i.id);
            m_table->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
            return;
        }
        dialog.showError(s.message());
    }
}

void RegistryPage::editSelected()
{
    const qint64 id = selectedId();
    const auto existing = RegistryActions::find(m_session->database(), id);
    if (!existing) {
        QMessageBox::information(this, tr("编辑机构"), tr("请先在表中选择一家机构。"));
        return;
    }
    InstitutionDialog dialog(*existing, this);
    while (dialog.exec() == QDialog::Accepted) {
        Institution i = dialog.institution();
        const Status s = RegistryActions::save(m_session->database(), i);
        if (s) {
            m_session->notifyChanged(Session::Change::Institutions);
            return;
        }
        dialog.showError(s.message());
    }
}

void RegistryPage::showHistory()
{
    const qint64 id = selectedId();
    const auto existing = RegistryActions::find(m_session->database(), id);
    if (!existing) {
        QMessageBox::information(this, tr("变更记录"), tr("请先在表中选择一家机构。"));
        return;
    }
    HistoryDialog dialog(existing->name, RegistryActions::history(m_session->database(), id), this);
    dialog.exec();
}

void RegistryPage::toggleSelectedActive()
{
    const qint64 id = selectedId();
    const auto existing = RegistryActions::find(m_session->database(), id);
    if (!existing) {
        QMessageBox::information(this, tr("停用/启用"), tr("请先在表中选择一家机构。"));
        return;
    }
    const QString question = existing->active
        ? tr("停用“%1”？停用后从下月起不再要求其报送报表，已报数据保留。").arg(existing->name)
        : tr("重新启用“%1”？").arg(existing->name);
    if (QMessageBox::question(this, tr("停用/启用"), question) != QMessageBox::Yes)
        return;
    const Status s = RegistryActions::setActive(m_session->database(), id, !existing->active, QDate::currentDate());
    if (!s)
        QMessageBox::warning(this, tr("停用/启用"), s.message());
    m_session->notifyChanged(Session::Change::Institutions);
}

void RegistryPage::importRegistry(const QString &chosen)
{
    const QString path = !chosen.isEmpty() ? chosen : QFileDialog::getOpenFileName(
        this, tr("导入机构名册"), QString(),
        tr("机构名册 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    RegistryImport imported;
    const Status s = RegistryActions::importFile(m_session->database(), path, &imported);
    if (!s) {
        ErrorListDialog box(tr("导入机构名册"), tr("文件有 %1 处错误，未导入任何机构。").arg(s.messages().size()),
                            s.messages(), this);
        box.exec();
        return;
    }
    m_session->notifyChanged(Session::Change::Institutions);
    QMessageBox::information(this, tr("导入机构名册"), tr("已导入 %1 家机构。").arg(imported.institutions.size()));
}

bool RegistryPage::exportRegistry(const QString &chosen)
{
    if (!m_session->isOpen())
        return false;
    QString path = chosen;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("导出机构名册"), ExportRegistry::defaultFileName(QDate::currentDate()),
                                            tr("Excel 工作簿 (*.xlsx)"));
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".xlsx");
    }
    int rows = 0;
    const Status s = ExportRegistry::run(m_session->database(), path, m_showInactive->isChecked(), QDate::currentDate(), &rows);
    if (!s) {
        QMessageBox::warning(this, tr("导出机构名册"), s.message());
        return false;
    }
    if (chosen.isEmpty())
        QMessageBox::information(this, tr("导出机构名册"), tr("已导出 %1 家机构到 %2。").arg(rows).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace qf::ui
