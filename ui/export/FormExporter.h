// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormExportDialog.h"
#include "actions/ExportForms.h"

#include <QObject>
#include <functional>
#include <optional>

class QWidget;

namespace qf::ui {

class Session;

/// 导出 Excel… wherever the window shows a form: asks what to export, runs the export
/// action, and when the check finds errors shows them and offers 仍然导出; afterwards
/// says where the workbook went, with a button that opens its folder. Each step that
/// would open a dialog can be replaced, so that tests run the flow without one.
class FormExporter : public QObject
{
    Q_OBJECT
public:
    using Choice = FormExportDialog::Choice;
    /// What to export, starting from the proposal; nothing when the clerk cancelled.
    using Chooser = std::function<std::optional<Choice>(const Campaign &campaign, const Choice &proposed)>;
    /// The check found errors (refused holds them): true to export anyway.
    using ForceAsker = std::function<bool(const FormExportResult &refused)>;
    /// The workbook was written, or writing failed (the result says which).
    using Notifier = std::function<void(const FormExportResult &result)>;

    /// Dialogs open over `window`.
    FormExporter(Session *session, QWidget *window);

    void setChooser(Chooser chooser) { m_choose = std::move(chooser); }
    void setForceAsker(ForceAsker asker) { m_askForce = std::move(asker); }
    void setNotifier(Notifier notifier) { m_notify = std::move(notifier); }

    /// Runs the flow for the session's campaign. An invalid month in the proposal stands
    /// for the month due now, an empty path for the default name in the last folder used.
    /// The forms are built, checked and written on a worker (BackgroundJob: a progress dialog
    /// with 取消); the flow goes on when they are, and says when it has ended (ended).
    void run(Choice proposed);
    /// Between run() and ended().
    bool isRunning() const { return m_running; }

    /// The text that shows a refused export's errors: how many, and the first few with
    /// form, unit, month and column.
    static QString refusalText(const FormExportResult &refused, int shown = 5);

signals:
    /// The flow is over: written, refused and not forced, failed, or cancelled (also in the
    /// chooser: Failed with no message).
    void ended(const qf::FormExportResult &result);

private:
    /// The export itself, on a worker; goes on to the force question or the notification.
    void startExport(const FormExportRequest &request);
    void end(const FormExportResult &result);

    std::optional<Choice> chooseInDialog(const Campaign &campaign, const Choice &proposed);
    bool askForceInDialog(const FormExportResult &refused);
    void notifyInDialog(const FormExportResult &result);

    Session *m_session;
    QWidget *m_window;
    Chooser m_choose;
    ForceAsker m_askForce;
    Notifier m_notify;
    bool m_running = false;
};

} // namespace qf::ui
