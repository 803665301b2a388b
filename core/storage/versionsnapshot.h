// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectfile.h"

#include <QByteArray>

namespace bw {

// Snapshots of a whole project for named versions (Project::versions): the project file
// ProjectFile::save() writes for it, without versions of its own, zlib-compressed. Reading one
// back goes through ProjectFile::load(), so an old snapshot is migrated and validated exactly as
// an old file is, and ids come back as they were.
namespace VersionSnapshot {

// Largest project file a snapshot may expand to: a damaged or hostile snapshot that claims more
// is refused before any memory is taken for it.
constexpr qint64 MaxExpandedBytes = 512 * 1024 * 1024;

// The snapshot of `project` (its versions left out); empty, with the reason in `error`, when
// the project cannot be written (validate() refuses it, or the temporary folder is unusable).
QByteArray make(const Project &project, FileError *error = nullptr);

// The project a snapshot holds (with no versions). The error names `label` (the version's name)
// instead of a temporary file.
LoadResult load(const QByteArray &snapshot, const QString &label);

} // namespace VersionSnapshot

} // namespace bw
