// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportservice.h"
#include "model/project.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QMessageBox;
class QPrinter;
class QProgressDialog;
class QUrl;
class QWidget;

namespace bw::ui {

class BackgroundJob;

// File → Export… and File → Print… once the user has chosen: the work runs on a copy of the
// project in a BackgroundJob while a non-modal progress dialog (Cancel) shows how far it got;
// the studio stays usable. A finished export says where it wrote (the full path) and offers to
// open the file or its folder; an error is shown with its message; a cancelled export leaves no
// file and says so in the status bar. The runner
// deletes itself when the user is done with it; deleting it earlier (closing the main window)
// cancels the work.
class ExportRunner : public QObject {
    Q_OBJECT
public:
    // Starts writing `project` (a copy is taken) to `path`.
    static ExportRunner *exportPlan(
        const Project &project, const ExportOptions &options, const QString &path, QWidget *parent);
    // Starts laying out and printing `project` on `printer`, already set up by a print dialog.
    static ExportRunner *printPlan(const Project &project, std::unique_ptr<QPrinter> printer, QWidget *parent);

    // File → Print…: the system's print dialog, then printPlan() on the printer chosen.
    static void choosePrinterAndPrint(const Project &project, QWidget *parent);

    ~ExportRunner() override;

    // Opens a file or folder in the desktop's program for it; true when one was started.
    // QDesktopServices::openUrl unless replaced (tests pass a fake that launches nothing).
    using UrlOpener = std::function<bool(const QUrl &)>;
    void setUrlOpener(UrlOpener opener);

    BackgroundJob *job() const { return m_job; }
    QProgressDialog *progressDialog() const;
    // The message shown at the end (success or error), for tests; null before.
    QMessageBox *resultBox() const;
    // What the end of the work was reported as, in the message or the status bar; empty before.
    QString outcome() const { return m_outcome; }

Q_SIGNALS:
    void finished(const QString &path, bool ok);

private:
    enum class Kind { Export, Print };
    ExportRunner(Kind kind, const QString &target, QWidget *parent);
    void start();
    void showProgress(int done, int total);
    void done();
    void showResult(const ExportResult &result);
    void open(const QUrl &url);

    Kind m_kind;
    QString m_target; // the file written, or the printer's name
    QPointer<QWidget> m_parent;
    BackgroundJob *m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
    QPointer<QMessageBox> m_result;
    QString m_outcome;
    UrlOpener m_opener;
};

} // namespace bw::ui
