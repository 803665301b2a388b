// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicreplace.h"

#include "projectlock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// The messages were ProjectFile's before they moved here; their context stays, and with it
// their translations.
// The context of this file's texts, declared so that lupdate files them under it too.
class Texts {
    Q_DECLARE_TR_FUNCTIONS(bw::ProjectFile)
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

FileError saveError(FileError::Kind kind, const QString &path, const QString &why)
{
    return { kind, Texts::tr("Cannot save “%1”: %2").arg(shown(path), why) };
}

bool fsyncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

// A save writes ".NAME.RANDOM.saving" beside NAME and holds a ProjectLock on it
// (".NAME.RANDOM.saving.lock") until the rename. A killed save leaves both behind; its lock then
// names a process that no longer runs, so the lock can be taken and the file removed at once.
// A lock that cannot be taken is a save in progress, here or in another process. A temporary
// file without any lock file is from a Blendwise that took no lock: only its age (10 minutes)
// shows that its save is over.
void removeStaleSaves(const QString &targetPath)
{
    const QFileInfo target(targetPath);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isWritable())
        return;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-10 * 60);
    const QString prefix = u"."_s + target.fileName() + u"."_s;
    const auto entries = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        if (!name.startsWith(prefix))
            continue;
        QString saving;
        if (name.endsWith(u".saving.lock"_s))
            saving = entry.absoluteFilePath().chopped(5);
        else if (name.endsWith(u".saving"_s))
            saving = entry.absoluteFilePath();
        else
            continue;
        const bool guarded = QFileInfo::exists(saving + u".lock"_s);
        ProjectLock lock(saving);
        if (!lock.tryLock())
            continue;
        const QFileInfo file(saving);
        if (file.exists() && (guarded || file.lastModified().toUTC() < before))
            QFile::remove(saving);
        lock.unlock();
    }
}


FileError atomicReplace(const QString &path, const std::function<QString(const QString &temporaryPath)> &write)
{
    QFileInfo target(path);
    // Saving through a symbolic link replaces the file it points to, not the link.
    if (target.isSymLink())
        target = QFileInfo(target.symLinkTarget());
    const QString finalPath = target.absoluteFilePath();
    const QFileInfo folder(target.absolutePath());

    if (!folder.exists())
        return saveError(
            FileError::WriteFailed, path, Texts::tr("the folder “%1” does not exist.").arg(shown(folder.filePath())));
    if (!folder.isDir())
        return saveError(
            FileError::WriteFailed, path, Texts::tr("“%1” is a file, not a folder.").arg(shown(folder.filePath())));
    if (target.isDir())
        return saveError(FileError::WriteFailed, path, Texts::tr("it is a folder."));
    if (target.exists() && !target.isWritable())
        return saveError(FileError::ReadOnly, path, Texts::tr("the file is read-only."));
    if (!folder.isWritable())
        return saveError(
            FileError::ReadOnly, path, Texts::tr("the folder “%1” is read-only.").arg(shown(folder.filePath())));

    // The new version is written beside the old one (same file system, so the final rename is
    // atomic): whatever happens, the target holds either the old or the new content.
    const QString tmp
        = QDir(folder.absoluteFilePath())
              .filePath(u".%1.%2.saving"_s.arg(target.fileName()).arg(QRandomGenerator::global()->generate64(), 0, 36));
    // Held while the temporary file exists, so that a save or open of the same file elsewhere
    // can tell this save in progress from one that was killed (removeStaleSaves).
    ProjectLock savingLock(tmp);
    savingLock.tryLock();
    const auto fail = [&](FileError::Kind kind, const QString &why) {
        QFile::remove(tmp);
        return saveError(kind, path, why);
    };

    if (const QString why = write(tmp); !why.isEmpty())
        return fail(FileError::WriteFailed, Texts::tr("the project could not be written (%1).").arg(why));
    // The mode bits as they are: QFileInfo::permissions() mixes in what the current user may do
    // (for root a 0444 file reads as writable), and QFile::setPermissions would then make it 0644.
    struct stat targetStatus { };
    if (::stat(QFile::encodeName(finalPath).constData(), &targetStatus) == 0
        && ::chmod(QFile::encodeName(tmp).constData(), targetStatus.st_mode & 07777) != 0)
        return fail(FileError::WriteFailed, Texts::tr("the file permissions could not be kept."));
    if (!fsyncPath(tmp, O_RDONLY))
        return fail(FileError::WriteFailed,
            Texts::tr("the data could not be flushed to disk (%1).").arg(qt_error_string(errno)));
    if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(finalPath).constData()) != 0) {
        const int err = errno;
        return fail(err == EROFS || err == EACCES || err == EPERM ? FileError::ReadOnly : FileError::WriteFailed,
            Texts::tr("the file could not be replaced (%1).").arg(qt_error_string(err)));
    }
    // Makes the rename itself durable; if this fails the new file is in place already and a
    // crash could at worst bring back the old one, so it is not reported as a failure.
    fsyncPath(folder.absoluteFilePath(), O_RDONLY | O_DIRECTORY);
    savingLock.unlock();
    removeStaleSaves(finalPath);
    return {};
}

} // namespace bw
