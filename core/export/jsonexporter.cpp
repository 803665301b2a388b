// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexporter.h"

#include "exportprogress.h"
#include "interchange/jsoninterchange.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace bw {

QString JsonExporter::key() const { return u"json"_s; }
QString JsonExporter::fileSuffix() const { return u"json"_s; }
QString JsonExporter::label() const
{
    return QCoreApplication::translate("bw::JsonExporter", "Blendwise interchange (JSON)");
}

QString JsonExporter::write(const plan::Plan &, const Project &project, const ExportOptions &,
                            QIODevice &out, const ExportControl &control) const
{
    // One step: the interchange writer serialises the project in one go.
    ExportProgress progress(1, control);
    if (progress.cancelled())
        return {};
    const QByteArray bytes = projectToJson(project);
    progress.advance();
    if (out.write(bytes) != bytes.size())
        return out.errorString();
    return {};
}

} // namespace bw
