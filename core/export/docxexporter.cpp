// SPDX-License-Identifier: GPL-3.0-or-later
#include "docxexporter.h"

#include "docxbodywriter.h"
#include "docxparts.h"
#include "exportprogress.h"
#include "officepackage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bw {

QString DocxExporter::key() const
{
    return u"docx"_s;
}

QString DocxExporter::fileSuffix() const
{
    return u"docx"_s;
}

QString DocxExporter::label() const
{
    return QCoreApplication::translate("bw::DocxExporter", "Word document (DOCX)");
}

QString DocxExporter::write(const plan::Plan &plan, const Project &, const ExportOptions &options, QIODevice &out,
                            const ExportControl &control) const
{
    const docx::PageGeometry page = docx::PageGeometry::forPaper(options.paper);
    const QColor accent = plan.cover.accentColour();
    ExportProgress progress(plan, control);
    DocxBodyWriter body(plan, page);
    body.setProgress(&progress);
    // Tracked changes: the base version's plan, built with the same options (in its own
    // language); its own "changes" section would compare it with itself, so it has none.
    plan::Plan base;
    if (const auto &tracked = options.trackedChangesSince; tracked && tracked->base) {
        plan::PlanOptions baseOptions = planOptions(options);
        baseOptions.changesBase.reset();
        base = plan::buildPlan(*tracked->base, baseOptions);
        if (control.cancelled())
            return {};
        body.setRevisions(&base, tracked->author, tracked->date);
    }
    const QByteArray document = body.write();
    if (progress.cancelled())
        return {}; // nothing packaged: the service discards the file

    QList<docx::Media> media;
    for (const auto &file : body.media())
        media.append(file.media);
    QString header = plan.cover.title.simplified();
    if (!plan.cover.client.trimmed().isEmpty())
        header += u" · "_s + plan.cover.client.simplified();

    OfficePackage package(out);
    package.add(u"[Content_Types].xml"_s, docx::contentTypes());
    package.add(u"_rels/.rels"_s, docx::packageRelationships());
    package.add(u"docProps/core.xml"_s, docx::coreProperties(plan.cover.title, plan.cover.author, plan.cover.language));
    package.add(u"docProps/app.xml"_s, docx::appProperties());
    package.add(u"word/document.xml"_s, document);
    package.add(u"word/_rels/document.xml.rels"_s, docx::documentRelationships(media));
    package.add(u"word/styles.xml"_s, docx::styles(accent, page.contentWidth()));
    package.add(u"word/numbering.xml"_s, docx::numbering(body.numberedLists()));
    package.add(u"word/settings.xml"_s, docx::settings());
    package.add(u"word/header1.xml"_s, docx::header(header, accent));
    package.add(u"word/footer1.xml"_s, docx::footer(plan.cover.footer));
    for (const auto &file : body.media())
        package.add(u"word/"_s + file.media.target, file.bytes, true); // PNG is compressed already
    return package.close();
}

} // namespace bw
