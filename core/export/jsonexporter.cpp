// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonexporter.h"

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
                            QIODevice &out) const
{
    const QByteArray bytes = projectToJson(project);
    if (out.write(bytes) != bytes.size())
        return out.errorString();
    return {};
}

} // namespace bw
