// SPDX-License-Identifier: GPL-3.0-or-later
// The project file runs the one validation of a Project on open and before every save
// (issue 13, items 2 and 10), and saves through the one atomicReplace().
#include "filefingerprint.h"
#include "model/projectvalidation.h"
#include "qtprint.h"
#include "randomproject.h"
#include "sampleproject.h"
#include "storage/atomicreplace.h"
#include "storage/projectfile.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

void runSql(const QString &path, const QString &sql)
{
    const QString name = u"validation-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList savingFiles(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden).filter(u".saving"_s);
}

} // namespace

TEST_CASE("A muted rule listed twice is saved once", "[validation]")
{
    // Imported or edited so, the save failed with "UNIQUE constraint failed".
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.blendwise"_s);
    Project p = test::fullSampleProject();
    p.info.mutedRules = { u"tool-retired"_s, u"tool-retired"_s };
    const FileError error = ProjectFile::save(p, path);
    INFO(error.message.toStdString());
    REQUIRE_FALSE(error);
    const LoadResult loaded = ProjectFile::load(path);
    REQUIRE_FALSE(loaded.error);
    CHECK(loaded.project.info.mutedRules == QStringList { u"tool-retired"_s });
}

TEST_CASE("A save refuses what validate refuses, naming the item, and leaves the file alone", "[validation]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.blendwise"_s);
    REQUIRE_FALSE(ProjectFile::save(test::fullSampleProject(), path));
    const auto before = test::FileFingerprint::of(path);

    Project p = test::fullSampleProject();
    p.objectives[0].activities[1].duration = { 30, 10 };
    const FileError error = ProjectFile::save(p, path);
    CHECK(error.kind == FileError::Invalid);
    CHECK(error.message
        == u"Cannot save “%1”: Objective 1, activity 2 “Probability × impact”: the duration 30–10 minutes is "
           u"reversed."_s.arg(QDir::toNativeSeparators(path)));
    CHECK(test::FileFingerprint::of(path) == before);
    CHECK(savingFiles(dir.path()).isEmpty());
}

TEST_CASE("A file whose values validate refuses does not open", "[validation]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.blendwise"_s);
    REQUIRE_FALSE(ProjectFile::save(test::fullSampleProject(), path));
    SECTION("a reversed duration")
    {
        runSql(path, u"UPDATE activities SET duration_min = 30, duration_max = 10 WHERE id = 42"_s);
        const LoadResult loaded = ProjectFile::load(path);
        CHECK(loaded.error.kind == FileError::Invalid);
        CHECK(loaded.error.message
            == u"Cannot open “%1”: it holds a value Blendwise does not accept: Objective 1, activity 2 “Probability "
               u"× impact”: the duration 30–10 minutes is reversed."_s.arg(QDir::toNativeSeparators(path)));
    }
    SECTION("an offset that would date an activity in year -5877585")
    {
        runSql(path, u"UPDATE activities SET offset_days = -2147483648 WHERE id = 41"_s);
        const LoadResult loaded = ProjectFile::load(path);
        CHECK(loaded.error.kind == FileError::Invalid);
        CHECK(loaded.error.message.endsWith(u"the offset in days -2147483648 is outside -3650–3650."_s));
    }
    SECTION("an id at the end of the 64-bit range, whose next id would wrap")
    {
        runSql(path, u"UPDATE roles SET id = 9223372036854775807 WHERE id = 64"_s);
        const LoadResult loaded = ProjectFile::load(path);
        CHECK(loaded.error.kind == FileError::Invalid);
        CHECK(loaded.error.message.contains(u"Role 4 “Raj”: the id 9223372036854775807 is outside"_s));
    }
}

TEST_CASE("Any project that passes validation is saved and reloaded equal", "[validation][property]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.blendwise"_s);
    QRandomGenerator random(1301);
    int saved = 0, refused = 0;
    for (int round = 0; round < 250; ++round) {
        Project p = test::randomProject(random);
        QString mutation = u"none"_s;
        for (int m = int(random.bounded(3)); m > 0; --m)
            mutation += u", "_s + test::mutateProject(p, random);
        INFO("round " << round << ": " << mutation.toStdString());
        Project clean = p;
        normalize(clean);
        const QList<ProjectProblem> problems = validate(clean);
        const FileError error = ProjectFile::save(p, path);
        if (!problems.isEmpty()) {
            CHECK(error.kind == FileError::Invalid);
            CHECK(error.message.endsWith(problems.first().message()));
            ++refused;
            continue;
        }
        INFO(error.message.toStdString());
        REQUIRE_FALSE(error);
        const LoadResult loaded = ProjectFile::load(path);
        INFO(loaded.error.message.toStdString());
        REQUIRE_FALSE(loaded.error);
        CHECK(loaded.project == clean);
        if (validate(p).isEmpty())
            CHECK(loaded.project == p);
        ++saved;
    }
    CHECK(savingFiles(dir.path()).isEmpty());
    // Both halves of the property were exercised.
    CHECK(saved > 50);
    CHECK(refused > 50);
}

TEST_CASE("atomicReplace writes through a temporary file and keeps the old content on failure", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.txt"_s);
    const auto writeText = [](const QByteArray &bytes) {
        return [bytes](const QString &tmp) {
            QFile f(tmp);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                return f.errorString();
            return QString();
        };
    };
    REQUIRE_FALSE(atomicReplace(path, writeText("one")));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    REQUIRE_FALSE(atomicReplace(path, writeText("two")));
    CHECK(test::FileFingerprint::of(path).bytes == "two");
    // The "user" bits mirror the owner's for the current user; only the file's own bits count.
    const auto own
        = QFile::permissions(path) & ~QFileDevice::Permissions(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
    CHECK(own == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));

    QString temporary;
    const FileError error = atomicReplace(path, [&temporary](const QString &tmp) {
        temporary = tmp;
        QFile f(tmp);
        if (f.open(QIODevice::WriteOnly))
            f.write("half");
        return u"disk on fire"_s;
    });
    CHECK(error.kind == FileError::WriteFailed);
    CHECK(error.message
        == u"Cannot save “%1”: the project could not be written (disk on fire)."_s.arg(QDir::toNativeSeparators(path)));
    CHECK(QFileInfo(temporary).absolutePath() == QFileInfo(path).absolutePath());
    CHECK_FALSE(QFileInfo::exists(temporary));
    CHECK(test::FileFingerprint::of(path).bytes == "two");
    CHECK(savingFiles(dir.path()).isEmpty());
}
