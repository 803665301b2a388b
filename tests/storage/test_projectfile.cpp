// SPDX-License-Identifier: GPL-3.0-or-later
#include "filefingerprint.h"
#include "qtprint.h"
#include "sampleproject.h"
#include "storage/projectfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace bw;

TEST_CASE("Every field of a project survives save and load")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.blendwise"_s);
    const Project project = test::fullSampleProject();
    REQUIRE(project.info.summary.size() > 100 * 1024);

    const FileError saved = ProjectFile::save(project, path);
    REQUIRE_FALSE(saved);
    const LoadResult loaded = ProjectFile::load(path);
    REQUIRE_FALSE(loaded.error);
    CHECK_FALSE(loaded.migrated);
    // Field by field first, so that a failure says where.
    CHECK(loaded.project.info == project.info);
    CHECK(loaded.project.moments == project.moments);
    CHECK(loaded.project.tools == project.tools);
    CHECK(loaded.project.objectives == project.objectives);
    CHECK(loaded.project.subgroups == project.subgroups);
    CHECK(loaded.project.roles == project.roles);
    CHECK(loaded.project == project);
}

TEST_CASE("An empty project round-trips")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"empty.blendwise"_s);
    REQUIRE_FALSE(ProjectFile::save(Project {}, path));
    const LoadResult loaded = ProjectFile::load(path);
    REQUIRE_FALSE(loaded.error);
    CHECK(loaded.project == Project {});
}

TEST_CASE("A saved file carries the Blendwise application id and the schema version")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.blendwise"_s);
    REQUIRE_FALSE(ProjectFile::save(test::fullSampleProject(), path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(100);
    CHECK(header.startsWith(QByteArrayView("SQLite format 3\0", 16)));
    CHECK(qFromBigEndian<qint32>(header.constData() + 68) == ProjectFile::ApplicationId);
    CHECK(qFromBigEndian<qint32>(header.constData() + 60) == ProjectFile::schemaVersion());
}

TEST_CASE("Loading never modifies the file nor leaves files beside it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.blendwise"_s);
    REQUIRE_FALSE(ProjectFile::save(test::fullSampleProject(), path));
    const auto before = test::FileFingerprint::of(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    REQUIRE_FALSE(ProjectFile::load(path).error);
    CHECK(test::FileFingerprint::of(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == filesBefore);
}

TEST_CASE("Saving replaces the file and keeps its permissions")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.blendwise"_s);
    REQUIRE_FALSE(ProjectFile::save(test::taggedProject(u"A"_s, 10), path));
    const auto permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    REQUIRE(QFile::setPermissions(path, permissions));

    const Project second = test::taggedProject(u"B"_s, 20);
    REQUIRE_FALSE(ProjectFile::save(second, path));
    CHECK(ProjectFile::load(path).project == second);
    // 0x7077: owner, group and other bits; the "user" bits describe the current user, not the file.
    CHECK((QFileInfo(path).permissions() & QFileDevice::Permissions::fromInt(0x7077)) == permissions);
    // No temporary file is left behind.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList { u"plan.blendwise"_s });
}

TEST_CASE("A save clears what killed saves of the same file left behind, and nothing else")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.blendwise"_s);
    const auto leave = [&](const QString &name, int minutesAgo) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("half a database");
        REQUIRE(f.flush()); // before the time is set: closing must not write again
        REQUIRE(f.setFileTime(
            QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo), QFileDevice::FileModificationTime));
    };
    leave(u".plan.blendwise.k3j2h1.saving"_s, 60); // a killed save an hour ago
    leave(u".plan.blendwise.a9b8c7.saving"_s, 0); // no lock, recent: could be an older Blendwise's save
    leave(u".other.blendwise.z1y2x3.saving"_s, 60); // another project's
    REQUIRE_FALSE(ProjectFile::save(test::taggedProject(u"A"_s, 5), path));
    QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    left.sort();
    CHECK(left
        == QStringList {
            u".other.blendwise.z1y2x3.saving"_s, u".plan.blendwise.a9b8c7.saving"_s, u"plan.blendwise"_s });
}

TEST_CASE("Saving through a symbolic link replaces the file it points to")
{
    QTemporaryDir dir;
    const QString real = dir.filePath(u"real.blendwise"_s);
    const QString link = dir.filePath(u"link.blendwise"_s);
    REQUIRE_FALSE(ProjectFile::save(test::taggedProject(u"A"_s, 1), real));
    REQUIRE(QFile::link(real, link));
    const Project second = test::taggedProject(u"B"_s, 2);
    REQUIRE_FALSE(ProjectFile::save(second, link));
    CHECK(QFileInfo(link).isSymLink());
    CHECK(ProjectFile::load(real).project == second);
}

// The tests run as root, for whom chmod does not make a folder unwritable; so the failure is
// provoked with folders that cannot hold the file at all.
TEST_CASE("Saving where no file can be written fails cleanly and names the file")
{
    QTemporaryDir dir;
    const Project project = test::taggedProject(u"A"_s, 5);

    SECTION("the folder does not exist")
    {
        const QString path = dir.filePath(u"missing/plan.blendwise"_s);
        const FileError error = ProjectFile::save(project, path);
        CHECK(error.kind == FileError::WriteFailed);
        CHECK(error.message.contains(path));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(u"missing"_s)));
    }
    SECTION("the folder is a file")
    {
        QFile blocker(dir.filePath(u"folder"_s));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.write("not a folder");
        blocker.close();
        const QString path = dir.filePath(u"folder/plan.blendwise"_s);
        const FileError error = ProjectFile::save(project, path);
        CHECK(error.kind == FileError::WriteFailed);
        CHECK(error.message.contains(path));
        CHECK(test::FileFingerprint::of(blocker.fileName()).bytes == "not a folder");
    }
    SECTION("the target is a folder")
    {
        const QString path = dir.filePath(u"plan.blendwise"_s);
        REQUIRE(QDir(dir.path()).mkdir(u"plan.blendwise"_s));
        const FileError error = ProjectFile::save(project, path);
        CHECK(error.kind == FileError::WriteFailed);
        CHECK(error.message.contains(path));
        CHECK(QFileInfo(path).isDir());
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(u".saving"_s).isEmpty());
}

TEST_CASE("References to items that do not exist are saved as none")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.blendwise"_s);
    Project project = test::fullSampleProject();
    project.objectives[0].activities[0].toolId = 9999;
    project.objectives[0].activities[0].momentId = 9998;
    project.subgroups[0].objectiveId = 9997;
    REQUIRE_FALSE(ProjectFile::save(project, path));
    const LoadResult loaded = ProjectFile::load(path);
    REQUIRE_FALSE(loaded.error);
    CHECK(loaded.project.objectives[0].activities[0].toolId == 0);
    CHECK(loaded.project.objectives[0].activities[0].momentId == 0);
    CHECK(loaded.project.subgroups[0].objectiveId == 0);
}
