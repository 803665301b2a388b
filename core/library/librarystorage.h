// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "libraryconnection.h"
#include "storage/projectstorage.h"
#include "teamlibrary.h"

#include <QHash>

#include <memory>

namespace bw {

// The team library's templates as a ProjectStorage. URI (like QGIS's postgres project storage):
//   postgresql://[user@]host[:port]/dbname?template=NAME[&schema=S][&sslmode=M][&service=SVC]
//   postgresql:?service=SVC&template=NAME      (everything from pg_service.conf / PG* variables)
// read() remembers the version it read per URI; write() updates only that version, so a
// colleague's publish in between fails the write with a message naming who and when (never a
// silent overwrite). A URI never holds a password: libpq takes it from ~/.pgpass.
class LibraryProjectStorage : public ProjectStorage {
public:
    QString scheme() const override { return QStringLiteral("postgresql"); }
    bool handles(const QString &uri) const override;
    LoadResult read(const QString &uri) override;
    FileError write(const Project &project, const QString &uri) override;
    QList<StorageEntry> list(const QString &location, FileError *error) override;

    // The connection settings and template name of a URI; nullopt when it is not one.
    struct Location {
        LibrarySettings settings;
        QString templateName;
    };
    static std::optional<Location> parse(const QString &uri);
    static QString uri(const LibrarySettings &settings, const QString &templateName);

    // The last LibraryError (a Conflict's changedBy/At), beside the FileError the interface returns.
    const LibraryError &lastLibraryError() const { return m_lastError; }

private:
    QHash<QString, LibraryMeta> m_seen;
    LibraryError m_lastError;
};

// The backend for a URI: the team library for postgresql: URIs, the .blendwise file otherwise.
std::unique_ptr<ProjectStorage> projectStorageFor(const QString &uri);

} // namespace bw
