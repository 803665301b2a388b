// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectfile.h"

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QMutex>
#include <QString>

#include <map>
#include <memory>

namespace bw {

// A recovery copy left by a studio that did not close normally.
struct RecoveryEntry {
    QString recoveryPath; // the copy (a .blendwise file inside the recovery folder)
    QString originalPath; // the project it is a copy of; empty for an untitled project
    QString title;        // project title at the time of the copy
    QDateTime savedAt;    // when the copy was written (UTC)
    QString sessionKey;   // the studio session that wrote it

    friend bool operator==(const RecoveryEntry &, const RecoveryEntry &) = default;
};

// How a recovery copy relates to the project file it is a copy of, now.
enum class RecoveryState {
    Untitled, // the project was never saved: nothing to compare with
    CopyIsNewer, // the file has not changed since the copy was written: recover it
    FileIsNewer, // the file was saved after the copy: recovering would bring back older work
    SameAsFile, // the file holds exactly the copy's work: nothing is lost by discarding it
    FileMissing, // the file is gone (moved or deleted): the copy is the only one
};

// Crash recovery: periodic copies of unsaved projects, kept away from the user's files.
//
// Each copy is a complete .blendwise written atomically (ProjectFile::save) plus a small JSON
// sidecar describing it. A studio session holds a lock per session key while it has copies, so
// entries() offers only copies of sessions that are no longer running: a second studio never
// offers to "recover" the work the first one is still doing. Safe to use from a worker thread.
class RecoveryStore
{
public:
    explicit RecoveryStore(QString directory = defaultDirectory());
    ~RecoveryStore(); // releases this process's session locks; the copies stay
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    // AppDataLocation/recovery.
    static QString defaultDirectory();
    const QString &directory() const { return m_dir; }

    // Writes (or replaces) the copy of one project of this session; `originalPath` is empty for
    // an untitled project (one untitled copy per session key). The original is never touched.
    // Returns an empty string on success, otherwise a one-line message.
    QString write(const Project &project, const QString &originalPath, const QString &sessionKey);

    // Copies left by sessions that are no longer running, newest first.
    QList<RecoveryEntry> entries() const;
    LoadResult load(const RecoveryEntry &entry) const;
    // Compares the copy with its file, by time and then by content.
    RecoveryState compare(const RecoveryEntry &entry) const;
    void discard(const RecoveryEntry &entry);
    // Drops the copies that ended sessions left of `originalPath`: call once that path was
    // saved, since its file then holds newer work than any of them. Copies of running sessions
    // stay. Returns how many copies were dropped.
    int discardEndedCopiesOf(const QString &originalPath);
    // Removes every copy of a session and releases its lock (call on a clean exit).
    void discardSession(const QString &sessionKey);

private:
    QString sessionStem(const QString &sessionKey) const;
    QString lockPath(const QString &sessionKey) const;
    bool holdSession(const QString &sessionKey);

    QString m_dir;
    mutable QMutex m_mutex;
    std::map<QString, std::unique_ptr<QLockFile>> m_locks; // by session key
};

} // namespace bw
