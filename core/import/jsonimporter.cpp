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
    // Any other .json is Blendwise's until a format that knows its content says otherwise: its
    // reader tells what is wrong with it (UTF-16, not an object) better than "unknown format".
    if (!fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return 0;
    return trimmed.startsWith('{') ? 20 : 10;
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
