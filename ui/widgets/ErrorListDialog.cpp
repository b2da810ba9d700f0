// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorListDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSizeGrip>
#include <QStyle>
#include <QVBoxLayout>

namespace qf::ui {

ErrorListDialog::ErrorListDialog(const QString &title, const QString &summary, const QStringList &errors, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setSizeGripEnabled(true);
    auto *icon = new QLabel;
    const int side = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(side, side));
    icon->setAlignment(Qt::AlignTop);
    m_summary = new QLabel(summary);
    m_summary->setObjectName(QStringLiteral("errorSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("errorList"));
    // Long messages wrap instead of running off to the right.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->addItems(errors);

    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    QPushButton *copy = m_buttons->addButton(tr("复制全部"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("把全部错误复制为文字，可粘贴到邮件或聊天中"));
    connect(copy, &QPushButton::clicked, this, &ErrorListDialog::copyAll);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    resize(820, 460);
}

void ErrorListDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QPushButton *ErrorListDialog::addAcceptButton(const QString &text)
{
    QPushButton *button = m_buttons->addButton(text, QDialogButtonBox::AcceptRole);
    connect(button, &QPushButton::clicked, this, &QDialog::accept);
    // Closing stays the default: going ahead despite errors is a choice made on purpose.
    m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
    return button;
}

QString ErrorListDialog::summary() const
{
    return m_summary->text();
}

QStringList ErrorListDialog::errors() const
{
    QStringList all;
    for (int i = 0; i < m_list->count(); ++i)
        all << m_list->item(i)->text();
    return all;
}

void ErrorListDialog::copyAll()
{
    QStringList lines{m_summary->text()};
    lines << errors();
    if (!m_note->text().isEmpty())
        lines << m_note->text();
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace qf::ui
