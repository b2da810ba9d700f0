// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QObject>

#include <functional>

class QWidget;

namespace qf::ui {

class Session;

/// 文件 → 删除示例数据…: says what goes and asks, removes the demo county through the core
/// action, and tells what went or why nothing did. The questions and messages go through
/// an asker, so that tests run the flow without a dialog.
class DemoRemoval : public QObject
{
    Q_OBJECT
public:
    /// A question (Yes, No), a refusal (Warning, Ok) or the outcome (Information, Ok).
    using Asker = std::function<QMessageBox::StandardButton(QMessageBox::Icon icon, const QString &title,
                                                            const QString &text, QMessageBox::StandardButtons buttons)>;

    /// Dialogs open over `window`.
    DemoRemoval(Session *session, QWidget *window);
    void setAsker(Asker asker) { m_ask = std::move(asker); }

    /// True when the demo data was removed.
    bool run();

private:
    Session *m_session;
    QWidget *m_window;
    Asker m_ask;
};

} // namespace qf::ui
