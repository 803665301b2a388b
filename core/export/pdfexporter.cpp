// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "pagepainter.h"
#include "pdftextrepair.h"
#include "planglyphs.h"
#include "plan/plantext.h"
#include "planpaginator.h"

#include <QBuffer>
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

QPageSize PdfExporter::pageSize(const ExportOptions &options)
{
    return QPageSize(options.paper == ExportOptions::Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

QString PdfExporter::write(const plan::Plan &plan, const Project &, const ExportOptions &options, QIODevice &out,
                           const ExportControl &control) const
{
    PageLayoutOptions layoutOptions;
    layoutOptions.pageSize = pageSize(options);
    // Written to memory first: Qt's text maps need repairing before the file is usable
    // (pdftextrepair.h).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        // The pages are the largest thing an export holds: they are gone before the repair
        // makes its copies of the file, so the two never add up.
        const PageLayout layout = PlanPaginator::layOut(plan, layoutOptions, control);
        if (layout.cancelled)
            return QCoreApplication::translate("bw::PdfExporter", "The export was cancelled.");
        QPdfWriter writer(&buffer);
        writer.setPageSize(layoutOptions.pageSize);
        // The layout has its own margins and draws the header and footer inside them.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
        writer.setResolution(600);
        writer.setTitle(plan.cover.title.isEmpty() ? plan::PlanText::documentKind() : plan.cover.title);
        writer.setCreator(u"Blendwise "_s + QLatin1String(BLENDWISE_VERSION));
        if (const QString error = PagePainter::paint(layout, writer, control); !error.isEmpty())
            return error;
    }
    const QByteArray pdf = repairPdfText(buffer.data(), planText(plan));
    if (out.write(pdf) != pdf.size())
        return out.errorString();
    return {};
}

} // namespace bw
