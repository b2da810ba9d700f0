// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkPlanEditor.h"

#include "actions/WorkPlanActions.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList result;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    return result;
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QTableWidget *table(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &values)
{
    for (int c = 0; c < values.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(values.at(c)));
}

// A table's last row stays blank for the next entry; blank rows are dropped when read.
void fill(QTableWidget *t, const QList<QStringList> &rows)
{
    t->setRowCount(int(rows.size()) + 1);
    for (int r = 0; r < rows.size(); ++r)
        setRow(t, r, rows.at(r));
    setRow(t, int(rows.size()), QStringList(t->columnCount(), QString()));
}

QPushButton *addRowButton(QTableWidget *t, const QString &label)
{
    auto *b = new QPushButton(label);
    QObject::connect(b, &QPushButton::clicked, t, [t] { t->insertRow(t->rowCount()); });
    return b;
}

} // namespace

WorkPlanEditor::WorkPlanEditor(Database &db, const Campaign &campaign, QWidget *parent)
    : QWidget(parent), m_db(db), m_campaign(campaign)
{
    m_preamble = new QPlainTextEdit;
    m_preamble->setPlaceholderText(tr("方案开头的说明，每段一行"));
    m_preamble->setMaximumHeight(90);
    m_sections = new QListWidget;
    m_sections->setMaximumWidth(260);
    m_heading = new QLineEdit;
    m_paragraphs = new QPlainTextEdit;
    m_paragraphs->setPlaceholderText(tr("本部分的段落，每段一行"));
    m_paragraphs->setMaximumHeight(90);
    m_members = table({tr("职务"), tr("姓名"), tr("职务说明")});
    m_office = new QLineEdit;
    m_office->setPlaceholderText(tr("领导小组下设办公室，设在……，由……任办公室主任"));
    m_items = table({tr("标题"), tr("内容"), tr("责任单位")});
    m_closing = new QPlainTextEdit;
    m_closing->setPlaceholderText(tr("事项之后不编号的段落，每段一行"));
    m_closing->setMaximumHeight(70);
    m_generated = new QLabel;
    m_generated->setWordWrap(true);
    m_attachments = new QPlainTextEdit;
    m_attachments->setPlaceholderText(tr("附件名称，每个一行"));
    m_attachments->setMaximumHeight(80);
    m_save = new QPushButton(tr("保存工作方案"));
    m_status = new QLabel;
    m_status->setWordWrap(true);

    auto *section = new QFormLayout;
    section->addRow(tr("标题"), m_heading);
    section->addRow(tr("段落"), m_paragraphs);
    section->addRow(tr("领导小组"), m_members);
    section->addRow(QString(), addRowButton(m_members, tr("添加成员")));
    section->addRow(tr("办公室"), m_office);
    section->addRow(tr("事项"), m_items);
    section->addRow(QString(), addRowButton(m_items, tr("添加事项")));
    section->addRow(tr("结尾段落"), m_closing);
    section->addRow(QString(), m_generated);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_sections);
    middle->addLayout(section, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("开头")));
    layout->addWidget(m_preamble);
    layout->addLayout(middle, 1);
    layout->addWidget(new QLabel(tr("附件")));
    layout->addWidget(m_attachments);
    layout->addLayout(bottom);

    connect(m_sections, &QListWidget::currentRowChanged, this, &WorkPlanEditor::showSection);
    connect(m_save, &QPushButton::clicked, this,
            [this] { ignoreStatus(save(), "save() shows the outcome in the editor's status line"); });

    WorkPlan plan;
    const Status s = WorkPlanActions::load(m_db, m_campaign, &plan);
    setPlan(plan);
    if (!s)
        m_status->setText(s.message());
    m_save->setEnabled(m_campaign.id != 0);
    if (m_campaign.id == 0)
        m_status->setText(tr("保存专项整治后即可保存工作方案。"));
}

