// SPDX-License-Identifier: GPL-3.0-or-later
// Every kind of file that is not a project Blendwise can open: each gets its own error kind and a
// message naming the file, and each is left exactly as it was.
#include "filefingerprint.h"
#include "qtprint.h"
#include "sampleproject.h"
#include "storage/projectfile.h"

#include <QBuffer>
#include <QImage>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readBytes(const QString &path)
{
    return test::FileFingerprint::of(path).bytes;
}

// Runs statements on a scratch SQLite file of the test's own making.
void runSql(const QString &path, const QStringList &statements)
{
    const QString name = u"test-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &sql : statements)
            REQUIRE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(name);
}

// Loads `path` and checks the refusal: kind, a message naming the file, nothing touched.
FileError refuse(const QString &path, FileError::Kind kind)
{
    const auto before = test::FileFingerprint::of(path);
    const LoadResult result = ProjectFile::load(path);
    CHECK(result.error.kind == kind);
    CHECK(result.error.message.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(result.error.message.contains(u'\n'));
    CHECK(test::FileFingerprint::of(path) == before);
    CHECK_FALSE(test::hasSqliteSidecars(path));
    return result.error;
}

QString savedProject(const QTemporaryDir &dir, const QString &name, int activities = 400)
{
    const QString path = dir.filePath(name);
    REQUIRE_FALSE(ProjectFile::save(test::taggedProject(u"A"_s, activities), path));
    return path;
}

} // namespace

TEST_CASE("A missing file is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nowhere.blendwise"_s);
    const FileError error = refuse(path, FileError::Missing);
    CHECK(error.message == u"Cannot open “%1”: the file does not exist."_s.arg(path));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("Files that are not SQLite databases are refused")
{
    QTemporaryDir dir;
    SECTION("a PNG image")
    {
        QImage image(16, 16, QImage::Format_RGB32);
        image.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        REQUIRE(image.save(&buffer, "PNG"));
        const QString path = dir.filePath(u"picture.blendwise"_s);
        writeBytes(path, png);
        refuse(path, FileError::NotSqlite);
    }
    SECTION("an empty file")
    {
        const QString path = dir.filePath(u"empty.blendwise"_s);
        writeBytes(path, {});
        const FileError error = refuse(path, FileError::NotSqlite);
        CHECK(error.message.contains(u"empty"_s));
    }
    SECTION("a text file")
    {
        const QString path = dir.filePath(u"notes.blendwise"_s);
        writeBytes(path, "Objectives:\n- rank the risks\n");
        refuse(path, FileError::NotSqlite);
    }
    SECTION("a text file that starts like SQLite but is shorter than its header")
    {
        const QString path = dir.filePath(u"stub.blendwise"_s);
        writeBytes(path, QByteArray("SQLite format 3\0 and nothing else", 33));
        refuse(path, FileError::Corrupt);
    }
}

TEST_CASE("A database of another application is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"accounts.blendwise"_s);
    SECTION("without an application id")
    {
        runSql(path, {u"CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)"_s,
                      u"INSERT INTO accounts (name) VALUES ('cash')"_s});
    }
    SECTION("with another application id and a high user_version")
    {
        runSql(path, {u"PRAGMA application_id = 1234"_s, u"PRAGMA user_version = 99"_s,
                      u"CREATE TABLE project (id INTEGER PRIMARY KEY)"_s});
    }
    const FileError error = refuse(path, FileError::Foreign);
    CHECK(error.message.contains(u"another application"_s));
}

TEST_CASE("A truncated project is refused")
{
    QTemporaryDir dir;
    const QString original = savedProject(dir, u"whole.blendwise"_s);
    const QByteArray bytes = readBytes(original);
    REQUIRE(bytes.size() > 64 * 1024);
    const QString path = dir.filePath(u"truncated.blendwise"_s);
    writeBytes(path, bytes.left(bytes.size() / 2));
    refuse(path, FileError::Corrupt);
}

TEST_CASE("A project with damaged bytes in the middle is refused")
{
    QTemporaryDir dir;
    const QString path = savedProject(dir, u"damaged.blendwise"_s);
    QByteArray bytes = readBytes(path);
    const qsizetype page = 4096;
    const qsizetype middle = (bytes.size() / 2 / page) * page;
    for (qsizetype i = 0; i < page; ++i)
        bytes[middle + i] = char((i * 131 + 7) & 0xFF);
    writeBytes(path, bytes);
    const FileError error = refuse(path, FileError::Corrupt);
    CHECK(error.message.contains(u"damaged"_s));
}

TEST_CASE("A project written by a newer Blendwise is refused")
{
    QTemporaryDir dir;
    const QString path = savedProject(dir, u"future.blendwise"_s, 10);
    QByteArray bytes = readBytes(path);
    qToBigEndian<qint32>(7, bytes.data() + 60); // user_version, as a newer Blendwise would write it
    writeBytes(path, bytes);
    const FileError error = refuse(path, FileError::Newer);
    CHECK(error.message
          == u"Cannot open “%1”: it was made by a newer version of Blendwise (file format 7; this version reads up to %2)."_s
                 .arg(path)
                 .arg(ProjectFile::schemaVersion()));
}

TEST_CASE("A project whose content breaks the schema is refused")
{
    QTemporaryDir dir;
    const QString path = savedProject(dir, u"odd.blendwise"_s, 10);
    SECTION("an unknown phase")
    {
        runSql(path, {u"UPDATE activities SET phase = 'sideways' WHERE position = 3"_s});
        const FileError error = refuse(path, FileError::Corrupt);
        CHECK(error.message.contains(u"sideways"_s));
    }
    SECTION("a missing table")
    {
        runSql(path, {u"DROP TABLE roles"_s});
        refuse(path, FileError::Corrupt);
    }
    SECTION("an activity of an objective that does not exist")
    {
        runSql(path, {u"UPDATE activities SET objective_id = 123456 WHERE position = 0"_s});
        refuse(path, FileError::Corrupt);
    }
    SECTION("no schema version")
    {
        runSql(path, {u"PRAGMA user_version = 0"_s});
        refuse(path, FileError::Corrupt);
    }
}

TEST_CASE("A folder is refused as unreadable")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"folder.blendwise"_s);
    REQUIRE(QDir(dir.path()).mkdir(u"folder.blendwise"_s));
    const LoadResult result = ProjectFile::load(path);
    CHECK(result.error.kind == FileError::Unreadable);
    CHECK(result.error.message.contains(path));
}
