// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Campaign.h"
#include "widgets/TableListEditor.h"

namespace qf::ui {

/// The offices (股室) and partner departments that file or receive reports.
class OfficeListEditor : public TableListEditor
{
    Q_OBJECT
public:
    explicit OfficeListEditor(QWidget *parent = nullptr);
    void setOffices(const QList<Office> &offices);
    QList<Office> offices() const { return m_offices; }
    /// The names filled in, for choosing an office.
    QStringList names() const;
    /// One name per row, empty ones included, for following a row through renames.
    QStringList rowNames() const;

signals:
    /// The office in `row` was renamed: deadlines naming it should follow.
    void renamed(int row, const QString &to);

protected:
    int itemCount() const override { return int(m_offices.size()); }
    void appendItem() override { m_offices << Office{0, tr("新股室"), QString(), QString()}; }
    void removeItem(int row) override { m_offices.removeAt(row); }
    void moveItem(int from, int to) override { m_offices.move(from, to); }
    void fillRow(int row) override;

private:
    QList<Office> m_offices;
};

} // namespace qf::ui
