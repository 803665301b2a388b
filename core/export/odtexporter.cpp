// SPDX-License-Identifier: GPL-3.0-or-later
#include "odtexporter.h"

#include "exportprogress.h"
#include "odtbodywriter.h"
#include "odtparts.h"
#include "officepackage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bw {

QString OdtExporter::key() const
{
    return u"odt"_s;
}

QString OdtExporter::fileSuffix() const
{
    return u"odt"_s;
}

QString OdtExporter::label() const
{
    return QCoreApplication::translate("bw::OdtExporter", "OpenDocument text (ODT)");
}

QString OdtExporter::write(const plan::Plan &plan, const Project &, const ExportOptions &options, QIODevice &out,
                           const ExportControl &control) const
{
    const odt::PageGeometry page = odt::PageGeometry::forPaper(options.paper);
    const QColor accent = plan.cover.accentColour();
    ExportProgress progress(plan, control);
    OdtBodyWriter body(plan, page);
    body.setProgress(&progress);
    const QByteArray content = body.write();
    if (progress.cancelled())
        return {}; // nothing packaged: the service discards the file
    QStringList pictures;
    for (const auto &picture : body.pictures())
        pictures.append(picture.path);
    QString header = plan.cover.title.simplified();
    if (!plan.cover.client.trimmed().isEmpty())
        header += u" · "_s + plan.cover.client.simplified();

    OfficePackage package(out);
    package.add(u"mimetype"_s, QByteArray(odt::kMimeType), true);
    package.add(u"content.xml"_s, content);
    package.add(u"styles.xml"_s, odt::styles(accent, page, header, plan.cover.footer));
    package.add(u"meta.xml"_s, odt::meta(plan.cover.title, plan.cover.author, plan.cover.language));
    for (const auto &picture : body.pictures())
        package.add(picture.path, picture.bytes, true);
    package.add(u"META-INF/manifest.xml"_s, odt::manifest(pictures));
    return package.close();
}

} // namespace bw
