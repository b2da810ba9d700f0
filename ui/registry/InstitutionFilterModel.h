// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace qf::ui {

/// Filters the registry by free text (any column), ownership, level, township and
/// whether closed institutions are shown.
class InstitutionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InstitutionFilterModel(QObject *parent = nullptr);
    void setText(const QString &text);
    void setColumnValue(int column, const QString &value);   ///< empty: any
    void setShowInactive(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QHash<int, QString> m_columnValues;
    bool m_showInactive = false;
};

} // namespace qf::ui
