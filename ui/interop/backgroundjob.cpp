// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundjob.h"

#include <QThread>

namespace bw::ui {

BackgroundJob::BackgroundJob(Work work, QObject *parent)
    : QObject(parent)
    , m_work(std::move(work))
{
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
    // Progress reports still queued for this object are dropped with it.
}

void BackgroundJob::start()
{
    if (m_thread)
        return; // a job runs once
    m_running = true;
    m_thread.reset(QThread::create([this] {
        ExportControl control;
        control.cancel = &m_cancel;
        control.progress = [this](int done, int total) {
            // To the GUI thread. `this` outlives the worker (the destructor waits), and a
            // report still queued when the job is deleted is dropped.
            QMetaObject::invokeMethod(
                this,
                [this, done, total] {
                    m_done = done;
                    m_total = total;
                    Q_EMIT progressed(done, total);
                },
                Qt::QueuedConnection);
        };
        m_result = m_work(control);
    }));
    m_thread->setObjectName(QStringLiteral("blendwise-job"));
    // Queued to this object's (the GUI) thread, after every progress report the worker posted.
    connect(
        m_thread.get(), &QThread::finished, this,
        [this] {
            m_running = false;
            Q_EMIT finished();
        },
        Qt::QueuedConnection);
    // Below the GUI thread, so typing stays smooth on a busy machine.
    m_thread->start(QThread::LowPriority);
}

void BackgroundJob::cancel()
{
    m_cancel.store(true);
}

} // namespace bw::ui
