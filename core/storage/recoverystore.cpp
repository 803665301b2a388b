// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverystore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

constexpr QLatin1StringView SidecarFormat("blendwise-recovery");

QString shortHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

// The context of this file's texts, declared so that lupdate files them under it too.
class Texts {
    Q_DECLARE_TR_FUNCTIONS(bw::RecoveryStore)
};

} // namespace

RecoveryStore::RecoveryStore(QString directory)
    : m_dir(std::move(directory))
{
}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

// File names come from hashes: session keys and paths may hold characters no file system takes.
QString RecoveryStore::sessionStem(const QString &sessionKey) const
{
    return u"session-"_s + shortHash(sessionKey);
}

QString RecoveryStore::lockPath(const QString &sessionKey) const
{
    return QDir(m_dir).filePath(sessionStem(sessionKey) + u".lock"_s);
}

bool RecoveryStore::holdSession(const QString &sessionKey)
{
    auto &lock = m_locks[sessionKey];
    if (lock && lock->isLocked())
        return true;
    lock = std::make_unique<QLockFile>(lockPath(sessionKey));
    lock->setStaleLockTime(0); // only a dead holder makes a session lock stale
    return lock->tryLock(0);
}

QString RecoveryStore::write(const Project &project, const QString &originalPath, const QString &sessionKey)
{
    QMutexLocker locker(&m_mutex);
    if (!QDir().mkpath(m_dir))
        return Texts::tr("Cannot write a recovery copy: the folder “%1” cannot be created.")
            .arg(QDir::toNativeSeparators(m_dir));
    if (!holdSession(sessionKey))
        return Texts::tr("Cannot write a recovery copy: another running studio uses the session “%1”.").arg(sessionKey);

    const QString stem = sessionStem(sessionKey) + u'-'
        + (originalPath.isEmpty() ? u"untitled"_s : shortHash(QFileInfo(originalPath).absoluteFilePath()));
    const QDir dir(m_dir);
    if (const FileError error = ProjectFile::save(project, dir.filePath(stem + u".blendwise"_s)))
        return error.message;

    QJsonObject meta{{u"format"_s, QString(SidecarFormat)},
                     {u"version"_s, 1},
                     {u"sessionKey"_s, sessionKey},
                     {u"originalPath"_s, originalPath.isEmpty() ? QString() : QFileInfo(originalPath).absoluteFilePath()},
                     {u"title"_s, project.info.title},
                     {u"savedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    QSaveFile sidecar(dir.filePath(stem + u".json"_s));
    if (!sidecar.open(QIODevice::WriteOnly) || sidecar.write(QJsonDocument(meta).toJson()) < 0 || !sidecar.commit())
        return Texts::tr("Cannot write a recovery copy: %1").arg(sidecar.errorString());
    return {};
}

QList<RecoveryEntry> RecoveryStore::entries() const
{
    QMutexLocker locker(&m_mutex);
    QList<RecoveryEntry> out;
    const QDir dir(m_dir);
    QSet<QString> live, dead;
    const QStringList sidecars = dir.entryList({u"session-*.json"_s}, QDir::Files);
    for (const QString &name : sidecars) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(file.readAll()).object();
        if (meta.value("format"_L1).toString() != SidecarFormat)
            continue;
        RecoveryEntry e;
        e.recoveryPath = dir.filePath(QFileInfo(name).completeBaseName() + u".blendwise"_s);
        e.originalPath = meta.value("originalPath"_L1).toString();
        e.title = meta.value("title"_L1).toString();
        e.savedAt = QDateTime::fromString(meta.value("savedAt"_L1).toString(), Qt::ISODateWithMs);
        e.sessionKey = meta.value("sessionKey"_L1).toString();
        if (!QFileInfo::exists(e.recoveryPath) || live.contains(e.sessionKey))
            continue;
        if (!dead.contains(e.sessionKey)) {
            if (m_locks.count(e.sessionKey) && m_locks.at(e.sessionKey)->isLocked()) {
                live.insert(e.sessionKey);
                continue;
            }
            // Taking the lock proves its holder is gone; let it go at once so that the studio
            // that recovers the session does not inherit it.
            QLockFile probe(lockPath(e.sessionKey));
            probe.setStaleLockTime(0);
            if (!probe.tryLock(0)) {
                live.insert(e.sessionKey);
                continue;
            }
            probe.unlock();
            dead.insert(e.sessionKey);
        }
        out.append(e);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.savedAt > b.savedAt; });
    return out;
}

LoadResult RecoveryStore::load(const RecoveryEntry &entry) const
{
    return ProjectFile::load(entry.recoveryPath);
}

RecoveryState RecoveryStore::compare(const RecoveryEntry &entry) const
{
    if (entry.originalPath.isEmpty())
        return RecoveryState::Untitled;
    const QFileInfo file(entry.originalPath);
    if (!file.exists())
        return RecoveryState::FileMissing;
    // Same content first: then the copy holds nothing the file lacks, whatever the times say.
    const LoadResult copy = load(entry);
    const LoadResult original = ProjectFile::load(entry.originalPath);
    if (!copy.error && !original.error && copy.project == original.project)
        return RecoveryState::SameAsFile;
    // A save after the copy means the file holds work done after the crash (or in another
    // studio): the copy is older. File times have a resolution of a second on some systems.
    if (entry.savedAt.isValid() && file.lastModified().toUTC() > entry.savedAt)
        return RecoveryState::FileIsNewer;
    return RecoveryState::CopyIsNewer;
}

int RecoveryStore::discardEndedCopiesOf(const QString &originalPath)
{
    const QString absolute = QFileInfo(originalPath).absoluteFilePath();
    int dropped = 0;
    for (const RecoveryEntry &e : entries()) // only ended sessions' copies
        if (!e.originalPath.isEmpty() && e.originalPath == absolute) {
            discard(e);
            ++dropped;
        }
    return dropped;
}

void RecoveryStore::discard(const RecoveryEntry &entry)
{
    QMutexLocker locker(&m_mutex);
    const QFileInfo copy(entry.recoveryPath);
    // Only ever delete inside the recovery folder, whatever the entry says.
    if (QFileInfo(copy.absolutePath()) != QFileInfo(m_dir))
        return;
    QFile::remove(copy.absoluteFilePath());
    QFile::remove(copy.absolutePath() + u'/' + copy.completeBaseName() + u".json"_s);
}

void RecoveryStore::discardSession(const QString &sessionKey)
{
    QMutexLocker locker(&m_mutex);
    const QDir dir(m_dir);
    const QString stem = sessionStem(sessionKey);
    for (const QString &name : dir.entryList({stem + u"-*"_s}, QDir::Files))
        QFile::remove(dir.filePath(name));
    if (auto it = m_locks.find(sessionKey); it != m_locks.end()) {
        it->second->unlock();
        m_locks.erase(it);
    }
}

} // namespace bw
