// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QString>

#include <atomic>
#include <functional>

namespace qf {

/// How far a long job has got, and whether whoever waits for it has given up: the job (on
/// any thread) reports its whole steps, another thread cancels. Neither waits for the other
/// beyond a short lock, so a window can show the steps while the job runs on a worker.
/// Core functions that take long accept a Progress (null: nobody watches) and stop at the
/// next step once it is cancelled, leaving nothing half-done: no partial file, nothing stored.
class Progress
{
    Q_DECLARE_TR_FUNCTIONS(Progress)
public:
    /// Told of every step, on the job's thread (a window forwards it as a queued signal).
    using Observer = std::function<void(int done, int total, const QString &label)>;

    Progress() = default;
    Progress(const Progress &) = delete;
    Progress &operator=(const Progress &) = delete;

    /// Set before the job starts; never changed while it runs.
    void setObserver(Observer observer) { m_observer = std::move(observer); }
    /// Runs on the job's thread at every step, before the job looks whether it was cancelled:
    /// lets a test hold a job at a known step. Set before the job starts.
    void setHook(std::function<void(int done, int total)> hook) { m_hook = std::move(hook); }

    /// For the job, between two whole steps: `done` of `total` are finished, `label` says
    /// what comes next. False once cancelled: the job then stops before its next step.
    bool step(int done, int total, const QString &label = QString())
    {
        {
            const QMutexLocker lock(&m_mutex);
            m_done = done;
            m_total = total;
            if (!label.isNull())
                m_label = label;
        }
        if (m_hook)
            m_hook(done, total);
        if (m_observer)
            m_observer(done, total, label);
        return !isCancelled();
    }
    bool isCancelled() const { return m_cancelled.load(); }
    /// From any thread; the job notices at its next step.
    void cancel() { m_cancelled.store(true); }

    int done() const { const QMutexLocker lock(&m_mutex); return m_done; }
    int total() const { const QMutexLocker lock(&m_mutex); return m_total; }
    QString label() const { const QMutexLocker lock(&m_mutex); return m_label; }

    /// What a cancelled job says: the same words wherever it stopped.
    static QString cancelledMessage() { return tr("已取消。"); }

    /// For a core function's `Progress *` argument, which may be null.
    static bool goOn(Progress *progress, int done, int total, const QString &label = QString())
    {
        return !progress || progress->step(done, total, label);
    }

private:
    mutable QMutex m_mutex;
    int m_done = 0;
    int m_total = 0;
    QString m_label;
    std::atomic<bool> m_cancelled{false};
    Observer m_observer;
    std::function<void(int, int)> m_hook;
};

} // namespace qf
