// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Progress.h"
#include "model/Status.h"
#include "storage/Database.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace qf::ui {

/// A long job of the window (posters, blank templates, an export, checking or storing
/// workbooks, a backup) on a worker thread of its own, so that the window keeps repainting:
/// a window-modal progress dialog with 取消 follows the job's steps through queued signals
/// (the UI thread never waits for the worker), and the outcome arrives on the UI thread.
///
/// Each job has its own thread pool, never the global one: the pages' background reads and
/// the daily backup share that, and a job held up (a large county, or a test holding it at a
/// step) must not hold them up too. The job is a child of `window`: when the window goes
/// first, the job is cancelled, waited for (it stops at its next step) and its outcome dropped.
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    BackgroundJob(QWidget *window, const QString &title);
    ~BackgroundJob() override;

    Progress &progress() { return m_progress; }
    /// The progress dialog ("jobProgress", its button "jobCancel"); it shows once the job
    /// has taken longer than a moment, so that a quick one does not flash a window.
    QDialog *dialog() const { return m_dialog; }
    /// What 取消 does: the job stops at its next step and then reports that it was cancelled.
    void cancel();
    bool isCancelled() const { return m_progress.isCancelled(); }

    /// Every job not ended yet, oldest first.
    static QList<BackgroundJob *> running();
    /// Cancels every job and waits until each worker has returned: before the database or the
    /// SQL drivers go away (the session's and the application's end).
    static void cancelAndWaitAll();

    /// Starts `work` on the job's thread on the next turn of the event loop (so whoever started
    /// it, a test too, can still set up the Progress); `deliver` then runs on the UI thread,
    /// unless the job was destroyed before.
    void start(std::function<std::function<void()>()> work);

signals:
    /// From the worker; connected queued to the dialog.
    void stepped(int done, int total, const QString &label);
    /// On the UI thread, after the outcome was handed on; the job deletes itself after.
    void finished();

private:
    void showStep(int done, int total, const QString &label);
    void finish(const std::function<void()> &deliver);

    Progress m_progress;
    QThreadPool m_pool;
    QPointer<QDialog> m_dialog;
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_ended = false;
};

/// Runs `work` on a job's worker and hands its result to `done` on the UI thread, with whether
/// the user cancelled, as long as `window` exists. `work` must not touch widgets or the UI's
/// database connection.
template<typename Result>
BackgroundJob *runInBackground(QWidget *window, const QString &title, std::function<Result(Progress &)> work,
                               std::function<void(const Result &, bool cancelled)> done)
{
    auto *job = new BackgroundJob(window, title);
    Progress *progress = &job->progress();
    job->start([work, done, progress]() -> std::function<void()> {
        const auto result = std::make_shared<Result>(work(*progress));
        const bool cancelled = progress->isCancelled();
        return [done, result, cancelled] { done(*result, cancelled); };
    });
    return job;
}

/// The same for a job that reads or writes the database: the worker opens a connection of its
/// own to it (Qt's SQL connections belong to the thread that opened them) and closes it again
/// on the same thread; `opened` says whether it could.
template<typename Result>
BackgroundJob *runOnDatabase(QWidget *window, const Database &db, const QString &title,
                             std::function<Result(Database &, const Status &opened, Progress &)> work,
                             std::function<void(const Result &, bool cancelled)> done)
{
    // Copied here, on the UI thread: the worker never looks at the UI's Database object.
    const DatabaseLocation location = db.location();
    const QString actor = db.actor();
    return runInBackground<Result>(
        window, title,
        [location, actor, work](Progress &progress) {
            Database worker;
            const Status opened = worker.openAlongside(location, actor);
            return work(worker, opened, progress);
        },
        std::move(done));
}

} // namespace qf::ui
