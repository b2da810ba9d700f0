// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace qf::ui {

/// Filters a ledger by institution, state (or kind), deadline flag and free text over
/// every shown column.
class LedgerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LedgerFilterModel(QObject *parent = nullptr);
    void setInstitution(qint64 id);       ///< 0: any
    void setState(const QString &key);    ///< empty: any
    void setOverdueOnly(bool on);         ///< red and amber only
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_institution = 0;
    QString m_state;
    bool m_overdueOnly = false;
    QString m_text;
};

} // namespace qf::ui
