// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpreview.h"

#include "document/document.h"
#include "export/planpaginator.h"
#include "i18n/plantranslator.h"
#include "plan/planmodel.h"
#include "planpagesview.h"

#include <QAction>
#include <QFuture>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {
constexpr int kDebounceMs = 500;
}

PlanPreview::PlanPreview(bw::Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_view(new PlanPagesView(this))
    , m_pageLabel(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_view->setAccessibleName(tr("Plan preview"));

    const auto button = [this](QAction *action) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setAutoRaise(true);
        return b;
    };
    // Shortcuts work while the preview (or anything in it) has the focus, so they do not take
    // Ctrl++ away from the rest of the studio.
    auto *zoomOut = new QAction(tr("Zoom Out"), this);
    zoomOut->setObjectName(u"previewZoomOut"_s);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    zoomOut->setToolTip(tr("Zoom out (%1)").arg(zoomOut->shortcut().toString(QKeySequence::NativeText)));
    auto *zoomIn = new QAction(tr("Zoom In"), this);
    zoomIn->setObjectName(u"previewZoomIn"_s);
    zoomIn->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(u"Ctrl+="_s) });
    zoomIn->setToolTip(tr("Zoom in (%1)").arg(zoomIn->shortcut().toString(QKeySequence::NativeText)));
    auto *fit = new QAction(tr("Fit Width"), this);
    fit->setObjectName(u"previewFitWidth"_s);
    fit->setShortcut(QKeySequence(u"Ctrl+0"_s));
    fit->setToolTip(
        tr("Fit the page to the panel's width (%1)").arg(fit->shortcut().toString(QKeySequence::NativeText)));
    for (QAction *action : { zoomOut, zoomIn, fit }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(zoomOut, &QAction::triggered, m_view, &PlanPagesView::zoomOut);
    connect(zoomIn, &QAction::triggered, m_view, &PlanPagesView::zoomIn);
    connect(fit, &QAction::triggered, m_view, &PlanPagesView::fitWidth);

    m_pageLabel->setObjectName(u"previewPageLabel"_s);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(button(zoomOut));
    bar->addWidget(button(zoomIn));
    bar->addWidget(button(fit));
    bar->addStretch();
    bar->addWidget(m_pageLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    connect(m_view, &PlanPagesView::currentPageChanged, this, &PlanPreview::showPageNumber);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kDebounceMs);
    connect(m_timer, &QTimer::timeout, this, &PlanPreview::refresh);
    connect(m_document, &bw::Document::changed, this, &PlanPreview::scheduleRefresh);
}

PlanPreview::~PlanPreview()
{
    // A layout still running finishes on its own (it owns its copy of the plan); it stops early.
    if (m_cancel)
        m_cancel->store(true);
}

std::shared_ptr<const PageLayout> PlanPreview::pageLayout() const
{
    return m_view->pageLayout();
}

void PlanPreview::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_timer->start();
}

void PlanPreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_timer->start(0);
}

void PlanPreview::showPageNumber(int page, int pages)
{
    m_pageLabel->setText(pages > 0 ? tr("Page %1 of %2").arg(page + 1).arg(pages) : QString());
}

void PlanPreview::refresh()
{
    m_timer->stop();
    m_stale = false;
    // The plan is built and laid out on a worker thread from a copy of the project, in the
    // project's language (a PlanLanguageScope of that thread), as in the export.
    Project project = m_document->project();
    if (m_cancel)
        m_cancel->store(true); // an older layout is of no use any more
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;

    auto promise = std::make_shared<QPromise<std::shared_ptr<const PageLayout>>>();
    auto *watcher = new QFutureWatcher<std::shared_ptr<const PageLayout>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_running;
        const auto future = watcher->future();
        // A newer edit started another layout: this one shows a plan that no longer is.
        if (generation != m_generation || future.resultCount() == 0)
            return;
        std::shared_ptr<const PageLayout> layout = future.result();
        if (!layout || layout->cancelled)
            return;
        m_view->setPageLayout(std::move(layout));
        showPageNumber(m_view->currentPage(), m_view->pageLayout()->pageCount());
        Q_EMIT pagesUpdated();
    });
    watcher->setFuture(promise->future());
    ++m_running;
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, project = std::move(project), cancel = m_cancel] {
            ExportControl control;
            control.cancel = cancel.get();
            const PlanLanguageScope language(PlanLanguage(project.info.language));
            const plan::Plan plan = plan::buildPlan(project);
            PageLayoutOptions options;
            options.words = PageWords::translated();
            promise->addResult(std::make_shared<const PageLayout>(PlanPaginator::layOut(plan, options, control)));
            promise->finish();
        });
}

} // namespace bw::ui
