// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "widgets/TableListEditor.h"

namespace qf::ui {

/// The campaign's deadlines: what is due, from whom, to whom, monthly or once, and when.
/// The last column spells out the due dates it produces and marks those on days off.
class DeadlineListEditor : public TableListEditor
{
    Q_OBJECT
public:
    explicit DeadlineListEditor(QWidget *parent = nullptr);
    /// `officeRows` has one name per office row (empty ones included) so that renames can
    /// follow the row; the choices offered are the names filled in.
    void setDeadlines(const QList<Deadline> &deadlines, const QStringList &officeRows, int year);
    QList<Deadline> deadlines() const { return m_deadlines; }
    /// Follows a renamed office row in the deadlines that name it.
    void renameOffice(int row, const QString &to);
    /// After offices were added, removed or reordered: links are found again by name.
    void setOffices(const QStringList &officeRows);

protected:
    int itemCount() const override { return int(m_deadlines.size()); }
    void appendItem() override;
    void removeItem(int row) override;
    void moveItem(int from, int to) override;
    void fillRow(int row) override;

private:
    void updateRow(int row);
    void relink();
    QStringList choices() const;
    /// "2021-08-12 起共 5 次，2 次逢休息日"; every date in `details`.
    QString dueSummary(const Deadline &d, QString *details) const;

    QList<Deadline> m_deadlines;
    QStringList m_officeRows;
    QList<int> m_reporterRow;      ///< per deadline: the office row it is filed by, or -1
    QList<int> m_recipientRow;
    int m_year = 0;
};

} // namespace qf::ui
