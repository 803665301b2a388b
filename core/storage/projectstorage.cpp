// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectstorage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace bw {

QString FileProjectStorage::pathOf(const QString &uri)
{
    if (uri.startsWith(u"file:"_s))
        return QUrl(uri).toLocalFile();
    return uri;
}

bool FileProjectStorage::handles(const QString &uri) const
{
    // A path, or a file: URL; any other scheme ("postgresql:") is another backend's. One-letter
    // "schemes" are Windows drive letters.
    const qsizetype colon = uri.indexOf(u':');
    return colon <= 1 || uri.startsWith(u"file:"_s) || uri.left(colon).contains(u'/');
}

LoadResult FileProjectStorage::read(const QString &uri)
{
    return ProjectFile::load(pathOf(uri));
}

FileError FileProjectStorage::write(const Project &project, const QString &uri)
{
    return ProjectFile::save(project, pathOf(uri));
}

QList<StorageEntry> FileProjectStorage::list(const QString &location, FileError *error)
{
    const QDir dir(pathOf(location));
    if (!dir.exists()) {
        *error = { FileError::Missing,
            QCoreApplication::translate("bw::ProjectStorage", "The folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(dir.path())) };
        return {};
    }
    QList<StorageEntry> entries;
    for (const QFileInfo &info : dir.entryInfoList({ u"*.blendwise"_s }, QDir::Files, QDir::Name))
        entries.append({ info.filePath(), info.completeBaseName(), info.lastModified(), {} });
    *error = {};
    return entries;
}

} // namespace bw
