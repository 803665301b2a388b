// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QString>

namespace bw {

// Why a project file could not be opened or written. `message` is one line for people and
// always names the file.
struct FileError {
    // Invalid: the project holds a value validate() refuses (the message names the item).
    enum Kind { None, Missing, Unreadable, NotSqlite, Foreign, Corrupt, Newer, ReadOnly, WriteFailed, Invalid };
    Kind kind = None;
    QString message;
    explicit operator bool() const { return kind != None; }
};

struct LoadResult {
    Project project;
    FileError error;
    bool migrated = false; // the file was written by an older Blendwise and was upgraded in memory
};

// The .blendwise file: one SQLite database. Opening never modifies the file; saving is atomic
// (the file holds either the old or the new project, whatever happens during the save; see
// atomicReplace()). Both run the one validation of a Project (model/projectvalidation.h): a
// file whose project validate() refuses does not open, a project it refuses is not saved.
class ProjectFile
{
public:
    static constexpr qint32 ApplicationId = 0x426C6E64; // "Blnd"
    static int schemaVersion();

    static LoadResult load(const QString &path);
    static FileError save(const Project &project, const QString &path);
};

} // namespace bw
