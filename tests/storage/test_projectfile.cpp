// SPDX-License-Identifier: GPL-3.0-or-later
#include "filefingerprint.h"
#include "qtprint.h"
#include "sampleproject.h"
#include "storage/projectfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
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
    project.objectives[0].activities[1].ledByRoleId = 9996;
    project.moments[0].agenda[0].activityId = 9995; // the entry of a removed activity goes
    project.moments[0].agenda[1].activityId = 42; // a break names no activity
    REQUIRE_FALSE(ProjectFile::save(project, path));
    const LoadResult loaded = ProjectFile::load(path);
    REQUIRE_FALSE(loaded.error);
    CHECK(loaded.project.objectives[0].activities[0].toolId == 0);
    CHECK(loaded.project.objectives[0].activities[0].momentId == 0);
    CHECK(loaded.project.subgroups[0].objectiveId == 0);
    CHECK(loaded.project.objectives[0].activities[1].ledByRoleId == 0);
    const QList<AgendaItem> &agenda = loaded.project.moments[0].agenda;
    REQUIRE(agenda.size() == 3);
    CHECK(agenda[0] == AgendaItem { 72, AgendaKind::Break, 0, u"Kaffee ☕"_s, 15 });
    CHECK(agenda[2].activityId == 41);
}

TEST_CASE("Every field that version 3 added is stored in its own column")
{
    // Checked in the file itself, not only through the reader: a field the writer forgot
    // would otherwise round-trip as its default and pass unnoticed where the sample sets none.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.blendwise"_s);
    const Project project = test::fullSampleProject();
    REQUIRE_FALSE(ProjectFile::save(project, path));
    const QString name = u"v3-columns"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        REQUIRE(db.open());
        const auto row = [&db](const QString &sql) {
            QSqlQuery q(db);
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
            REQUIRE(q.next());
            QStringList out;
            for (int i = 0; i < q.record().count(); ++i)
                out.append(q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
            return out;
        };
        CHECK(row(u"SELECT no_tool, led_by_role_id, led_by_name, recurrence_unit, recurrence_interval, "
                  "recurrence_count, recurrence_until FROM activities WHERE id = 46"_s)
            == QStringList {
                u"0"_s, u"NULL"_s, u"L&D contact — Zoë"_s, u"weeks"_s, u"2"_s, u"1000"_s, u"2030-01-01"_s });
        CHECK(row(u"SELECT no_tool, led_by_role_id, recurrence_unit, recurrence_until FROM activities WHERE id = 45"_s)
            == QStringList { u"1"_s, u"65"_s, u"NULL"_s, u"NULL"_s });
        CHECK(
            row(u"SELECT instrument_name, instrument_file_name, length(instrument_file) FROM objectives WHERE id = 31"_s)
            == QStringList { u"Pitch rubric ✓"_s, u"Grille d’évaluation (v2).pdf"_s, u"70014"_s });
        CHECK(row(u"SELECT instrument_file FROM objectives WHERE id = 32"_s) == QStringList { u"NULL"_s });
        CHECK(
            row(u"SELECT kind, custom_kind FROM roles WHERE id = 66"_s) == QStringList { u"custom"_s, u"Sponsor 🏆"_s });
        CHECK(row(u"SELECT moment_id, position, kind, activity_id, title, minutes FROM agenda_items WHERE id = 72"_s)
            == QStringList { u"11"_s, u"1"_s, u"break"_s, u"NULL"_s, u"Kaffee ☕"_s, u"15"_s });
        CHECK(row(u"SELECT count(*) FROM agenda_items"_s) == QStringList { u"5"_s });
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("Every project seed of the fuzzing corpus opens")
{
    // A seed that does not open only exercises the first refusal; the corpus holds files of
    // version 2 (upgraded on opening) and of the current version with every table filled.
    const QDir corpus(QStringLiteral(BLENDWISE_FUZZ_CORPUS "/project"));
    const QStringList seeds = corpus.entryList({ u"*.blendwise"_s }, QDir::Files);
    REQUIRE(seeds.size() >= 4);
    int current = 0;
    for (const QString &seed : seeds) {
        INFO(seed.toStdString());
        const LoadResult loaded = ProjectFile::load(corpus.filePath(seed));
        INFO(loaded.error.message.toStdString());
        REQUIRE_FALSE(loaded.error);
        if (!loaded.migrated)
            ++current;
    }
    CHECK(current >= 1);
    const LoadResult v3 = ProjectFile::load(corpus.filePath(u"it-risk-v3.blendwise"_s));
    REQUIRE_FALSE(v3.error);
    CHECK(v3.migrated);
    REQUIRE(v3.project.moments.size() == 1);
    CHECK(v3.project.moments[0].agenda.size() >= 3);
    CHECK_FALSE(v3.project.objectives[0].instrument.fileData.isEmpty());
    const LoadResult v4 = ProjectFile::load(corpus.filePath(u"it-risk-v4.blendwise"_s));
    REQUIRE_FALSE(v4.error);
    CHECK(v4.migrated);
    // What version 5 added reads as empty.
    CHECK(v4.project.origins.isEmpty());
    for (const Objective &o : v4.project.objectives)
        for (const Activity &a : o.activities)
            CHECK(a.guesses.isEmpty());
    REQUIRE(v4.project.versions.size() == 1);
    Project without = v4.project;
    without.versions.clear();
    CHECK(without == v3.project);
}

TEST_CASE("Guessed marks and library origins round-trip through the file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.blendwise"_s);
    Project project = test::fullSampleProject();
    REQUIRE(project.objectives[0].activities.size() >= 2);
    project.objectives[0].activities[0].guesses
        = { { u"phase"_s, u"line 3: phase guessed as pre-class from “before the workshop”"_s },
              { u"direction"_s, u"line 3: direction guessed as learner → learner from “discuss”"_s } };
    project.objectives[0].activities[1].guesses = { { u"duration"_s, u"cards[1]: duration guessed as 30 min"_s } };
    project.origins = { { u"template"_s, u"lib-tpl-7"_s, 3, 0 },
        { u"tool"_s, u"lib-tool-12"_s, 1, project.tools[0].id },
        { u"pattern"_s, u"lib-pat-ü"_s, 9, project.objectives[0].activities[1].id } };
    REQUIRE_FALSE(ProjectFile::save(project, path));
    const LoadResult loaded = ProjectFile::load(path);
    INFO(loaded.error.message.toStdString());
    REQUIRE_FALSE(loaded.error);
    CHECK_FALSE(loaded.migrated);
    CHECK(loaded.project.objectives[0].activities[0].guesses == project.objectives[0].activities[0].guesses);
    CHECK(loaded.project.objectives[0].activities[1].guesses == project.objectives[0].activities[1].guesses);
    CHECK(loaded.project.origins == project.origins);
    CHECK(loaded.project == project);

    // A removed activity takes its marks with it (ON DELETE CASCADE).
    const QString name = u"v5-cascade"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"PRAGMA foreign_keys = ON"_s));
        REQUIRE(q.exec(u"SELECT count(*) FROM activity_guesses"_s));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 3);
        REQUIRE(q.exec(u"DELETE FROM agenda_items"_s));
        REQUIRE(q.exec(u"DELETE FROM activities WHERE id = %1"_s.arg(project.objectives[0].activities[0].id)));
        REQUIRE(q.exec(u"SELECT count(*) FROM activity_guesses"_s));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }
    QSqlDatabase::removeDatabase(name);
}
