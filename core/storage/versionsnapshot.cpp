// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionsnapshot.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace bw::VersionSnapshot {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bw::VersionSnapshot", text);
}

FileError failure(FileError::Kind kind, const QString &message)
{
    return { kind, message };
}

} // namespace

QByteArray make(const Project &project, FileError *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        if (error)
            *error
                = failure(FileError::WriteFailed, tr("Cannot mark the version: no temporary folder to write it in."));
        return {};
    }
    Project copy = project;
    copy.versions.clear();
    const QString path = dir.filePath(u"version.blendwise"_s);
    if (const FileError saved = ProjectFile::save(copy, path)) {
        if (error)
            *error = saved;
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = failure(FileError::WriteFailed, tr("Cannot mark the version: %1").arg(file.errorString()));
        return {};
    }
    return qCompress(file.readAll(), 6);
}

LoadResult load(const QByteArray &snapshot, const QString &label)
{
    LoadResult result;
    auto damaged = [&result, &label] {
        result.error = failure(FileError::Corrupt, tr("The version “%1” is damaged and cannot be opened.").arg(label));
        return result;
    };
    // qCompress puts the expanded size in front, big-endian; check it before qUncompress
    // allocates that much.
    if (snapshot.size() < 4)
        return damaged();
    const quint32 expanded = qFromBigEndian<quint32>(snapshot.constData());
    if (expanded == 0 || expanded > MaxExpandedBytes)
        return damaged();
    const QByteArray bytes = qUncompress(snapshot);
    if (bytes.size() != qsizetype(expanded))
        return damaged();
    QTemporaryDir dir;
    if (!dir.isValid()) {
        result.error
            = failure(FileError::Unreadable, tr("Cannot open the version “%1”: no temporary folder.").arg(label));
        return result;
    }
    const QString path = dir.filePath(u"version.blendwise"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            result.error
                = failure(FileError::Unreadable, tr("Cannot open the version “%1”: %2").arg(label, file.errorString()));
            return result;
        }
    }
    result = ProjectFile::load(path);
    if (result.error) {
        // ProjectFile names the temporary file; the designer knows the version by its name.
        result.error.message = tr("The version “%1” cannot be opened: %2").arg(label, result.error.message);
        return result;
    }
    result.project.versions.clear(); // a snapshot has none; a hostile one is not nested
    return result;
}

} // namespace bw::VersionSnapshot
