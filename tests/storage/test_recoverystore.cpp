// SPDX-License-Identifier: GPL-3.0-or-later
#include "filefingerprint.h"
#include "qtprint.h"
#include "sampleproject.h"
#include "storage/recoverystore.h"

#include <QDir>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace bw;

TEST_CASE("Recovery copies are offered only once their session has ended")
{
    QTemporaryDir dir;
    const QString recoveryDir = dir.filePath(u"recovery"_s);
    const QString original = dir.filePath(u"plan.blendwise"_s);
    REQUIRE_FALSE(ProjectFile::save(test::taggedProject(u"A"_s, 3), original));
    const auto originalBefore = test::FileFingerprint::of(original);

    const Project edited = test::fullSampleProject();
    const Project untitled = test::taggedProject(u"U"_s, 2);
    auto running = std::make_unique<RecoveryStore>(recoveryDir);
    REQUIRE(running->write(edited, original, u"session-1"_s).isEmpty());
    REQUIRE(running->write(untitled, QString(), u"session-1"_s).isEmpty());
    // A second write replaces the first copy of the same project.
    REQUIRE(running->write(edited, original, u"session-1"_s).isEmpty());
    CHECK(test::FileFingerprint::of(original) == originalBefore);

    RecoveryStore other(recoveryDir);
    CHECK(other.entries().isEmpty()); // session-1 is still running

    running.reset(); // the studio went away without discarding its copies
    const QList<RecoveryEntry> entries = other.entries();
    REQUIRE(entries.size() == 2);
    const auto named = std::find_if(entries.begin(), entries.end(), [](const auto &e) { return !e.originalPath.isEmpty(); });
    REQUIRE(named != entries.end());
    CHECK(named->originalPath == QFileInfo(original).absoluteFilePath());
    CHECK(named->title == edited.info.title);
    CHECK(named->sessionKey == u"session-1"_s);
    CHECK(qAbs(named->savedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const LoadResult loaded = other.load(*named);
    REQUIRE_FALSE(loaded.error);
    CHECK(loaded.project == edited);

    const auto unnamed = std::find_if(entries.begin(), entries.end(), [](const auto &e) { return e.originalPath.isEmpty(); });
    REQUIRE(unnamed != entries.end());
    CHECK(other.load(*unnamed).project == untitled);

    other.discard(*named);
    CHECK(other.entries() == QList<RecoveryEntry>{*unnamed});
    other.discardSession(u"session-1"_s);
    CHECK(other.entries().isEmpty());
    CHECK(QDir(recoveryDir).entryList({u"*.blendwise"_s, u"*.json"_s}, QDir::Files).isEmpty());
    CHECK(test::FileFingerprint::of(original) == originalBefore);
}

TEST_CASE("Copies of a session whose process died are offered")
{
    QTemporaryDir dir;
    const QString recoveryDir = dir.filePath(u"recovery"_s);
    {
        RecoveryStore crashed(recoveryDir);
        REQUIRE(crashed.write(test::taggedProject(u"C"_s, 1), QString(), u"crashed"_s).isEmpty());
    }
    // A killed studio cannot remove its session lock: put back one that names an ended process.
    RecoveryStore probe(recoveryDir);
    const QList<RecoveryEntry> before = probe.entries();
    REQUIRE(before.size() == 1);
    const QString session = QFileInfo(before.first().recoveryPath).completeBaseName().section(u'-', 0, 1);
    QProcess ended;
    ended.start(u"true"_s, {});
    REQUIRE(ended.waitForStarted());
    const qint64 pid = ended.processId();
    REQUIRE(ended.waitForFinished());
    QFile staleLock(QDir(recoveryDir).filePath(session + u".lock"_s));
    REQUIRE(staleLock.open(QIODevice::WriteOnly));
    staleLock.write(QByteArray::number(pid) + "\nblendwise\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    staleLock.close();

    CHECK(probe.entries() == before);
    CHECK(probe.load(before.first()).project == test::taggedProject(u"C"_s, 1));
}

TEST_CASE("A recovery store that cannot create its folder reports it")
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    RecoveryStore store(dir.filePath(u"file/recovery"_s));
    const QString error = store.write(test::taggedProject(u"A"_s, 1), QString(), u"s"_s);
    CHECK(error.contains(dir.filePath(u"file/recovery"_s)));
}

namespace {
// Sets a file's modification time, so that "saved after the copy" does not depend on the
// file system's time resolution or on sleeping.
void setModified(const QString &path, const QDateTime &when)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(when, QFileDevice::FileModificationTime));
}
} // namespace

