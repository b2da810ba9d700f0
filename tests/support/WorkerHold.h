// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps every worker thread busy, so that a job handed to one waits until the test lets it
// start: what the test does meanwhile (cancel it, close its window) is done before the job
// has taken a step, whatever the machine's speed.
#pragma once

#include <QSemaphore>
#include <QThreadPool>

namespace qf::test {

class WorkerHold
{
public:
    WorkerHold() : m_threads(QThreadPool::globalInstance()->maxThreadCount())
    {
        // Every thread waits until it is released (the pool finishes what it runs first).
        QThreadPool::globalInstance()->waitForDone();
        for (int i = 0; i < m_threads; ++i)
            QThreadPool::globalInstance()->start([this] {
                m_started.release();
                m_gate.acquire();
            });
        m_started.acquire(m_threads);
    }
    ~WorkerHold() { release(); }
    WorkerHold(const WorkerHold &) = delete;
    WorkerHold &operator=(const WorkerHold &) = delete;

    void release()
    {
        if (m_released)
            return;
        m_released = true;
        m_gate.release(m_threads);
    }

private:
    const int m_threads;
    QSemaphore m_started;
    QSemaphore m_gate;
    bool m_released = false;
};

} // namespace qf::test
