// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;

namespace qf::ui {

// The "设置" menu: the shared server to connect to, the offices' mailboxes, and the interface language, which
// applies from the next start (every page builds its texts once, so switching live would
// leave half the window behind).
class SettingsMenu : public QMenu
{
    Q_OBJECT
public:
    explicit SettingsMenu(QWidget *parent = nullptr);

signals:
    void serverConnectionRequested();
    void mailAccountsRequested();

private:
    void choose(const QString &choice);

    QActionGroup *m_languages;
};

} // namespace qf::ui
