// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "model/Institution.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace qf::ui {

class DeadlineListEditor;
class OfficeListEditor;
class PhaseListEditor;

/// Edits every field, phase, office and deadline of a campaign. What Campaign::validate()
/// finds is listed under the tabs as the user types, and saving waits until it is clean.
class CampaignEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CampaignEditorDialog(const Campaign &campaign, QWidget *parent = nullptr);

    /// The campaign as edited (ids of the original kept).
    Campaign campaign() const;
    QStringList problems() const { return m_problems; }
    bool canSave() const;
    /// The registry whose posters the campaign will print: their missing phones and
    /// e-mails are named beside the campaign's own (saving does not wait for them).
    void setPosterRegistry(const QList<Institution> &registry);
    /// What printing the posters would refuse today, as PosterBatch checks it.
    QStringList posterWarnings() const;
    void showError(const QString &message);
    /// Adds the 工作方案 tab (WorkPlanEditor), which reads and saves the plan itself.
    void addWorkPlanTab(QWidget *editor);

    QTabWidget *tabs() const { return m_tabs; }
    PhaseListEditor *phaseEditor() const { return m_phases; }
    DeadlineListEditor *deadlineEditor() const { return m_deadlines; }
    OfficeListEditor *officeEditor() const { return m_offices; }

private:
    QWidget *buildGeneralTab();
    void revalidate();
    QString posterWarningsHtml() const;

    Campaign m_original;
    QStringList m_problems;
    QList<Institution> m_posterRegistry;
    QTabWidget *m_tabs;
    QLineEdit *m_title;
    QLineEdit *m_docNumber;
    QLineEdit *m_issuingBody;
    QLineEdit *m_county;
    QLineEdit *m_city;
    QSpinBox *m_year;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QDateEdit *m_noticeDate;
    QLineEdit *m_addressees;
    QPlainTextEdit *m_noticeBody;
    QLineEdit *m_bureauPhone;
    QLineEdit *m_bureauEmail;
    QLineEdit *m_cityPhone;
    QLineEdit *m_cityEmail;
    PhaseListEditor *m_phases;
    OfficeListEditor *m_offices;
    DeadlineListEditor *m_deadlines;
    QLabel *m_check;
    QLabel *m_saveError;
    QPushButton *m_save;
};

} // namespace qf::ui
