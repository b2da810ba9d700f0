// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfficeListEditor.h"

#include <QLineEdit>

namespace qf::ui {

OfficeListEditor::OfficeListEditor(QWidget *parent)
    : TableListEditor({tr("股室或部门"), tr("电话"), tr("电子邮箱")}, tr("添加股室"), parent)
{
    setColumnWidths({220, 180, 240});
}

void OfficeListEditor::setOffices(const QList<Office> &offices)
{
    m_offices = offices;
    rebuild();
}

QStringList OfficeListEditor::names() const
{
    QStringList result;
    for (const Office &o : m_offices)
        if (!o.name.trimmed().isEmpty())
            result << o.name.trimmed();
    return result;
}

QStringList OfficeListEditor::rowNames() const
{
    QStringList result;
    for (const Office &o : m_offices)
        result << o.name.trimmed();
    return result;
}

void OfficeListEditor::fillRow(int row)
{
    const Office &o = m_offices.at(row);
    auto *name = new QLineEdit(o.name);
    auto *phone = new QLineEdit(o.phone);
    auto *email = new QLineEdit(o.email);
    place(row, 0, name);
    place(row, 1, phone);
    place(row, 2, email);
    connect(name, &QLineEdit::textChanged, this, [this, row](const QString &text) {
        m_offices[row].name = text;
        emit renamed(row, text);
        emit changed();
    });
    connect(phone, &QLineEdit::textChanged, this, [this, row](const QString &text) {
        m_offices[row].phone = text;
        emit changed();
    });
    connect(email, &QLineEdit::textChanged, this, [this, row](const QString &text) {
        m_offices[row].email = text;
        emit changed();
    });
}

} // namespace qf::ui
