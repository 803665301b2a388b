// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "pdfpagerenderer.h"
#include "plan/plantext.h"

#include <QCoreApplication>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace bw {

QString PdfExporter::key() const
{
    return u"pdf"_s;
}

QString PdfExporter::fileSuffix() const
{
    return u"pdf"_s;
}

QString PdfExporter::label() const
{
    return QCoreApplication::translate("bw::PdfExporter", "PDF document");
}

// The control is passed on for the paginator, which reports pages laid out; until then a
// cancel takes effect when the service gets the document back.
QString PdfExporter::write(const plan::Plan &plan, const Project &, const ExportOptions &options, QIODevice &out,
                           const ExportControl &) const
{
    QPdfWriter writer(&out);
    writer.setPageSize(QPageSize(options.paper == ExportOptions::Paper::Letter ? QPageSize::Letter : QPageSize::A4));
    // The renderer draws the header and footer inside the paper's margins itself.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setResolution(600);
    writer.setTitle(plan.cover.title.isEmpty() ? plan::PlanText::documentKind() : plan.cover.title);
    writer.setCreator(u"Blendwise "_s + QLatin1String(BLENDWISE_VERSION));
    return PdfPageRenderer(plan).render(writer);
}

} // namespace bw
