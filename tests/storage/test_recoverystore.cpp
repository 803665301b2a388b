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
