// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "pdfpagerenderer.h"
#include "pdftextrepair.h"
#include "planglyphs.h"
#include "plan/plantext.h"

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

QString PdfExporter::write(const plan::Plan &plan, const Project &, const ExportOptions &options, QIODevice &out) const
{
    // Written to memory first: Qt's text maps need repairing before the file is usable
    // (pdftextrepair.h).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(options.paper == ExportOptions::Paper::Letter ? QPageSize::Letter : QPageSize::A4));
    // The renderer draws the header and footer inside the paper's margins itself.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setResolution(600);
    writer.setTitle(plan.cover.title.isEmpty() ? plan::PlanText::documentKind() : plan.cover.title);
    writer.setCreator(u"Blendwise "_s + QLatin1String(BLENDWISE_VERSION));
    if (const QString error = PdfPageRenderer(plan).render(writer); !error.isEmpty())
        return error;
    const QByteArray pdf = repairPdfText(buffer.data(), planText(plan));
    if (out.write(pdf) != pdf.size())
        return out.errorString();
    return {};
}

} // namespace bw
