// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportrunner.h"

#include "backgroundjob.h"
#include "export/pagepainter.h"
#include "export/planpaginator.h"
#include "i18n/plantranslator.h"
#include "plan/planmodel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

#include <limits>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {

// A progress dialog that appears at once for a moment's work only flickers.
constexpr int ShowProgressAfterMs = 300;

void tellStatusBar(QWidget *parent, const QString &text)
{
    if (auto *window = parent ? qobject_cast<QMainWindow *>(parent->window()) : nullptr)
        window->statusBar()->showMessage(text, 8000);
}

} // namespace

ExportRunner::ExportRunner(Kind kind, const QString &target, QWidget *parent)
    : QObject(parent) // the main window: closing it cancels and waits for the work
    , m_kind(kind)
    , m_target(target)
    , m_parent(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
}

void ExportRunner::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

ExportRunner::~ExportRunner()
{
    delete m_progress.data();
}

ExportRunner *ExportRunner::exportPlan(
    const Project &project, const ExportOptions &options, const QString &path, QWidget *parent)
{
    auto *runner = new ExportRunner(Kind::Export, path, parent);
    // The lambda holds its own copy of the project: the user may go on editing meanwhile.
    runner->m_job = new BackgroundJob(
        [project, options, path](const ExportControl &control) {
            ExportOptions withWarnings = options;
            QStringList warnings;
            withWarnings.warnings = &warnings;
            ExportResult result = exportProject(project, withWarnings, path, control);
            result.warnings = warnings;
            return result;
        },
        runner);
    runner->start();
    return runner;
}

ExportRunner *ExportRunner::printPlan(const Project &project, std::unique_ptr<QPrinter> printer, QWidget *parent)
{
    const std::shared_ptr<QPrinter> target(printer.release());
    const QString name
        = target->outputFormat() == QPrinter::PdfFormat ? target->outputFileName() : target->printerName();
    auto *runner = new ExportRunner(Kind::Print, name, parent);
    runner->m_job = new BackgroundJob(
        [project, target](const ExportControl &control) -> ExportResult {
            // The document's language, not the interface's, and only on this worker thread.
            const PlanLanguageScope language(PlanLanguage(project.info.language));
            const plan::Plan plan = plan::buildPlan(project);
            if (control.cancelled())
                return { ExportResult::Status::Cancelled, {} };
            PageLayoutOptions options;
            options.pageSize = target->pageLayout().pageSize();
            options.words = PageWords::translated();
            const PageLayout layout = PlanPaginator::layOut(plan, options, control);
            if (layout.cancelled)
                return { ExportResult::Status::Cancelled, {} };
            // The layout keeps its own margins and draws header and footer inside them.
            target->setFullPage(true);
            target->setDocName(plan.cover.title);
            const QString error = PagePainter::paint(layout, *target, control);
            if (control.cancelled()) {
                // Printing to a file: a cancelled printout leaves none behind.
                if (target->outputFormat() == QPrinter::PdfFormat && !target->outputFileName().isEmpty())
                    QFile::remove(target->outputFileName());
                return { ExportResult::Status::Cancelled, {} };
            }
            if (!error.isEmpty())
                return ExportResult::failure(error);
            return {};
        },
        runner);
    runner->start();
    return runner;
}

QProgressDialog *ExportRunner::progressDialog() const
{
    return m_progress;
}

QMessageBox *ExportRunner::resultBox() const
{
    return m_result;
}

void ExportRunner::choosePrinterAndPrint(const Project &project, QWidget *parent)
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    QPrintDialog dialog(printer.get(), parent);
    dialog.setWindowTitle(tr("Print Plan"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printPlan(project, std::move(printer), parent);
}

void ExportRunner::start()
{
    m_progress = new QProgressDialog(m_parent);
    m_progress->setObjectName(u"exportProgress"_s);
    // Non-modal: the studio stays usable while the work runs.
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->setWindowTitle(m_kind == Kind::Export ? tr("Export Plan") : tr("Print"));
    m_progress->setLabelText(m_kind == Kind::Export ? tr("Exporting “%1”…").arg(QFileInfo(m_target).fileName())
                                                    : tr("Preparing the printout…"));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setRange(0, 0); // busy until the first report says how much there is
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    // Shown by the timer below, not by QProgressDialog's own estimate.
    m_progress->setMinimumDuration(std::numeric_limits<int>::max());
    m_progress->reset();
    connect(m_progress, &QProgressDialog::canceled, m_job, &BackgroundJob::cancel);
    connect(m_job, &BackgroundJob::progressed, this, &ExportRunner::showProgress);
    connect(m_job, &BackgroundJob::finished, this, &ExportRunner::done);
    QTimer::singleShot(ShowProgressAfterMs, m_progress, [this] {
        if (m_job->isRunning() && !m_job->isCancelling())
            m_progress->show();
    });
    m_job->start();
}

void ExportRunner::showProgress(int done, int total)
{
    if (!m_progress || m_job->isCancelling())
        return;
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    const bool pages
        = m_kind == Kind::Print || QFileInfo(m_target).suffix().compare(u"pdf"_s, Qt::CaseInsensitive) == 0;
    const QString step = pages ? tr("%1 of %2 pages").arg(done).arg(total) : tr("%1 of %2 rows").arg(done).arg(total);
    m_progress->setLabelText(m_kind == Kind::Export ? tr("Exporting “%1”… %2").arg(QFileInfo(m_target).fileName(), step)
                                                    : tr("Printing… %1").arg(step));
}

void ExportRunner::done()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    const ExportResult &result = m_job->result();
    Q_EMIT finished(m_target, result.ok());
    if (result.cancelled()) {
        const QString name = QFileInfo(m_target).fileName();
        if (m_kind == Kind::Print)
            m_outcome = tr("Printing cancelled.");
        else if (QFileInfo::exists(m_target))
            m_outcome = tr("Export cancelled. “%1” was left as it was.").arg(name);
        else
            m_outcome = tr("Export cancelled. No file was written.");
        // The designer asked for it: a line in the status bar, not a message to dismiss.
        tellStatusBar(m_parent, m_outcome);
        deleteLater();
        return;
    }
    if (result.ok() && m_kind == Kind::Print) {
        m_outcome = tr("The plan was sent to %1.").arg(m_target);
        tellStatusBar(m_parent, m_outcome);
        deleteLater();
        return;
    }
    showResult(result);
}

