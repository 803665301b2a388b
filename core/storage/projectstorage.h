// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectfile.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bw {

// A place projects are read from and written to, named by URI: a .blendwise file (a path or a
// file: URL) or a template of the team library ("postgresql://host:port/db?template=NAME", see
// library/librarystorage.h). Callers that only know paths keep using ProjectFile, which the file
// backend wraps unchanged.
struct StorageEntry {
    QString uri; // what read() takes
    QString name; // for people: the file's or template's name
    QDateTime modified;
    QString modifiedBy; // empty for files
};

class ProjectStorage {
public:
    virtual ~ProjectStorage() = default;

    virtual QString scheme() const = 0; // "file", "postgresql"
    virtual bool handles(const QString &uri) const = 0;
    virtual LoadResult read(const QString &uri) = 0;
    virtual FileError write(const Project &project, const QString &uri) = 0;
    // The projects at a location (a folder; a library URI without template=).
    virtual QList<StorageEntry> list(const QString &location, FileError *error) = 0;
};

// The .blendwise SQLite file: ProjectFile::load and ::save, behaviour unchanged.
class FileProjectStorage : public ProjectStorage {
public:
    QString scheme() const override { return QStringLiteral("file"); }
    bool handles(const QString &uri) const override;
    LoadResult read(const QString &uri) override;
    FileError write(const Project &project, const QString &uri) override;
    QList<StorageEntry> list(const QString &location, FileError *error) override;

    static QString pathOf(const QString &uri); // "file:///a/b" → "/a/b"; a path stays a path
};

// projectStorageFor(uri), which picks the backend, lives with the library
// (library/librarystorage.h): storage does not depend on the library, the library on storage.

} // namespace bw
