// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentversions.h"

#include "commands/command.h"
#include "document/document.h"
#include "versionsnapshot.h"

#include <QCoreApplication>

namespace bw::DocumentVersions {

namespace {

// The texts were the document's before versions moved here; they keep its translation context.
QString tr(const char *text)
{
    return QCoreApplication::translate("bw::Document", text);
}

} // namespace

Id mark(Document &document, const QString &name, const QString &note, const QDateTime &created, QString *error)
{
    if (document.isReadOnly()) {
        if (error)
            *error = tr("The project is open read-only.");
        return 0;
    }
    FileError failure;
    Version v;
    v.snapshot = VersionSnapshot::make(document.project(), &failure);
    if (v.snapshot.isEmpty()) {
        if (error)
            *error = failure.message;
        return 0;
    }
    v.name = name;
    v.note = note;
    v.created = created;
    return document.addVersion(std::move(v), error);
}

Content content(const Document &document, Id id)
{
    const Version *v = document.version(id);
    if (!v)
        return { {}, tr("There is no such version.") };
    LoadResult loaded = VersionSnapshot::load(v->snapshot, v->name);
    if (loaded.error)
        return { {}, loaded.error.message };
    return { std::move(loaded.project), {} };
}

bool restore(Document &document, Id id, QString *error)
{
    if (document.isReadOnly()) {
        if (error)
            *error = tr("The project is open read-only.");
        return false;
    }
    Content c = content(document, id);
    if (!c.error.isEmpty()) {
        if (error)
            *error = c.error;
        return false;
    }
    return document.replaceContent(
        tr("Restore version %1").arg(Command::quoted(document.version(id)->name)), std::move(c.project), error);
}

} // namespace bw::DocumentVersions
