// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>

namespace bw {

// Tells two studios apart that would otherwise both edit, and then overwrite, the same
// project: a lock file "<project>.lock" beside the project (or in the temporary folder when
// the project's folder cannot be written). A lock left by a process that no longer runs on this
// machine is taken over; a live one is never broken, however old it is.
class ProjectLock
{
public:
    explicit ProjectLock(const QString &projectPath);
    ~ProjectLock(); // releases the lock if held
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    // True when this object holds the lock afterwards.
    bool tryLock();
    void unlock();
    bool isLocked() const;
    // Another running process (or another ProjectLock in this one) holds the lock.
    bool isLockedByOther() const;

    struct Holder {
        qint64 pid = 0;
        QString hostname;
        QString application;
        QString user; // owner of the lock file
        QDateTime lockedAt; // when the lock file was written
        // The holder is this very process (another window of this studio, or this one).
        bool isThisProcess() const;
        // The holder runs on another machine (a project on a network share): whether it is
        // still running cannot be checked from here.
        bool isOtherMachine() const;
    };
    // Who holds the lock, as written in the lock file; pid 0 when nobody does.
    Holder holder() const;

    // Breaks a lock that cannot be proven stale from here (its holder is on another machine,
    // which may have crashed) and takes it. The person must have been warned: if the holder is
    // in fact still running, both will edit the file. A lock held by a live process on this
    // machine is never broken. True when this object holds the lock afterwards.
    bool takeOver();

    QString lockFilePath() const { return m_lockPath; }

private:
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace bw
