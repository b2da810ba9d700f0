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

// Often enough to look live, seldom enough to cost nothing.
constexpr int kPollMs = 100;
// A job done sooner shows no dialog at all; one that takes longer says how far it got.
constexpr int kShowAfterPolls = 4;

} // namespace

// A dialog of its own rather than QProgressDialog: a modal one of those runs the event loop
// inside setValue(), where the job's end could delete it under its own feet.
BackgroundJob::BackgroundJob(QWidget *window, const QString &label) : QObject(window)
{
    m_dialog = new QDialog(window);
    m_dialog->setObjectName(QStringLiteral("jobProgress"));
    m_dialog->setWindowTitle(label);
    m_dialog->setWindowModality(Qt::WindowModal);
    // Closing it is 取消, as the button is: it never just hides a job that goes on.
    m_dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    m_label = new QLabel(label);
    m_bar = new QProgressBar;
    m_bar->setRange(0, 0);   // busy until the job says how many steps it has
    m_bar->setMinimumWidth(360);
    auto *buttons = new QDialogButtonBox;
    QPushButton *cancel = buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("jobCancel"));
    auto *layout = new QVBoxLayout(m_dialog);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, m_dialog, &QDialog::reject);
    connect(m_dialog, &QDialog::rejected, this, &BackgroundJob::cancel);
    m_poll = new QTimer(this);
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &BackgroundJob::showProgress);
    m_poll->start();
}

BackgroundJob::~BackgroundJob()
{
    // The window went before the job ended: nobody waits for what it would still do.
    m_progress->cancel();
    delete m_dialog;
}

void BackgroundJob::cancel()
{
    m_progress->cancel();
    // The window is usable again at once; the job ends after the step it is in, and whoever
    // started it keeps its own button disabled until then.
    if (m_dialog)
        m_dialog->hide();
}

void BackgroundJob::finish()
{
    m_poll->stop();
    delete m_dialog;
}

void BackgroundJob::showProgress()
{
    if (!m_dialog || m_progress->isCancelled())
        return;
    const int total = m_progress->total();
    if (total > 0) {
        m_bar->setRange(0, total);
        m_bar->setValue(m_progress->done());
    }
    if (++m_polls == kShowAfterPolls)
        m_dialog->show();
}

} // namespace qf::ui
