// SPDX-License-Identifier: GPL-3.0-or-later
// A project file from someone else is untrusted input (issue 13, item 12): its schema must be
// exactly Blendwise's before any row is read, SQLite runs in its defensive settings, and reading
// is bounded in time and rows. Also: files that are not regular files, link loops, and the
// temporary files of killed saves (item 11).
#include "filefingerprint.h"
#include "qtprint.h"
#include "sampleproject.h"
#include "storage/migrations.h"
#include "storage/projectfile.h"
#include "storage/projectlock.h"
#include "storage/sqlconnection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

// Changes a saved project the way a hostile sender would, with SQLite's own tools.
void tamper(const QString &path, const QStringList &statements)
{
    const QString name = u"tamper-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"PRAGMA foreign_keys = OFF"_s));
        for (const QString &sql : statements) {
            INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(q.exec(sql));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString saved(const QTemporaryDir &dir, const QString &name = u"plan.blendwise"_s, int activities = 40)
{
    const QString path = dir.filePath(name);
    REQUIRE_FALSE(ProjectFile::save(test::taggedProject(u"A"_s, activities), path));
    return path;
}

// Loads within `seconds`, and returns the refusal.
FileError refusedQuickly(const QString &path, int seconds = 10)
{
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = ProjectFile::load(path);
    CHECK(timer.elapsed() < seconds * 1000);
    REQUIRE(result.error);
    CHECK(result.error.message.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(result.error.message.contains(u'\n'));
    return result.error;
}

const QString RecursiveView
    = u"CREATE VIEW objectives AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
      "SELECT x AS id, x AS position, '' AS statement, '' AS measure, '' AS notes FROM c"_s;

} // namespace

TEST_CASE("A table replaced by a recursive view is refused before it is read", "[storage][untrusted]")
{
    QTemporaryDir dir;
    const QString path = saved(dir);
    tamper(path, { u"DROP TABLE activities"_s, u"DROP TABLE subgroups"_s, u"DROP TABLE objectives"_s, RecursiveView });
    const FileError error = refusedQuickly(path);
    CHECK(error.kind == FileError::Corrupt);
    CHECK(error.message.contains(u"it contains a view “objectives”, which no Blendwise project has."_s));
}

TEST_CASE(
    "Triggers, views, extra tables and indexes, and changed columns are refused, each named", "[storage][untrusted]")
{
    QTemporaryDir dir;
    const QString path = saved(dir);
    struct Case {
        QStringList sql;
        QString message;
    };
    const Case c = GENERATE(
        Case { { u"CREATE TRIGGER t AFTER INSERT ON tools BEGIN DELETE FROM tools; END"_s }, u"a trigger “t”"_s },
        Case { { u"CREATE VIEW v AS SELECT * FROM tools"_s }, u"a view “v”"_s },
        Case { { u"CREATE TABLE extra (x)"_s }, u"a table “extra”"_s },
        Case { { u"CREATE INDEX i ON tools (name)"_s }, u"an index “i”"_s },
        Case { { u"ALTER TABLE tools ADD COLUMN secret TEXT"_s }, u"the columns of its table “tools”"_s },
        Case { { u"DROP TABLE roles"_s }, u"a table “roles” of its format is missing"_s },
        Case { { u"CREATE TABLE \""_s + QString(5000, u'n') + u"\" (x)"_s }, u"nnnn…”"_s });
    INFO(c.sql.join(u"; ").toStdString());
    tamper(path, c.sql);
    const FileError error = refusedQuickly(path);
    INFO(error.message.toStdString());
    CHECK(error.kind == FileError::Corrupt);
    CHECK(error.message.contains(c.message));
    CHECK(error.message.size() < 400); // a hostile name is cut
}

TEST_CASE("Every genuine file passes the schema check: current and version 1", "[storage][untrusted]")
{
    QTemporaryDir dir;
    CHECK_FALSE(ProjectFile::load(saved(dir)).error);
    const QString old = dir.filePath(u"old.blendwise"_s);
    QStringList v1 = Migrations::version1Schema();
    v1.prepend(u"PRAGMA user_version = 1"_s);
    v1.prepend(u"PRAGMA application_id = %1"_s.arg(ProjectFile::ApplicationId));
    v1.append(u"INSERT INTO project (id, title) VALUES (1, 'Old')"_s);
    tamper(old, v1);
    const LoadResult loaded = ProjectFile::load(old);
    INFO(loaded.error.message.toStdString());
    CHECK_FALSE(loaded.error);
    CHECK(loaded.migrated);
    CHECK(loaded.project.info.title == u"Old"_s);
    // A version 1 file with a trigger: the migration would have run it.
    const QString trapped = dir.filePath(u"trapped.blendwise"_s);
    QStringList withTrigger = v1;
    withTrigger.append(u"CREATE TRIGGER t BEFORE UPDATE ON project BEGIN SELECT 1; END"_s);
    tamper(trapped, withTrigger);
    CHECK(refusedQuickly(trapped).message.contains(u"a trigger “t”"_s));
}

TEST_CASE("Reading an untrusted file runs with SQLite's defensive settings and a time budget", "[storage][untrusted]")
{
    QTemporaryDir dir;
    const QString path = saved(dir);
    SECTION("the settings are in force on the connection")
    {
        SqlConnection c(path, SqlConnection::ReadOnly);
        REQUIRE(c.isOpen());
        REQUIRE(c.restrictForUntrustedFile());
        QSqlQuery q(c.db());
        REQUIRE(q.exec(u"PRAGMA trusted_schema"_s));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
        q.finish();
        // No extension can be loaded.
        CHECK_FALSE(q.exec(u"SELECT load_extension('/nonexistent')"_s));
    }
    SECTION("a view of the file does not run even when asked for directly")
    {
        const QString viewed = dir.filePath(u"viewed.blendwise"_s);
        tamper(viewed, { u"CREATE TABLE t (x)"_s, u"CREATE VIEW v AS SELECT x FROM t"_s });
        SqlConnection c(viewed, SqlConnection::ReadOnly);
        REQUIRE(c.isOpen());
        {
            QSqlQuery before(c.db());
            CHECK(before.exec(u"SELECT * FROM v"_s)); // what an unrestricted connection does
        }
        REQUIRE(c.restrictForUntrustedFile());
        QSqlQuery q(c.db());
        CHECK_FALSE(q.exec(u"SELECT * FROM v"_s));
    }
    SECTION("a read that takes longer than the budget stops with its own message")
    {
        const int before = SqlConnection::untrustedTimeBudget();
        SqlConnection::setUntrustedTimeBudget(0);
        const LoadResult result = ProjectFile::load(path);
        SqlConnection::setUntrustedTimeBudget(before);
        REQUIRE(result.error);
        CHECK(result.error.message.contains(u"reading it took longer than 0 seconds"_s));
        CHECK_FALSE(ProjectFile::load(path).error);
    }
}

TEST_CASE("A table with more rows than any real project is refused", "[storage][untrusted]")
{
    QTemporaryDir dir;
    const QString path = saved(dir, u"plan.blendwise"_s, 1);
    tamper(path,
        { u"INSERT INTO community_rules (position, rule) WITH RECURSIVE c(x) AS (SELECT 1000 UNION ALL "
          "SELECT x + 1 FROM c WHERE x < 1001000) SELECT x, 'r' FROM c"_s });
    const LoadResult result = ProjectFile::load(path);
    REQUIRE(result.error);
    CHECK(result.error.message.contains(u"community_rules: more than 1000000 rows"_s));
}

TEST_CASE("Files that are not regular files are refused without opening them", "[storage][untrusted]")
{
    QTemporaryDir dir;
    SECTION("a FIFO")
    {
        const QString fifo = dir.filePath(u"plan.blendwise"_s);
        REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const FileError error = refusedQuickly(fifo);
        CHECK(error.message.contains(u"named pipe (FIFO)"_s));
    }
    SECTION("a device")
    {
        const FileError error = refusedQuickly(u"/dev/zero"_s);
        CHECK(error.message.contains(u"device or special file"_s));
    }
    SECTION("a symbolic link loop, and a link to nothing")
    {
        REQUIRE(QFile::link(dir.filePath(u"b"_s), dir.filePath(u"a"_s)));
        REQUIRE(QFile::link(dir.filePath(u"a"_s), dir.filePath(u"b"_s)));
        CHECK(refusedQuickly(dir.filePath(u"a"_s)).message.contains(u"link loop"_s));
        REQUIRE(QFile::link(dir.filePath(u"gone.blendwise"_s), dir.filePath(u"dangling"_s)));
        const FileError dangling = refusedQuickly(dir.filePath(u"dangling"_s));
        CHECK(dangling.kind == FileError::Missing);
        CHECK(dangling.message.contains(u"symbolic link to"_s));
    }
    SECTION("a UTF-16 text file")
    {
        QFile f(dir.filePath(u"notes.blendwise"_s));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\xFF\xFE{\0\"\0", 6));
        f.close();
        CHECK(refusedQuickly(f.fileName()).message.contains(u"UTF-16 text file"_s));
    }
}

TEST_CASE("Temporary files of killed saves go at the next save or open; those of running saves stay", "[storage]")
{
    QTemporaryDir dir;
    const QString path = saved(dir);
    const auto leave = [&](const QString &name, int minutesAgo) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("half a database");
        REQUIRE(f.flush());
        REQUIRE(f.setFileTime(
            QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo), QFileDevice::FileModificationTime));
    };
    // A lock of a process that has ended, as a killed save leaves it.
    const auto deadLock = [&](const QString &saving) {
        QProcess gone;
        gone.start(u"/bin/true"_s, {});
        REQUIRE(gone.waitForStarted());
        const qint64 pid = gone.processId(); // 0 once it has finished
        REQUIRE(pid > 0);
        REQUIRE(gone.waitForFinished());
        // QLockFile's own format (pid, application, host, machine id), with the dead pid.
        QByteArray content;
        {
            QLockFile probe(dir.filePath(u"probe.lock"_s));
            REQUIRE(probe.tryLock(0));
            QFile held(dir.filePath(u"probe.lock"_s));
            REQUIRE(held.open(QIODevice::ReadOnly));
            content = held.readAll();
        }
        content = QByteArray::number(pid) + content.mid(content.indexOf('\n'));
        QFile f(dir.filePath(saving) + u".lock"_s);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    leave(u".plan.blendwise.killed.saving"_s, 0); // killed a moment ago
    deadLock(u".plan.blendwise.killed.saving"_s);
    deadLock(u".plan.blendwise.lockonly.saving"_s); // killed between lock and file
    leave(u".plan.blendwise.running.saving"_s, 0); // a save in progress holds its lock
    ProjectLock running(dir.filePath(u".plan.blendwise.running.saving"_s));
    REQUIRE(running.tryLock());
    leave(u".plan.blendwise.oldstyle.saving"_s, 0); // no lock at all: only age tells
    leave(u".plan.blendwise.oldstyle2.saving"_s, 60);
    leave(u".other.blendwise.killed.saving"_s, 60); // another project's
    deadLock(u".other.blendwise.killed.saving"_s);

    const auto left = [&] {
        QStringList names = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        names.sort();
        return names;
    };
    const QStringList expected = { u".other.blendwise.killed.saving"_s, u".other.blendwise.killed.saving.lock"_s,
        u".plan.blendwise.oldstyle.saving"_s, u".plan.blendwise.running.saving"_s,
        u".plan.blendwise.running.saving.lock"_s, u"plan.blendwise"_s };
    SECTION("opening the project")
    {
        REQUIRE_FALSE(ProjectFile::load(path).error);
        CHECK(left() == expected);
    }
    SECTION("saving the project")
    {
        REQUIRE_FALSE(ProjectFile::save(test::taggedProject(u"B"_s, 3), path));
        CHECK(left() == expected);
    }
    running.unlock();
}
