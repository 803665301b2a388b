// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QProgressDialog;
class QWidget;

namespace bw::ui {

class BackgroundJob;
class ProjectSession;

// What an import brought back, for the report.
struct ImportReport {
    QString path; // the file read
    QString formatLabel; // "Spreadsheet (CSV, one row per activity)"
    ImportResult result; // project set on success, error otherwise
};

// File ▸ Import…, start to finish: choose a file; for a CSV that is not Blendwise's own, map its
// columns (with a preview); read it on a worker thread behind a progress dialog with Cancel, so
// that a 64 MB spreadsheet never freezes the window; then show the report — what was read,
// guessed and skipped, by line — and open the plan as a new, untitled project when the designer
// accepts it (after the usual question about unsaved changes). A failed import changes nothing
// and says why, naming the line.
//
// Every step that asks the person goes through a prompt that tests replace; the defaults are
// the real dialogs. The runner deletes itself when the import has ended (finished() is emitted
// first); deleting its parent cancels the work.
class ImportRunner : public QObject {
    Q_OBJECT
public:
    ImportRunner(ProjectSession *session, QWidget *window);
    ~ImportRunner() override;

    // Asks for the file; empty = cancelled. Default: a file dialog listing every import format.
    using FilePrompt = std::function<QString()>;
    // Maps a CSV's columns to fields. `header` and `sample` (the first rows) come from the file;
    // `guess` is the first guess. No value = cancelled. Default: ColumnMapDialog.
    using MapPrompt = std::function<std::optional<QList<std::pair<QString, QString>>>(const QString &fileName,
        const QStringList &header, const QList<QStringList> &sample, const QList<std::pair<QString, QString>> &guess)>;
    // Shows the report; true = open the plan. Called only for a successful import. Default: ImportReportDialog.
    using ReviewPrompt = std::function<bool(const ImportReport &report)>;
    // Says why an import failed. Default: a warning message box.
    using ErrorPrompt = std::function<void(const QString &title, const QString &text)>;

    void setFilePrompt(FilePrompt prompt) { m_filePrompt = std::move(prompt); }
    void setMapPrompt(MapPrompt prompt) { m_mapPrompt = std::move(prompt); }
    void setReviewPrompt(ReviewPrompt prompt) { m_reviewPrompt = std::move(prompt); }
    void setErrorPrompt(ErrorPrompt prompt) { m_errorPrompt = std::move(prompt); }

    // Asks for a file, then importFile().
    void run();
    // Imports `path`; `importer` null = the format is chosen by content and name.
    void importFile(const QString &path, const Importer *importer = nullptr);
    // Stops waiting for the worker: nothing is opened, the status bar says so.
    void cancel();

    BackgroundJob *job() const { return m_job; }
    QProgressDialog *progressDialog() const;
    // How the import ended, for the status bar and tests; empty while it runs.
    QString outcome() const { return m_outcome; }

Q_SIGNALS:
    // The import ended: opened = a new project holds the plan.
    void finished(bool opened);

private:
    void fail(const QString &text);
    void done();
    void end(bool opened, const QString &outcome);

    ProjectSession *m_session;
    QPointer<QWidget> m_window;
    FilePrompt m_filePrompt;
    MapPrompt m_mapPrompt;
    ReviewPrompt m_reviewPrompt;
    ErrorPrompt m_errorPrompt;
    QString m_path;
    BackgroundJob *m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<ImportReport> m_report; // written by the worker, read once it finished
    QString m_outcome;
    bool m_cancelled = false;
    bool m_ended = false;
};

} // namespace bw::ui