void WorkPlanEditor::setPlan(const WorkPlan &plan)
{
    m_plan = plan;
    m_current = -1;
    m_preamble->setPlainText(plan.preamble.join(QLatin1Char('\n')));
    m_attachments->setPlainText(plan.attachments.join(QLatin1Char('\n')));
    m_sections->clear();
    for (int n = 0; n < plan.sections.size(); ++n)
        m_sections->addItem(QStringLiteral(u"%1、%2").arg(chineseOrdinal(n + 1), plan.sections.at(n).heading));
    if (!plan.sections.isEmpty())
        m_sections->setCurrentRow(0);
}

void WorkPlanEditor::keepSection(WorkPlan *plan) const
{
    if (m_current < 0 || m_current >= plan->sections.size())
        return;
    WorkPlan::Section &s = plan->sections[m_current];
    s.heading = m_heading->text().trimmed();
    s.paragraphs = linesOf(m_paragraphs);
    s.office = m_office->text().trimmed();
    s.members.clear();
    for (int r = 0; r < m_members->rowCount(); ++r)
        if (!cell(m_members, r, 0).isEmpty() || !cell(m_members, r, 1).isEmpty() || !cell(m_members, r, 2).isEmpty())
            s.members << WorkPlan::Member{cell(m_members, r, 0), cell(m_members, r, 1), cell(m_members, r, 2)};
    s.items.clear();
    for (int r = 0; r < m_items->rowCount(); ++r)
        if (!cell(m_items, r, 0).isEmpty() || !cell(m_items, r, 1).isEmpty() || !cell(m_items, r, 2).isEmpty())
            s.items << WorkPlan::Item{cell(m_items, r, 0), cell(m_items, r, 1), cell(m_items, r, 2)};
    s.closing = linesOf(m_closing);
}

void WorkPlanEditor::showSection(int row)
{
    keepSection(&m_plan);
    if (QListWidgetItem *item = m_sections->item(m_current))
        item->setText(QStringLiteral(u"%1、%2").arg(chineseOrdinal(m_current + 1), m_plan.sections.at(m_current).heading));
    m_current = row;
    if (row < 0 || row >= m_plan.sections.size())
        return;
    const WorkPlan::Section &s = m_plan.sections.at(row);
    m_heading->setText(s.heading);
    m_paragraphs->setPlainText(s.paragraphs.join(QLatin1Char('\n')));
    const bool leadership = s.kind == WorkPlan::Kind::Leadership;
    m_members->setEnabled(leadership);
    m_office->setEnabled(leadership);
    m_office->setText(s.office);
    QList<QStringList> members;
    for (const WorkPlan::Member &m : s.members)
        members << QStringList{m.role, m.name, m.post};
    fill(m_members, members);
    QList<QStringList> items;
    for (const WorkPlan::Item &i : s.items)
        items << QStringList{i.title, i.text, i.responsible};
    fill(m_items, items);
    m_closing->setPlainText(s.closing.join(QLatin1Char('\n')));
    if (s.kind == WorkPlan::Kind::Steps)
        m_generated->setText(tr("各阶段按“工作阶段”页的名称、日期和说明写入方案；段落中的 {start}、{end} 为整治开始、结束的年月，{startDate}、{endDate} 为开始、结束日期，{endMonth} 为结束的月份，{phaseCount} 为阶段数。"));
    else if (s.kind == WorkPlan::Kind::Requirements)
        m_generated->setText(tr("事项之后按“责任股室”页的电话和邮箱写入联系电话、电子邮箱。"));
    else
        m_generated->clear();
}

WorkPlan WorkPlanEditor::plan() const
{
    WorkPlan p = m_plan;
    keepSection(&p);
    p.preamble = linesOf(m_preamble);
    p.attachments = linesOf(m_attachments);
    return p;
}

Status WorkPlanEditor::save()
{
    const WorkPlan p = plan();
    const Status s = WorkPlanActions::save(m_db, m_campaign, p);
    m_status->setText(s ? tr("工作方案已保存。") : s.message());
    return s;
}

} // namespace qf::ui
