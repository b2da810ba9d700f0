// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/WorkPlan.h"
#include "model/Campaign.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace qf {
class Database;
}

namespace qf::ui {

/// Edits a campaign's 工作方案: the preamble, each section's heading and paragraphs, the
/// 领导小组 (组长 / 副组长 / 成员 with posts, the 办公室), the numbered items with their
/// 责任单位, and the 附件 list. The steps are written from the campaign's phases and the
/// contacts from its offices, so they are not edited here. 保存工作方案 stores it whole.
class WorkPlanEditor : public QWidget
{
    Q_OBJECT
public:
    WorkPlanEditor(Database &db, const Campaign &campaign, QWidget *parent = nullptr);

    WorkPlan plan() const;
    void setPlan(const WorkPlan &plan);
    /// Stores the plan as edited (WorkPlanActions::save); the status line says how it went.
    Status save();

private:
    void showSection(int row);
    /// The shown section's fields written into the plan's copy of it.
    void keepSection(WorkPlan *plan) const;

    Database &m_db;
    Campaign m_campaign;
    WorkPlan m_plan;
    int m_current = -1;
    QPlainTextEdit *m_preamble;
    QListWidget *m_sections;
    QLineEdit *m_heading;
    QPlainTextEdit *m_paragraphs;
    QTableWidget *m_members;
    QLineEdit *m_office;
    QTableWidget *m_items;
    QPlainTextEdit *m_closing;
    QLabel *m_generated;
    QPlainTextEdit *m_attachments;
    QPushButton *m_save;
    QLabel *m_status;
};

} // namespace qf::ui
