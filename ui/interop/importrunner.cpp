// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunner.h"

#include "backgroundjob.h"
#include "columnmapdialog.h"
#include "import/csvimporter.h"
#include "import/csvreader.h"
#include "importreportdialog.h"
#include "projectsession.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <limits>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {

constexpr int ShowProgressAfterMs = 300;
constexpr qint64 HeadBytes = 64 * 1024;
constexpr int SampleRows = 20;
const auto LastDirKey = u"import/lastDirectory"_s;

QString fileFilter()
{
    QStringList all;
    QStringList each;
    for (const Importer *importer : importers()) {
        QStringList patterns;
        for (const QString &suffix : importer->fileSuffixes())
            patterns.append(u"*."_s + suffix);
        all.append(patterns);
        each.append(u"%1 (%2)"_s.arg(importer->label(), patterns.join(u' ')));
    }
    all.removeDuplicates();
    return ImportRunner::tr("Plans from other tools (%1)").arg(all.join(u' ')) + u";;"_s + each.join(u";;"_s) + u";;"_s
        + ImportRunner::tr("All files (*)");
}

} // namespace

ImportRunner::ImportRunner(ProjectSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{
    m_filePrompt = [this] {
        QSettings settings;
        const QString dir
            = settings.value(LastDirKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                  .toString();
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Plan"), dir, fileFilter());
        if (!path.isEmpty())
            settings.setValue(LastDirKey, QFileInfo(path).absolutePath());
        return path;
    };
    m_mapPrompt
        = [this](const QString &fileName, const QStringList &header, const QList<QStringList> &sample,
              const QList<std::pair<QString, QString>> &guess) -> std::optional<QList<std::pair<QString, QString>>> {
        ColumnMapDialog dialog(fileName, header, sample, guess, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.columnMap();
    };
    m_reviewPrompt = [this](const ImportReport &report) {
        ImportReportDialog dialog(report, m_window);
        return dialog.exec() == QDialog::Accepted;
    };
    m_errorPrompt = [this](const QString &title, const QString &text) {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
        box.setObjectName(u"importError"_s);
        box.exec();
    };
}

ImportRunner::~ImportRunner()
{
    delete m_progress.data();
}

QProgressDialog *ImportRunner::progressDialog() const
{
    return m_progress;
}

void ImportRunner::run()
{
    const QString path = m_filePrompt();
    if (path.isEmpty()) {
        end(false, {});
        return;
    }
    importFile(path);
}

void ImportRunner::importFile(const QString &path, const Importer *importer)
{
    m_path = path;
    const QString name = QFileInfo(path).fileName();
    const QFileInfo info(path);
    if (!info.isFile()) {
        fail(info.exists() ? tr("it is not a file") : tr("it does not exist"));
        return;
    }
    if (info.size() > MaxImportBytes) {
        fail(tr("it is larger than %1 MB, the limit for an import").arg(MaxImportBytes / (1024 * 1024)));
        return;
    }
    // The head decides the format and gives the mapping step its preview: a bounded read, so on
    // this thread; the whole file is read on the worker.
    QByteArray head;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(tr("it cannot be read: %1").arg(file.errorString()));
            return;
        }
        head = file.read(HeadBytes);
    }
    if (!importer)
        importer = chooseImporter(head, name);
    if (!importer) {
        QStringList labels;
        for (const Importer *i : importers())
            labels.append(i->label());
        fail(tr("Blendwise cannot tell what kind of plan it holds. It imports: %1.").arg(labels.join(u"; "_s)));
        return;
    }

    ImportOptions options;
    if (importer->key() == u"csv"_s) {
        CsvTable table = readCsv(head);
        if (table.error.isEmpty() && !table.records.isEmpty() && !CsvImporter::isOwnHeader(table.records.first())) {
            // A record cut by the end of the head is not shown.
            if (info.size() > head.size() && table.records.size() > 1)
                table.records.removeLast();
            const QStringList header = table.records.first();
            const QList<QStringList> sample = table.records.mid(1, SampleRows);
            const auto map = m_mapPrompt(name, header, sample, CsvImporter::guessColumnMap(header));
            if (!map) {
                end(false, tr("Import cancelled."));
                return;
            }
            options.columnMap = *map;
        }
        // A table the reader refuses, or Blendwise's own: the importer's read says the rest.
    }

    m_report = std::make_shared<ImportReport>();
    m_report->path = path;
    m_report->formatLabel = importer->label();
    const std::shared_ptr<ImportReport> report = m_report;
    m_job = new BackgroundJob(
        [report, importer, options, path, name](const ExportControl &control) -> ExportResult {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                report->result.error = tr("it cannot be read: %1").arg(file.errorString());
                return ExportResult::failure(report->result.error);
            }
            const QByteArray data = file.read(MaxImportBytes + 1);
            if (data.size() > MaxImportBytes) {
                report->result.error
                    = tr("it is larger than %1 MB, the limit for an import").arg(MaxImportBytes / (1024 * 1024));
                return ExportResult::failure(report->result.error);
            }
            if (control.cancelled())
                return { ExportResult::Status::Cancelled, {} };
            report->result = importer->read(data, name, options);
            // Guessed values stay marked so that the advisor lists them as "check this".
            applyGuessMarks(report->result);
            return {};
        },
        this);

    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setWindowModality(Qt::WindowModal); // nothing to edit meanwhile: the plan replaces the open one
    m_progress->setWindowTitle(tr("Import Plan"));
    m_progress->setLabelText(tr("Reading “%1”…").arg(name));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setRange(0, 0);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    m_progress->setMinimumDuration(std::numeric_limits<int>::max());
    m_progress->reset();
    connect(m_progress, &QProgressDialog::canceled, this, &ImportRunner::cancel);
    connect(m_job, &BackgroundJob::finished, this, &ImportRunner::done);
    QTimer::singleShot(ShowProgressAfterMs, m_progress, [this] {
        if (m_job->isRunning() && !m_cancelled)
            m_progress->show();
    });
    m_job->start();
}

