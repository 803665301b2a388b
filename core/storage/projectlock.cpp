// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectlock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

QString lockPathFor(const QString &projectPath)
{
    const QFileInfo project(projectPath);
    const QFileInfo folder(project.absolutePath());
    if (folder.isDir() && folder.isWritable())
        return project.absoluteFilePath() + u".lock"_s;
    // Name the fallback after the full path so that two projects called plan.blendwise in
    // different read-only folders do not share a lock.
    const QByteArray hash = QCryptographicHash::hash(project.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir::temp().filePath(u"blendwise-%1.lock"_s.arg(QString::fromLatin1(hash.left(16))));
}

std::unique_ptr<QLockFile> makeLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    // Age alone never makes a lock stale: a studio may keep a project open for days. Only a
    // holder that is no longer running does.
    lock->setStaleLockTime(0);
    return lock;
}

} // namespace

ProjectLock::ProjectLock(const QString &projectPath)
    : m_lockPath(lockPathFor(projectPath))
    , m_lock(makeLock(m_lockPath))
{
}

ProjectLock::~ProjectLock() = default; // QLockFile releases in its destructor

bool ProjectLock::tryLock()
{
    return m_lock->isLocked() || m_lock->tryLock(0);
}

void ProjectLock::unlock()
{
    m_lock->unlock();
}

bool ProjectLock::isLocked() const
{
    return m_lock->isLocked();
}

bool ProjectLock::isLockedByOther() const
{
    if (m_lock->isLocked())
        return false;
    auto probe = makeLock(m_lockPath);
    if (probe->tryLock(0)) {
        probe->unlock();
        return false;
    }
    return probe->error() == QLockFile::LockFailedError;
}

ProjectLock::Holder ProjectLock::holder() const
{
    Holder h;
    if (!m_lock->getLockInfo(&h.pid, &h.hostname, &h.application))
        return {};
    const QFileInfo file(m_lockPath);
    h.user = file.owner();
    h.lockedAt = file.lastModified().toUTC();
    return h;
}

bool ProjectLock::Holder::isThisProcess() const
{
    return pid == QCoreApplication::applicationPid() && !isOtherMachine();
}

bool ProjectLock::Holder::isOtherMachine() const
{
    return pid != 0 && hostname != QSysInfo::machineHostName();
}

bool ProjectLock::takeOver()
{
    if (tryLock())
        return true;
    const Holder h = holder();
    // On this machine QLockFile already takes over from a dead holder; a live one stays.
    if (!h.isOtherMachine())
        return false;
    // removeStaleLockFile() also fails while a process (even over the share) holds the file's
    // native lock, so a holder that demonstrably still runs keeps it.
    if (!m_lock->removeStaleLockFile())
        return false;
    return m_lock->tryLock(0);
}

} // namespace bw
