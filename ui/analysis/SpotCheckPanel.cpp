// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpotCheckPanel.h"

#include "actions/SpotCheckActions.h"
#include "shell/Session.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

QTableWidget *table(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

SpotCheckPanel::SpotCheckPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_pool = table({tr("姓名"), tr("科室")});
    m_pool->setObjectName(QStringLiteral("inspectorPool"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("inspectorName"));
    m_name->setPlaceholderText(tr("姓名"));
    m_office = new QLineEdit;
    m_office->setObjectName(QStringLiteral("inspectorOffice"));
    m_office->setPlaceholderText(tr("科室"));
    auto *add = new QPushButton(tr("添加"));
    auto *remove = new QPushButton(tr("删除所选"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_name);
    addRow->addWidget(m_office);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    auto *poolBox = new QGroupBox(tr("检查人员库"));
    auto *poolLayout = new QVBoxLayout(poolBox);
    poolLayout->addWidget(m_pool, 1);
    poolLayout->addLayout(addRow);

    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("drawCount"));
    m_count->setRange(1, 10000);
    m_count->setValue(10);
    m_seed = new QLineEdit(QString::number(QDateTime::currentDateTimeUtc().toMSecsSinceEpoch()));
    m_seed->setObjectName(QStringLiteral("drawSeed"));
    m_weighted = new QCheckBox(tr("按“走过场”信号得分加权"));
    m_byTownship = new QCheckBox(tr("按乡镇分层"));
    auto *drawButton = new QPushButton(tr("抽取"));
    drawButton->setObjectName(QStringLiteral("drawButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("抽查数量"), m_count);
    form->addRow(tr("随机种子"), m_seed);
    form->addRow(m_weighted);
    form->addRow(m_byTownship);
    form->addRow(drawButton);
    auto *drawBox = new QGroupBox(tr("抽取"));
    drawBox->setLayout(form);

    auto *left = new QVBoxLayout;
    left->addWidget(poolBox, 1);
    left->addWidget(drawBox);
    m_list = table({tr("序号"), tr("机构"), tr("所有制"), tr("等级"), tr("乡镇"), tr("检查人员")});
    m_list->setObjectName(QStringLiteral("drawList"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("drawMessage"));
    m_message->setWordWrap(true);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("抽查名单")));
    right->addWidget(m_list, 1);
    right->addWidget(m_message);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(add, &QPushButton::clicked, this, &SpotCheckPanel::addInspector);
    connect(remove, &QPushButton::clicked, this, &SpotCheckPanel::removeSelected);
    connect(drawButton, &QPushButton::clicked, this, &SpotCheckPanel::draw);
    connect(&m_session, &Session::databaseOpened, this, &SpotCheckPanel::reloadPool);
    reloadPool();
}

void SpotCheckPanel::reloadPool()
{
    // The pool is a few dozen people: read at once, unlike the signals.
    m_inspectors = m_session.isOpen() ? SpotCheckActions::pool(m_session.database()) : QList<Inspector>();
    m_pool->setRowCount(0);
    for (const Inspector &i : m_inspectors) {
        const int row = m_pool->rowCount();
        m_pool->insertRow(row);
        m_pool->setItem(row, 0, new QTableWidgetItem(i.name));
        m_pool->setItem(row, 1, new QTableWidgetItem(i.office));
    }
}

void SpotCheckPanel::addInspector()
{
    Inspector i;
    i.name = m_name->text();
    i.office = m_office->text();
    const Status s = SpotCheckActions::addInspector(m_session.database(), i);
    m_message->setText(s ? tr("已添加检查人员“%1”。").arg(i.name) : s.message());
    if (s) {
        m_name->clear();
        reloadPool();
    }
}

void SpotCheckPanel::removeSelected()
{
    const int row = m_pool->currentRow();
    if (row < 0 || row >= m_inspectors.size())
        return;
    const Status s = SpotCheckActions::removeInspector(m_session.database(), m_inspectors.at(row).id);
    m_message->setText(s ? tr("已删除检查人员“%1”。").arg(m_inspectors.at(row).name) : s.message());
    reloadPool();
}

void SpotCheckPanel::draw()
{
    bool ok = false;
    SpotCheckRequest request;
    request.seed = m_seed->text().trimmed().toULongLong(&ok);
    if (!ok) {
        m_message->setText(tr("随机种子应为 0 至 18446744073709551615 的整数。"));
        return;
    }
    request.campaignId = m_session.campaignId();
    request.count = m_count->value();
    request.weighted = m_weighted->isChecked();
    request.byTownship = m_byTownship->isChecked();
    request.day = QDate::currentDate();
    SpotCheckRecord record;
    QList<SpotCheckPick> picks;
    const Status s = SpotCheckActions::draw(m_session.database(), request, m_session.database().actor(), &record, &picks);
    if (!s) {
        m_message->setText(s.message());
        return;
    }
    m_picks = picks;
    m_list->setRowCount(0);
    for (const SpotCheckPick &p : picks) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        const QStringList cells{QString::number(p.position), p.institution.name, ownershipLabel(p.institution.ownership),
                                levelLabel(p.institution.level), p.institution.township, p.inspectorNames()};
        for (int c = 0; c < cells.size(); ++c)
            m_list->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_list->resizeColumnsToContents();
    m_message->setText(tr("已抽取 %1 家并保存为抽查记录 %2（种子 %3），可用 qingfeng-cli analysis verify --draw %2 复核。")
                           .arg(picks.size()).arg(record.id).arg(QString::number(record.seed)));
}

} // namespace qf::ui
