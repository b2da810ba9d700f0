// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Institution.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace qf::ui {

/// Adds or edits one institution. Refuses to close with invalid input and says why.
class InstitutionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InstitutionDialog(const Institution &institution, QWidget *parent = nullptr);
    Institution institution() const;
    /// Shows a message under the fields (e.g. a duplicate name reported by storage).
    void showError(const QString &message);

    void accept() override;

private:
    Institution m_original;
    QLineEdit *m_name;
    QLineEdit *m_shortName;
    QComboBox *m_ownership;
    QComboBox *m_level;
    QComboBox *m_kind;
    QCheckBox *m_contracted;
    QLineEdit *m_township;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_contact;
    QLineEdit *m_contactPhone;
    QCheckBox *m_hasFrom;
    QDateEdit *m_from;
    QLabel *m_error;
};

} // namespace qf::ui
