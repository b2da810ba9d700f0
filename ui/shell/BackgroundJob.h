// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"
#include "storage/Database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

class QDialog;
class QLabel;
class QProgressBar;
class QTimer;
class QWidget;

namespace qf::ui {

/// How far a job on a worker thread got, and whether the user pressed 取消. The worker
/// writes it and the UI thread reads and cancels it, neither waiting for the other.
class JobProgress
{
public:
    /// For the worker, between two whole steps: `done` of `total` are finished. False once
    /// cancelled: the job then stops before its next step, never inside one.
    bool report(int done, int total)
    {
        m_total.store(total);
        m_done.store(done);
        return !m_cancelled.load();
    }
    bool isCancelled() const { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }
    int done() const { return m_done.load(); }
    int total() const { return m_total.load(); }

private:
    std::atomic<int> m_done{0};
    std::atomic<int> m_total{0};
    std::atomic<bool> m_cancelled{false};
};

/// A long job of the window (blank templates, checking workbooks, an export, a backup) while
/// it runs on a worker: its progress dialog (window-modal, with 取消, shown only when the job
/// lasts more than a moment) over a window whose event loop keeps running, so that it
/// repaints, counts and reads as usual. It goes when the job has ended; when its window goes
/// first, the job is cancelled and its result dropped.
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    BackgroundJob(QWidget *window, const QString &label);
    ~BackgroundJob() override;

    std::shared_ptr<JobProgress> progress() const { return m_progress; }
    /// Its dialog ("jobProgress", with the button "jobCancel"); hidden for the first moment.
    QDialog *dialog() const { return m_dialog; }
    /// What 取消 does: the job stops after the step it is in.
    void cancel();
    /// Called on the UI thread when the worker returned, before the result is handed on.
    void finish();

signals:
    void finished();

private:
    void showProgress();

    std::shared_ptr<JobProgress> m_progress = std::make_shared<JobProgress>();
    QPointer<QDialog> m_dialog;
    QLabel *m_label;
    QProgressBar *m_bar;
    QTimer *m_poll;
    int m_polls = 0;
};

/// Runs `work` on a worker thread over a connection of its own to the same database (Qt's
/// SQL connections belong to the thread that opened them) and hands its result to `done` on
/// the UI thread, with whether the user cancelled, as long as `window` exists. `work` must
/// not touch widgets or the UI's connection; it reports its steps to the JobProgress and
/// stops when told to. Returns the job, which deletes itself when it has ended.
template<typename Result>
BackgroundJob *runInBackground(QWidget *window, const Database &db, const QString &label,
                               std::function<Result(Database &, const Status &, JobProgress &)> work,
                               std::function<void(const Result &, bool cancelled)> done)
{
    auto *job = new BackgroundJob(window, label);
    // Copied here, on the UI thread: the worker never looks at the UI's Database object.
    const DatabaseLocation location = db.location();
    const QString actor = db.actor();
    const std::shared_ptr<JobProgress> progress = job->progress();
    auto *watcher = new QFutureWatcher<Result>(job);
    QObject::connect(watcher, &QFutureWatcherBase::finished, job, [job, watcher, done, progress] {
        job->finish();
        done(watcher->result(), progress->isCancelled());
        emit job->finished();
        job->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([location, actor, work, progress] {
        Database worker;
        const Status opened = worker.openAlongside(location, actor);
        return work(worker, opened, *progress);
    }));
    return job;
}

} // namespace qf::ui
