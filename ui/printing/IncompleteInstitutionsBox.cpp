// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncompleteInstitutionsBox.h"

#include "print/PosterBatch.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

enum Column { NameColumn, PhoneColumn, EmailColumn, ActionColumn };

} // namespace

IncompleteInstitutionsBox::IncompleteInstitutionsBox(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("incompleteBox"));
    auto *hint = new QLabel(tr("公告上的举报电话和举报邮箱不能空着。请补填后保存到机构名册，或跳过这些机构（本次不打印）。"));
    hint->setWordWrap(true);
    m_table = new QTableWidget(0, 4);
    m_table->setHorizontalHeaderLabels({tr("机构"), tr("举报电话"), tr("举报邮箱"), tr("处理")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PhoneColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EmailColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table);
}

void IncompleteInstitutionsBox::setInstitutions(const QList<Institution> &institutions)
{
    m_institutions = institutions;
    setTitle(tr("举报渠道不全的机构（%1家）").arg(institutions.size()));
    m_table->setRowCount(int(institutions.size()));
    for (int row = 0; row < institutions.size(); ++row) {
        const Institution &i = institutions.at(row);
        auto *name = new QTableWidgetItem(i.name);
        name->setFlags(Qt::ItemIsEnabled);
        name->setToolTip(PosterBatch::describeIncomplete({i}).join(QString()));
        m_table->setItem(row, NameColumn, name);
        auto field = [](const QString &value, const QString &placeholder) {
            auto *edit = new QLineEdit(value);
            edit->setPlaceholderText(placeholder);
            return edit;
        };
        m_table->setCellWidget(row, PhoneColumn, field(i.reportPhone, tr("必填，如 0772-6812120")));
        m_table->setCellWidget(row, EmailColumn, field(i.reportEmail, tr("必填，如 xxx@126.com")));
        auto *actions = new QWidget;
        auto *buttons = new QHBoxLayout(actions);
        buttons->setContentsMargins(2, 0, 2, 0);
        auto *save = new QPushButton(tr("保存"));
        auto *skip = new QPushButton(tr("跳过"));
        save->setToolTip(tr("把举报电话和邮箱保存到机构名册"));
        skip->setToolTip(tr("本次不打印这家机构的公告"));
        buttons->addWidget(save);
        buttons->addWidget(skip);
        m_table->setCellWidget(row, ActionColumn, actions);
        // Handled after the click has returned: the answer rebuilds these rows and their buttons.
        connect(save, &QPushButton::clicked, this, [this, row] { QTimer::singleShot(0, this, [this, row] { this->save(row); }); });
        connect(skip, &QPushButton::clicked, this, [this, row] { QTimer::singleShot(0, this, [this, row] { this->skip(row); }); });
    }
    m_table->resizeRowsToContents();
    // Tall enough for the rows, without taking the page from the list above.
    const int rows = int(qMin<qsizetype>(institutions.size(), 4));
    m_table->setFixedHeight(m_table->horizontalHeader()->height() + rows * m_table->verticalHeader()->defaultSectionSize() + 6);
    setVisible(!institutions.isEmpty());
}

Institution IncompleteInstitutionsBox::edited(int row) const
{
    Institution i = m_institutions.value(row);
    if (auto *phone = qobject_cast<QLineEdit *>(m_table->cellWidget(row, PhoneColumn)))
        i.reportPhone = phone->text().trimmed();
    if (auto *email = qobject_cast<QLineEdit *>(m_table->cellWidget(row, EmailColumn)))
        i.reportEmail = email->text().trimmed();
    return i;
}

void IncompleteInstitutionsBox::save(int row)
{
    if (row >= 0 && row < m_institutions.size())
        emit saveRequested(edited(row));
}

void IncompleteInstitutionsBox::skip(int row)
{
    if (row >= 0 && row < m_institutions.size())
        emit skipRequested(m_institutions.at(row).id);
}

} // namespace qf::ui
