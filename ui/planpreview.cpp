// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpreview.h"

#include "document/document.h"
#include "export/pdfplandocument.h"
#include "i18n/translations.h"
#include "plan/planmodel.h"

#include <algorithm>
#include <cmath>

#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {
constexpr int kDebounceMs = 500;
}

PlanPreview::PlanPreview(bw::Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_browser(new QTextBrowser(this))
    , m_timer(new QTimer(this))
{
    m_browser->setObjectName(u"planPreviewBrowser"_s);
    m_browser->setOpenLinks(false);
    m_browser->setReadOnly(true);
    m_browser->setAccessibleName(tr("Plan preview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kDebounceMs);
    connect(m_timer, &QTimer::timeout, this, &PlanPreview::refresh);
    connect(m_document, &bw::Document::changed, this, &PlanPreview::scheduleRefresh);
}

PlanPreview::~PlanPreview() = default;

QTextDocument *PlanPreview::document() const
{
    return m_shown;
}

void PlanPreview::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_timer->start();
}

void PlanPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The chart is drawn for a width; a clearly different width deserves a fresh layout.
    if (m_shown && std::abs(m_browser->viewport()->width() - m_laidOutWidth) > 40) {
        m_stale = true;
        if (isVisible())
            m_timer->start();
    }
}

void PlanPreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        m_timer->start(0);
}

void PlanPreview::refresh()
{
    m_timer->stop();
    // The preview shows the document in the project's language, as it will be exported.
    const ScopedLanguage planLanguage(m_document->project().info.language);
    const plan::Plan plan = plan::buildPlan(m_document->project());
    PdfPlanDocument::Options options;
    options.contents = false;
    options.coverText = true;
    options.pageBreaks = false;
    // The chart fits the panel. Tables keep the PDF's column widths (words stay whole), so
    // a wide table in a narrow panel scrolls sideways rather than breaking its words.
    const qreal widthPoints = (m_browser->viewport()->width() - 2 * 12 - 8) * 72.0 / logicalDpiX();
    options.chartWidth = std::clamp<qreal>(widthPoints, 200, 440);
    m_laidOutWidth = m_browser->viewport()->width();
    PdfPlanDocument layout(plan, nullptr, options);
    std::unique_ptr<QTextDocument> fresh = layout.takeDocument();
    fresh->setDocumentMargin(12);

    // Swapping the document resets the scroll bar; put the reader back where they were.
    const int scroll = m_browser->verticalScrollBar()->value();
    QTextDocument *old = m_shown;
    m_shown = fresh.release();
    m_shown->setParent(this);
    m_browser->setDocument(m_shown);
    m_browser->verticalScrollBar()->setValue(scroll);
    delete old;
    m_stale = false;
}

} // namespace bw::ui
