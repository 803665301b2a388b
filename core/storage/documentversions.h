// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QDateTime>
#include <QString>

namespace bw {

class Document;

// Named versions of an open document (Project::versions). A version holds a snapshot of the
// whole plan as a project file (VersionSnapshot), so marking, opening and restoring one needs
// the project file's reader and writer: they live here, in storage, and the document itself
// knows no file format (it adds and removes Version values as undo steps).
namespace DocumentVersions {

// Marks the plan as it is now as version `name` (one undo step; the cover's version number
// follows, see Document::addVersion). Returns the new version's id, or 0 with the reason in
// `error` (the project cannot be written; read-only).
Id mark(
    Document &document, const QString &name, const QString &note, const QDateTime &created, QString *error = nullptr);

// The plan as version `id` holds it (without versions); an error when it cannot be read.
struct Content {
    Project project;
    QString error;
};
Content content(const Document &document, Id id);

// Puts the plan back as version `id` holds it, as one undo step; the versions stay.
bool restore(Document &document, Id id, QString *error = nullptr);

} // namespace DocumentVersions

} // namespace bw
