// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace qf::ui {

/// Opens a campaign from a template, asking only what differs: county, year, contacts.
class NewCampaignDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewCampaignDialog(QWidget *parent = nullptr);
    Status build(Campaign *out) const;
    void showError(const QString &message);

private:
    void updateDescription();
    QComboBox *m_template;
    QLabel *m_description;
    QLineEdit *m_county;
    QLineEdit *m_city;
    QSpinBox *m_year;
    QLineEdit *m_title;
    QLineEdit *m_docNumber;
    QLineEdit *m_bureauPhone;
    QLineEdit *m_bureauEmail;
    QLineEdit *m_cityPhone;
    QLineEdit *m_cityEmail;
    QLabel *m_error;
};

} // namespace qf::ui