TEST_CASE("A recovery copy is compared with its file by time and content")
{
    QTemporaryDir dir;
    const QString recoveryDir = dir.filePath(u"recovery"_s);
    const QString original = dir.filePath(u"plan.blendwise"_s);
    const Project copied = test::taggedProject(u"Copy"_s, 2);
    REQUIRE_FALSE(ProjectFile::save(test::taggedProject(u"Before"_s, 2), original));
    {
        RecoveryStore crashed(recoveryDir);
        REQUIRE(crashed.write(copied, original, u"crashed"_s).isEmpty());
        REQUIRE(crashed.write(copied, QString(), u"crashed"_s).isEmpty());
    }
    RecoveryStore store(recoveryDir);
    const QList<RecoveryEntry> entries = store.entries();
    REQUIRE(entries.size() == 2);
    const RecoveryEntry named = entries[0].originalPath.isEmpty() ? entries[1] : entries[0];
    const RecoveryEntry untitled = entries[0].originalPath.isEmpty() ? entries[0] : entries[1];
    CHECK(store.compare(untitled) == RecoveryState::Untitled);

    // The file is as it was when the work began: the copy holds the newer work.
    setModified(original, named.savedAt.addSecs(-60));
    CHECK(store.compare(named) == RecoveryState::CopyIsNewer);

    // After the crash the file was opened and saved again: it is newer than the copy.
    REQUIRE_FALSE(ProjectFile::save(test::taggedProject(u"After"_s, 3), original));
    setModified(original, named.savedAt.addSecs(5));
    CHECK(store.compare(named) == RecoveryState::FileIsNewer);

    // The file holds exactly the copy's work, whatever its time.
    REQUIRE_FALSE(ProjectFile::save(copied, original));
    setModified(original, named.savedAt.addSecs(-60));
    CHECK(store.compare(named) == RecoveryState::SameAsFile);

    REQUIRE(QFile::remove(original));
    CHECK(store.compare(named) == RecoveryState::FileMissing);
}

TEST_CASE("Saving a path drops the copies ended sessions left of it, and only those")
{
    QTemporaryDir dir;
    const QString recoveryDir = dir.filePath(u"recovery"_s);
    const QString plan = dir.filePath(u"plan.blendwise"_s);
    const QString other = dir.filePath(u"other.blendwise"_s);
    {
        RecoveryStore crashed(recoveryDir);
        REQUIRE(crashed.write(test::taggedProject(u"P"_s, 1), plan, u"crashed"_s).isEmpty());
        REQUIRE(crashed.write(test::taggedProject(u"O"_s, 1), other, u"crashed"_s).isEmpty());
    }
    RecoveryStore running(recoveryDir);
    REQUIRE(running.write(test::taggedProject(u"R"_s, 1), plan, u"running"_s).isEmpty());

    RecoveryStore store(recoveryDir);
    REQUIRE(store.entries().size() == 2); // the running session's copy is not offered
    CHECK(store.discardEndedCopiesOf(plan) == 1);
    const QList<RecoveryEntry> left = store.entries();
    REQUIRE(left.size() == 1);
    CHECK(left[0].originalPath == QFileInfo(other).absoluteFilePath());
    // The running session's copy of the saved path is its own business.
    CHECK(QDir(recoveryDir).entryList({ u"*.blendwise"_s }, QDir::Files).size() == 2);
}
