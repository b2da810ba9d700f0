// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsMenu.h"

#include "i18n/Language.h"

#include <QActionGroup>
#include <QMessageBox>

namespace qf::ui {

SettingsMenu::SettingsMenu(QWidget *parent) : QMenu(tr("设置(&S)"), parent)
{
    setObjectName(QStringLiteral("settingsMenu"));
    addAction(tr("连接服务器…"), this, &SettingsMenu::serverConnectionRequested);
    QAction *mail = addAction(tr("邮箱…"), this, &SettingsMenu::mailAccountsRequested);
    mail->setObjectName(QStringLiteral("mailAccountsAction"));
    mail->setStatusTip(tr("设置各股室收取报表、发送催报和回执的邮箱"));
    addSeparator();
    QMenu *language = addMenu(tr("界面语言"));
    language->setObjectName(QStringLiteral("languageMenu"));
    m_languages = new QActionGroup(this);
    const QString saved = language::savedChoice();
    // The language names stay in their own language so that a user lost in the wrong one finds theirs.
    const QList<QPair<QString, QString>> choices = {
        {QString(), tr("跟随系统")},
        {QStringLiteral("zh_CN"), QStringLiteral("中文")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
    for (const auto &[choice, label] : choices) {
        QAction *action = language->addAction(label);
        action->setCheckable(true);
        action->setData(choice);
        action->setChecked(choice == saved);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choice] { choose(choice); });
    }
}

void SettingsMenu::choose(const QString &choice)
{
    if (choice == language::savedChoice())
        return;
    language::saveChoice(choice);
    QMessageBox::information(parentWidget(), tr("界面语言"),
                             tr("界面语言将在重新启动清风后生效。\nThe language applies after Qingfeng restarts."));
}

} // namespace qf::ui
