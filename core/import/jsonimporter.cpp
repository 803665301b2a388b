// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonimporter.h"

#include "interchange/jsoninterchange.h"

namespace bw {

QString JsonImporter::label() const
{
    return tr("Blendwise plan (JSON)");
}

int JsonImporter::detect(const QByteArray &head, const QString &fileName) const
{
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith('{') && head.contains("\"blendwise-plan\""))
        return 100;
    return fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) && trimmed.startsWith('{') ? 20 : 0;
}

ImportResult JsonImporter::read(const QByteArray &data, const QString &, const ImportOptions &) const
{
    ImportResult result;
    JsonImportResult imported = projectFromJson(data);
    if (!imported.project) {
        result.error = imported.error;
        return result;
    }
    result.project = std::move(imported.project);
    for (const QString &w : std::as_const(imported.warnings))
        result.notes.append({ ImportNote::Kind::Warning, {}, w, 0, {} });
    return result;
}

} // namespace bw
