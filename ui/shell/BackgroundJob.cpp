// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundJob.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

// A job done sooner shows no dialog at all; one that takes longer says how far it got.
constexpr int kShowAfterMs = 400;

// Only the UI thread creates, lists and destroys jobs.
QList<BackgroundJob *> &jobs()
{
    static QList<BackgroundJob *> list;
    return list;
}

} // namespace

// A dialog of its own rather than QProgressDialog: a modal one of those runs the event loop
// inside setValue(), where the job's end could delete it under its own feet.
BackgroundJob::BackgroundJob(QWidget *window, const QString &title) : QObject(window)
{
    setObjectName(QStringLiteral("backgroundJob"));
    jobs() << this;
    // One worker, its own: see the class comment for why never the global pool.
    m_pool.setMaxThreadCount(1);

    m_dialog = new QDialog(window);
    m_dialog->setObjectName(QStringLiteral("jobProgress"));
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_label = new QLabel(title + QStringLiteral("…"));
    m_label->setObjectName(QStringLiteral("jobLabel"));
    m_bar = new QProgressBar;
    m_bar->setRange(0, 0);   // busy until the job says how many steps it has
    m_bar->setMinimumWidth(420);
    auto *buttons = new QDialogButtonBox;
    m_cancel = buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("jobCancel"));
    auto *layout = new QVBoxLayout(m_dialog);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
    // Closing the dialog (Esc, the title bar) is 取消 too: it never just hides a job that goes on.
    connect(m_dialog, &QDialog::rejected, this, &BackgroundJob::cancel);
    connect(buttons, &QDialogButtonBox::rejected, m_dialog.data(), &QDialog::reject);

    m_progress.setObserver([this](int done, int total, const QString &label) { emit stepped(done, total, label); });
    // Emitted on the worker, received here: queued, so neither thread waits for the other.
    connect(this, &BackgroundJob::stepped, this, &BackgroundJob::showStep, Qt::QueuedConnection);
    QTimer::singleShot(kShowAfterMs, this, [this] {
        if (!m_ended && m_dialog)
            m_dialog->show();
    });
}

BackgroundJob::~BackgroundJob()
{
    jobs().removeAll(this);
    // The window went before the job ended: the worker stops at its next step and nobody
    // hears what it did. It must have returned before the job's Progress goes.
    m_progress.cancel();
    m_pool.waitForDone();
    delete m_dialog;
}

QList<BackgroundJob *> BackgroundJob::running()
{
    return jobs();
}

void BackgroundJob::cancelAndWaitAll()
{
    const QList<BackgroundJob *> all = jobs();
    for (BackgroundJob *job : all)
        job->cancel();
    for (BackgroundJob *job : all)
        job->m_pool.waitForDone();
}

void BackgroundJob::start(std::function<std::function<void()>()> work)
{
    QTimer::singleShot(0, this, [this, work = std::move(work)] {
        m_pool.start([this, work] {
            const std::function<void()> deliver = work();
            // The job outlives its worker (its destructor waits), so posting to it is safe;
            // destroyed before the post is delivered, it takes the post with it.
            QMetaObject::invokeMethod(this, [this, deliver] { finish(deliver); }, Qt::QueuedConnection);
        });
    });
}

void BackgroundJob::cancel()
{
    if (m_ended || m_progress.isCancelled())
        return;
    m_progress.cancel();
    if (m_dialog) {
        m_label->setText(tr("正在取消…"));
        m_cancel->setEnabled(false);
    }
}

void BackgroundJob::showStep(int done, int total, const QString &label)
{
    if (m_ended || !m_dialog || m_progress.isCancelled())
        return;
    if (total > 0) {
        m_bar->setRange(0, total);
        m_bar->setValue(done);
    }
    if (!label.isEmpty())
        m_label->setText(label);
}

void BackgroundJob::finish(const std::function<void()> &deliver)
{
    m_ended = true;
    if (m_dialog) {
        // Hidden before the outcome is shown: a message box over it would be modal to nothing.
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    deliver();
    emit finished();
    deleteLater();
}

} // namespace qf::ui
