// SPDX-License-Identifier: GPL-3.0-or-later
#include "planprinter.h"

#include "document/document.h"
#include "export/pagepainter.h"
#include "export/planpaginator.h"
#include "i18n/plantranslator.h"
#include "plan/planmodel.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPromise>
#include <QThreadPool>

#include <atomic>

namespace bw::ui {

namespace {

struct PrintJob {
    plan::Plan plan;
    PageLayoutOptions options;
};

PrintJob prepare(const bw::Document &document, const QPageSize &paper)
{
    PrintJob job;
    // The document's language, not the interface's.
    const PlanLanguageScope planLanguage(PlanLanguage(document.project().info.language));
    job.plan = plan::buildPlan(document.project());
    job.options.pageSize = paper;
    job.options.words = PageWords::translated();
    return job;
}

// The layout built on a worker thread while a progress dialog (with Cancel) keeps the studio
// painting; null when cancelled.
std::shared_ptr<const PageLayout> layOutInBackground(const PrintJob &job, QWidget *parent)
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto pages = std::make_shared<std::atomic_int>(0);
    auto promise = std::make_shared<QPromise<std::shared_ptr<const PageLayout>>>();
    QFutureWatcher<std::shared_ptr<const PageLayout>> watcher;
    QProgressDialog progress(QCoreApplication::translate("bw::ui::PlanPrinter", "Laying out the pages…"),
        QCoreApplication::translate("bw::ui::PlanPrinter", "Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [cancel] { cancel->store(true); });
    QObject::connect(&watcher, &QFutureWatcherBase::progressValueChanged, &progress, [&progress](int value) {
        progress.setLabelText(
            QCoreApplication::translate("bw::ui::PlanPrinter", "Laying out the pages… (%1)").arg(value));
    });
    watcher.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, job, cancel] {
        ExportControl control;
        control.cancel = cancel.get();
        control.progress = [promise](int done, int) { promise->setProgressValueAndText(done, {}); };
        promise->setProgressRange(0, 1 << 30);
        promise->addResult(std::make_shared<const PageLayout>(PlanPaginator::layOut(job.plan, job.options, control)));
        promise->finish();
    });
    if (!watcher.isFinished())
        loop.exec();
    watcher.waitForFinished();
    if (cancel->load() || watcher.future().resultCount() == 0)
        return nullptr;
    auto layout = watcher.future().result();
    return layout && !layout->cancelled ? layout : nullptr;
}

QString paint(const PageLayout &layout, const QString &title, QPrinter &printer)
{
    // The layout keeps its own margins and draws header and footer inside them.
    printer.setFullPage(true);
    printer.setDocName(title);
    return PagePainter::paint(layout, printer);
}

} // namespace

QString paintPlan(const bw::Document &document, QPrinter &printer)
{
    const PrintJob job = prepare(document, printer.pageLayout().pageSize());
    return paint(PlanPaginator::layOut(job.plan, job.options), job.plan.cover.title, printer);
}

void printPlan(bw::Document *document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    const PrintJob job = prepare(*document, printer.pageLayout().pageSize());
    std::shared_ptr<const PageLayout> layout = layOutInBackground(job, parent);
    if (!layout)
        return;
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("bw::ui::PlanPrinter", "Print Preview"));
    // Large enough to read a page: most of the studio window, not Qt's small default.
    if (parent)
        dialog.resize(parent->window()->size() * 0.85);
    QString error;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        // The preview and the printout paint the laid-out pages; only another paper size (chosen
        // in the page setup) needs new ones.
        const QPageSize paper = target->pageLayout().pageSize();
        if (!paper.isEquivalentTo(job.options.pageSize)) {
            PrintJob other = job;
            other.options.pageSize = paper;
            if (auto fresh = layOutInBackground(other, &dialog))
                layout = fresh;
        }
        error = paint(*layout, job.plan.cover.title, *target);
    });
    dialog.exec();
    if (!error.isEmpty())
        QMessageBox::warning(parent, QCoreApplication::translate("bw::ui::PlanPrinter", "Print"), error);
}

} // namespace bw::ui