void ImportRunner::cancel()
{
    if (m_ended || !m_job)
        return;
    m_cancelled = true;
    m_job->cancel();
    if (m_progress)
        m_progress->hide();
    // The reading may go on a moment on the worker; its result is dropped in done().
    end(false, tr("Import cancelled. Nothing was opened."));
}

void ImportRunner::done()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    if (m_cancelled) {
        deleteLater(); // finished() was emitted when the person cancelled
        return;
    }
    const ImportReport &report = *m_report;
    if (!report.result.project) {
        fail(report.result.error);
        return;
    }
    if (!m_reviewPrompt(report)) {
        end(false, tr("Import cancelled. Nothing was opened."));
        return;
    }
    if (!m_session->newFrom(*report.result.project)) {
        end(false, tr("Import cancelled. The open project was kept."));
        return;
    }
    end(true,
        tr("Imported “%1”: %2 objectives, %3 activities. Save it to keep it.")
            .arg(QFileInfo(report.path).fileName())
            .arg(report.result.project->objectives.size())
            .arg(report.result.project->activityCount()));
}

void ImportRunner::fail(const QString &text)
{
    const QString name = QFileInfo(m_path).fileName();
    m_errorPrompt(tr("Import Plan"), tr("“%1” could not be imported: %2").arg(name, text));
    end(false, tr("Import of “%1” failed. Nothing was changed.").arg(name));
}

void ImportRunner::end(bool opened, const QString &outcome)
{
    if (m_ended)
        return;
    m_ended = true;
    m_outcome = outcome;
    if (!outcome.isEmpty())
        if (auto *window = m_window ? qobject_cast<QMainWindow *>(m_window->window()) : nullptr)
            window->statusBar()->showMessage(outcome, 8000);
    Q_EMIT finished(opened);
    // Still waiting for a cancelled worker: done() deletes the runner once it has finished.
    if (!m_job || !m_job->isRunning())
        deleteLater();
}

} // namespace bw::ui
