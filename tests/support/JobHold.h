// SPDX-License-Identifier: GPL-3.0-or-later
// Holds one background job at a known step until the test lets it go: its worker waits on
// semaphores the test owns (never on the global pool, which the window's reads share), so
// what the test does meanwhile (watch the window turn, press 取消) happens while the job is
// at that step, however fast or slow the machine.
#pragma once

#include "TestSupport.h"
#include "shell/BackgroundJob.h"

#include <QDialog>
#include <QPointer>
#include <QPushButton>
#include <QSemaphore>
#include <QTimer>

#include <memory>

namespace qf::test {

class JobHold
{
public:
    /// Hooks `job`, which must not have started yet (a job starts on the next turn of the
    /// event loop after it was made): at step `at` its worker stops and waits.
    explicit JobHold(ui::BackgroundJob *job, int at = 1) : m_job(job)
    {
        // Shared with the worker, which may still reach its hook after this object went.
        auto arrived = m_arrived;
        auto gate = m_gate;
        job->progress().setHook([arrived, gate, at](int done, int) {
            if (done == at) {
                arrived->release();
                gate->acquire();
            }
        });
        // The job ends, its outcome delivered, before its QPointer goes null.
        QObject::connect(job, &ui::BackgroundJob::finished, [ended = m_ended] { *ended = true; });
    }
    /// Declared after the window, so destroyed first: the worker is never left waiting.
    ~JobHold() { release(); }
    JobHold(const JobHold &) = delete;
    JobHold &operator=(const JobHold &) = delete;

    /// Turns the event loop until the worker waits at the step.
    bool arrived() { return waitUntil([this] { return m_arrived->available() > 0; }); }
    void release()
    {
        if (!m_released) {
            m_released = true;
            m_gate->release();
        }
    }
    /// Presses 取消 in the job's progress dialog once it shows.
    bool cancel()
    {
        if (!waitUntil([this] { return m_job && m_job->dialog() && m_job->dialog()->isVisible(); }))
            return false;
        auto *button = m_job->dialog()->findChild<QPushButton *>(QStringLiteral("jobCancel"));
        if (!button)
            return false;
        button->click();
        return m_job->isCancelled();
    }
    /// Turns the event loop until the job has handed on its outcome.
    bool ended() { return waitUntil([this] { return *m_ended; }); }
    ui::BackgroundJob *job() const { return m_job; }

private:
    QPointer<ui::BackgroundJob> m_job;
    std::shared_ptr<QSemaphore> m_arrived = std::make_shared<QSemaphore>();
    std::shared_ptr<QSemaphore> m_gate = std::make_shared<QSemaphore>();
    std::shared_ptr<bool> m_ended = std::make_shared<bool>(false);
    bool m_released = false;
};

/// Counts the turns of the event loop while a job is held: the window is not frozen when a
/// timer it owns keeps ticking.
class Ticker
{
public:
    Ticker()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { ++m_ticks; });
        m_timer.start(10);
    }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    int m_ticks = 0;
};

} // namespace qf::test
