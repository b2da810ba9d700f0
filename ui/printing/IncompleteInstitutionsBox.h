// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Institution.h"

#include <QGroupBox>

class QTableWidget;

namespace qf::ui {

/// The chosen institutions that miss a 举报电话 or 举报邮箱, each with fields to fill in
/// and two buttons: save to the registry, or skip it in this batch.
class IncompleteInstitutionsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit IncompleteInstitutionsBox(QWidget *parent = nullptr);

    void setInstitutions(const QList<Institution> &institutions);
    int count() const { return int(m_institutions.size()); }
    QTableWidget *table() const { return m_table; }

    /// What the row's fields say now (for the save button, and for tests).
    Institution edited(int row) const;
    void save(int row);
    void skip(int row);

signals:
    /// The institution with the channels typed in, to be saved to the registry.
    void saveRequested(const Institution &institution);
    void skipRequested(qint64 id);

private:
    QList<Institution> m_institutions;
    QTableWidget *m_table;
};

} // namespace qf::ui