void ExportRunner::showResult(const ExportResult &result)
{
    auto *box = new QMessageBox(m_parent);
    box->setObjectName(u"exportResult"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->setWindowTitle(m_kind == Kind::Export ? tr("Export Plan") : tr("Print"));
    // The path can be selected and copied.
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const QFileInfo file(m_target);
    const QString path = file.absoluteFilePath();
    const QString nativePath = QDir::toNativeSeparators(path);
    if (result.ok()) {
        box->setIcon(QMessageBox::Information);
        box->setText(tr("The plan was exported to “%1”.").arg(file.fileName()));
        box->setInformativeText(tr("Saved as %1").arg(nativePath));
        if (!result.warnings.isEmpty()) {
            // The file is written; the designer learns what will not show as written.
            box->setIcon(QMessageBox::Warning);
            box->setText(tr("“%1” was exported, but some characters cannot be shown.").arg(file.fileName()));
            box->setInformativeText(tr("Saved as %1").arg(nativePath) + u"\n\n"_s
                + tr("Install a font that has them, or change the text."));
            box->setDetailedText(result.warnings.join(u'\n'));
        }
        m_outcome = box->text() + u'\n' + box->informativeText();
        // Still there after the message is closed.
        tellStatusBar(m_parent, tr("The plan was exported to %1.").arg(nativePath));
        QPushButton *openFile = box->addButton(tr("&Open File"), QMessageBox::ActionRole);
        openFile->setObjectName(u"openFile"_s);
        openFile->setToolTip(tr("Open %1 in the program your desktop uses for it").arg(file.fileName()));
        QPushButton *openFolder = box->addButton(tr("Open &Folder"), QMessageBox::ActionRole);
        openFolder->setObjectName(u"openFolder"_s);
        openFolder->setToolTip(
            tr("Show the folder %1 in the file manager").arg(QDir::toNativeSeparators(file.absolutePath())));
        QPushButton *close = box->addButton(QMessageBox::Close);
        box->setDefaultButton(openFile);
        box->setEscapeButton(close);
        connect(openFile, &QPushButton::clicked, box, [this, path] { open(QUrl::fromLocalFile(path)); });
        connect(
            openFolder, &QPushButton::clicked, box, [this, file] { open(QUrl::fromLocalFile(file.absolutePath())); });
    } else {
        box->setIcon(QMessageBox::Warning);
        if (m_kind == Kind::Export) {
            box->setText(tr("The plan could not be exported to “%1”.").arg(file.fileName()));
            box->setInformativeText(result.error);
        } else {
            box->setText(tr("The plan could not be printed on %1.").arg(m_target));
            box->setInformativeText(result.error);
        }
        m_outcome = box->text() + u'\n' + box->informativeText();
        box->addButton(QMessageBox::Close);
    }
    m_result = box;
    // The runner is done once the user has read the message.
    connect(box, &QObject::destroyed, this, &QObject::deleteLater);
    box->show();
}

void ExportRunner::open(const QUrl &url)
{
    // The message box closes itself on any of its buttons.
    if (m_opener && m_opener(url))
        return;
    // Nothing on this desktop opens it: say so, with the path to go there by hand.
    m_outcome = tr("No program could be found to open %1.").arg(QDir::toNativeSeparators(url.toLocalFile()));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Plan"), m_outcome, QMessageBox::Close, m_parent);
    box->setObjectName(u"openFailed"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->show();
}

} // namespace bw::ui
