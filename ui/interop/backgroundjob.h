// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportcontrol.h"
#include "export/exportservice.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace bw::ui {

// Long work — an export, a printout — on a worker thread of its own, so that the studio stays
// responsive and editable meanwhile. The work gets an ExportControl: its progress reports
// arrive here as progressed() on the GUI thread, cancel() sets the control's flag. The work must
// own everything it reads (a copy of the Project, never the Document) since the user keeps
// editing while it runs.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    using Work = std::function<ExportResult(const ExportControl &control)>;

    explicit BackgroundJob(Work work, QObject *parent = nullptr);
    // Cancels the work and waits for it: nothing runs on after its owner (the main window) has
    // gone, and a cancelled export leaves no file.
    ~BackgroundJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelling() const { return m_cancel.load(); }
    // The last progress report: done of total, total 0 while unknown.
    int done() const { return m_done; }
    int total() const { return m_total; }
    // Valid once finished() was emitted.
    const ExportResult &result() const { return m_result; }

Q_SIGNALS:
    void progressed(int done, int total);
    void finished();

private:
    Work m_work;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel { false };
    bool m_running = false;
    int m_done = 0;
    int m_total = 0;
    ExportResult m_result; // written by the worker, read after it finished
};

} // namespace bw::ui
