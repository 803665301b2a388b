// SPDX-License-Identifier: GPL-3.0-or-later
// The command line under faults a user or an attacker can cause: outputs that are devices or
// FIFOs, inputs that never end, full disks and failing standard output, hostile JSON and
// messages that must stay short and exact. Each case names the fault-campaign finding it covers
// (issue 13, item 11).
#include "catalogue/catalogue.h"
#include "interchange/jsoninput.h"
#include "interchange/jsoninterchange.h"
#include "storage/projectfile.h"

#include "qtprint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/types.h>

#include <thread>

using namespace bw;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QString err;
};

struct Options {
    QString stdoutFile; // standard output goes to this file (/dev/full) instead of a pipe
    QString shellPrefix; // run through /bin/sh with this before exec (ulimit, trap)
    int timeoutMs = 60000;
};

// Runs the binary in English; a run that does not end in time is killed and reported as such.
Run blendwise(const QTemporaryDir &dir, const QStringList &arguments, const Options &options = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LANGUAGE"_s);
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANG"_s, u"C"_s);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir.path());
    if (!options.stdoutFile.isEmpty())
        process.setStandardOutputFile(options.stdoutFile);
    if (options.shellPrefix.isEmpty()) {
        process.start(QStringLiteral(BLENDWISE_BINARY), arguments);
    } else {
        QStringList quoted;
        for (const QString &a : arguments)
            quoted.append(u"'"_s + QString(a).replace(u"'"_s, u"'\\''"_s) + u"'"_s);
        process.start(u"/bin/sh"_s,
            { u"-c"_s,
                options.shellPrefix + u"; exec '"_s + QStringLiteral(BLENDWISE_BINARY) + u"' "_s + quoted.join(u' ') });
    }
    REQUIRE(process.waitForStarted());
    Run run;
    run.finished = process.waitForFinished(options.timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString makeProject(const QTemporaryDir &dir, const QString &name = u"plan.blendwise"_s)
{
    const QString path = dir.filePath(name);
    REQUIRE_FALSE(ProjectFile::save(*templateProject(u"it-risk"_s), path));
    return path;
}

QString makeFifo(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    return path;
}

bool isFifo(const QString &path)
{
    struct stat status { };
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 && S_ISFIFO(status.st_mode);
}

bool isCharDevice(const QString &path)
{
    struct stat status { };
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 && S_ISCHR(status.st_mode);
}

// Reads a FIFO to its end on a thread of its own (the writer blocks until someone reads).
struct FifoReader {
    QByteArray bytes;
    std::thread thread;
    explicit FifoReader(const QString &path)
        : thread([this, path] {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                bytes = f.readAll();
        })
    {
    }
    QByteArray wait()
    {
        thread.join();
        return bytes;
    }
};

const QStringList TextFormats = { u"json"_s, u"html"_s, u"md"_s, u"csv"_s, u"ics"_s };

} // namespace

TEST_CASE("export and import -o into a FIFO write a stream and leave the FIFO in place", "[cli][faults]")
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    const QByteArray expected = [&] {
        REQUIRE(
            blendwise(dir, { u"export"_s, project, u"--format"_s, u"html"_s, u"-o"_s, dir.filePath(u"plan.html"_s) })
                .exitCode
            == 0);
        return contents(dir.filePath(u"plan.html"_s));
    }();

    const QString fifo = makeFifo(dir, u"out.fifo"_s);
    FifoReader reader(fifo);
    const Run exported = blendwise(dir, { u"export"_s, project, u"--format"_s, u"html"_s, u"-o"_s, fifo });
    const QByteArray streamed = reader.wait();
    CHECK(exported.exitCode == 0);
    CHECK(isFifo(fifo));
    CHECK(streamed == expected);

    writeFile(dir.filePath(u"plan.json"_s), projectToJson(*templateProject(u"it-risk"_s)));
    const QString fifo2 = makeFifo(dir, u"project.fifo"_s);
    FifoReader projectReader(fifo2);
    const Run imported = blendwise(dir, { u"import"_s, dir.filePath(u"plan.json"_s), u"-o"_s, fifo2 });
    const QByteArray database = projectReader.wait();
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(isFifo(fifo2));
    CHECK(database.startsWith("SQLite format 3"));
}

TEST_CASE("export -o a device node writes into the device and never replaces it", "[cli][faults]")
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    // /dev/full: a device that takes no data. Before, the export renamed a new file over it.
    REQUIRE(isCharDevice(u"/dev/full"_s));
    for (const QString &format : TextFormats + QStringList { u"docx"_s }) {
        INFO(format.toStdString());
        const Run run = blendwise(dir, { u"export"_s, project, u"--format"_s, format, u"-o"_s, u"/dev/full"_s });
        CHECK(run.exitCode == 4);
        CHECK(run.err.contains(u"no space left on the device"_s));
        CHECK(isCharDevice(u"/dev/full"_s));
    }
    const QString json = dir.filePath(u"plan.json"_s);
    writeFile(json, projectToJson(*templateProject(u"it-risk"_s)));
    const Run imported = blendwise(dir, { u"import"_s, json, u"-o"_s, u"/dev/full"_s });
    CHECK(imported.exitCode == 4);
    CHECK(imported.err.contains(u"no space left on the device"_s));
    CHECK(isCharDevice(u"/dev/full"_s));
}

TEST_CASE("A FIFO or a device given as the input is refused at once, never waited on", "[cli][faults]")
{
    QTemporaryDir dir;
    const QString fifo = makeFifo(dir, u"plan.blendwise"_s);
    const QString jsonFifo = makeFifo(dir, u"plan.json"_s);
    Options quick;
    quick.timeoutMs = 15000;
    const QList<QStringList> commands = {
        { u"check"_s, fifo },
        { u"export"_s, fifo, u"--format"_s, u"md"_s, u"-o"_s, dir.filePath(u"out.md"_s) },
        { u"import"_s, jsonFifo, u"-o"_s, dir.filePath(u"out.blendwise"_s) },
    };
    for (const QStringList &command : commands) {
        INFO(command.join(u' ').toStdString());
        const Run run = blendwise(dir, command, quick);
        REQUIRE(run.finished);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(u"named pipe (FIFO)"_s));
    }
    // /dev/zero never ends: before, import grew to gigabytes and then aborted.
    const Run zero = blendwise(dir, { u"import"_s, u"/dev/zero"_s, u"-o"_s, dir.filePath(u"zero.blendwise"_s) }, quick);
    REQUIRE(zero.finished);
    CHECK(zero.exitCode == 2);
    CHECK(zero.err.contains(u"device or special file"_s));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"zero.blendwise"_s)));
}

TEST_CASE("import refuses a document beyond the size limit and a text beyond the length limit", "[cli][faults]")
{
    QTemporaryDir dir;
    Options quick;
    quick.timeoutMs = 30000;
    // A sparse file one byte past the limit: nothing to write, but too large to read.
    const QString big = dir.filePath(u"big.json"_s);
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(MaxJsonInputBytes + 1));
    }
    const Run tooBig = blendwise(dir, { u"import"_s, big, u"-o"_s, dir.filePath(u"big.blendwise"_s) }, quick);
    REQUIRE(tooBig.finished);
    CHECK(tooBig.exitCode == 2);
    CHECK(tooBig.err.contains(u"larger than 64 MB"_s));

    // A 50 MB name: refused, and the message does not echo it.
    QByteArray json = projectToJson(*templateProject(u"it-risk"_s));
    const QByteArray longName = QByteArray(50 * 1024 * 1024, 'x');
    json.replace("\"title\": \"Measuring the common risks of international projects\"",
        QByteArray("\"title\": \"" + longName + "\""));
    REQUIRE(json.size() > 50 * 1024 * 1024);
    const QString named = dir.filePath(u"long.json"_s);
    writeFile(named, json);
    const Run tooLong = blendwise(dir, { u"import"_s, named, u"-o"_s, dir.filePath(u"long.blendwise"_s) }, quick);
    REQUIRE(tooLong.finished);
    CHECK(tooLong.exitCode == 2);
    CHECK(tooLong.err.contains(u"longer than 24 MB"_s));
    CHECK(tooLong.err.size() < 1000);
}

TEST_CASE("Messages quote long user text cut, never whole", "[cli][faults]")
{
    QTemporaryDir dir;
    // A 2 MB tool name (within the limits) that no tool list has: the warning names it, cut.
    QByteArray json = projectToJson(*templateProject(u"it-risk"_s));
    const QByteArray name(2 * 1024 * 1024, 'T');
    const qsizetype at = json.indexOf("\"tool\": \"");
    REQUIRE(at > 0);
    const qsizetype end = json.indexOf('"', at + 9);
    // The name is what the importer looks up, so the tool's key goes (the key would decide).
    const qsizetype key = json.indexOf("\"toolId\": ", end);
    REQUIRE(key > end);
    const qsizetype keyEnd = json.indexOf('\n', key);
    json.remove(key, keyEnd - key + 1);
    json.replace(at, end - at + 1, QByteArray("\"tool\": \"" + name + "\""));
    writeFile(dir.filePath(u"plan.json"_s), json);
    const Run run = blendwise(dir, { u"import"_s, u"plan.json"_s, u"-o"_s, u"plan.blendwise"_s });
    INFO(run.err.left(2000).toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(u"TTTT"_s));
    CHECK(run.err.size() < 4000);
}

TEST_CASE("A full disk says so for every text format, and leaves no file behind", "[cli][faults]")
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    SECTION("a file size limit (ulimit -f): the file system refuses the write")
    {
        Options limited;
        // SIGXFSZ ignored, so that the write fails with EFBIG instead of killing the process.
        limited.shellPrefix = u"ulimit -f 1; trap '' XFSZ"_s;
        for (const QString &format : TextFormats) {
            INFO(format.toStdString());
            const QString out = dir.filePath(u"big."_s + format);
            const Run run = blendwise(dir, { u"export"_s, project, u"--format"_s, format, u"-o"_s, out }, limited);
            INFO(run.err.toStdString());
            CHECK(run.exitCode == 4);
            CHECK_FALSE(run.err.contains(u"Unknown error"_s));
            CHECK(run.err.contains(u"larger than this system allows"_s));
            CHECK_FALSE(QFileInfo::exists(out));
        }
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
    }
    SECTION("a full file system (a 64 KiB tmpfs, where mounting is allowed)")
    {
        const QString mount = dir.filePath(u"small"_s);
        REQUIRE(QDir().mkpath(mount));
        if (QProcess::execute(u"mount"_s, { u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, mount }) != 0) {
            WARN("SKIPPED: mounting a tmpfs is not allowed here; the ulimit section covers the same path");
            return;
        }
        // Fills it up first, so that even the smallest export does not fit.
        {
            QFile filler(mount + u"/filler"_s);
            REQUIRE(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'f');
            while (filler.write(block) == block.size() && filler.flush()) { }
        }
        for (const QString &format : TextFormats) {
            INFO(format.toStdString());
            const QString out = mount + u"/big."_s + format;
            const Run run = blendwise(dir, { u"export"_s, project, u"--format"_s, format, u"-o"_s, out });
            INFO(run.err.toStdString());
            CHECK(run.exitCode == 4);
            CHECK(run.err.contains(u"no space left on the device"_s));
            CHECK_FALSE(QFileInfo::exists(out));
        }
        QProcess::execute(u"umount"_s, { mount });
    }
}

TEST_CASE("A failing standard output is an output error (exit 4) for export and check", "[cli][faults]")
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    Options full;
    full.stdoutFile = u"/dev/full"_s;
    for (const QString &format : { u"json"_s, u"md"_s, u"docx"_s }) {
        INFO(format.toStdString());
        const Run run = blendwise(dir, { u"export"_s, project, u"--format"_s, format, u"-o"_s, u"-"_s }, full);
        CHECK(run.exitCode == 4);
        CHECK(run.err.contains(u"Cannot write to standard output: no space left on the device"_s));
    }
    for (const QStringList &check : { QStringList { u"check"_s, project },
             QStringList { u"check"_s, project, u"--json"_s }, QStringList { u"templates"_s } }) {
        INFO(check.join(u' ').toStdString());
        const Run run = blendwise(dir, check, full);
        CHECK(run.exitCode == 4);
        CHECK(run.err.contains(u"no space left on the device"_s));
    }
}

TEST_CASE("DOCX and ODT can be written to a pipe, byte for byte as to a file", "[cli][faults]")
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    for (const QString &format : { u"docx"_s, u"odt"_s }) {
        INFO(format.toStdString());
        const QString file = dir.filePath(u"plan."_s + format);
        REQUIRE(blendwise(dir, { u"export"_s, project, u"--format"_s, format, u"-o"_s, file }).exitCode == 0);
        const Run piped = blendwise(dir, { u"export"_s, project, u"--format"_s, format, u"-o"_s, u"-"_s });
        INFO(piped.err.toStdString());
        CHECK(piped.exitCode == 0);
        CHECK(piped.out.size() > 5000);
        CHECK(piped.out == contents(file));
    }
}

TEST_CASE("Inputs are named exactly: link loops, UTF-16 text, numbers in full", "[cli][faults]")
{
    QTemporaryDir dir;
    SECTION("a symbolic link loop is not a missing file")
    {
        REQUIRE(QFile::link(dir.filePath(u"b.blendwise"_s), dir.filePath(u"a.blendwise"_s)));
        REQUIRE(QFile::link(dir.filePath(u"a.blendwise"_s), dir.filePath(u"b.blendwise"_s)));
        for (const QStringList &command : { QStringList { u"check"_s, u"a.blendwise"_s },
                 QStringList { u"import"_s, u"a.blendwise"_s, u"-o"_s, u"c.blendwise"_s } }) {
            const Run run = blendwise(dir, command);
            INFO(run.err.toStdString());
            CHECK(run.exitCode == 2);
            CHECK(run.err.contains(u"link loop"_s));
            CHECK_FALSE(run.err.contains(u"does not exist"_s));
            CHECK_FALSE(run.err.contains(u"no such file"_s));
        }
        const LoadResult loaded = ProjectFile::load(dir.filePath(u"a.blendwise"_s));
        CHECK(loaded.error.message.contains(u"link loop"_s));
    }
    SECTION("a UTF-16 file is named as UTF-16")
    {
        const QString text = QString::fromUtf8(projectToJson(*templateProject(u"it-risk"_s)));
        QByteArray utf16 = QByteArray("\xFF\xFE", 2);
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        writeFile(dir.filePath(u"plan.json"_s), utf16);
        const Run run = blendwise(dir, { u"import"_s, u"plan.json"_s, u"-o"_s, u"plan.blendwise"_s });
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(u"UTF-16"_s));
        CHECK_FALSE(run.err.contains(u"illegal value"_s));
        // Without a byte-order mark too, and as a project file.
        writeFile(dir.filePath(u"plan.json"_s), utf16.mid(2));
        CHECK(blendwise(dir, { u"import"_s, u"plan.json"_s, u"-o"_s, u"plan.blendwise"_s }).err.contains(u"UTF-16"_s));
        writeFile(dir.filePath(u"text.blendwise"_s), utf16);
        CHECK(blendwise(dir, { u"check"_s, u"text.blendwise"_s }).err.contains(u"UTF-16"_s));
    }
    SECTION("numbers are shown in full, not rounded")
    {
        QByteArray json = projectToJson(*templateProject(u"it-risk"_s));
        json.replace("\"minutes\": 240", "\"minutes\": 2147483648");
        writeFile(dir.filePath(u"plan.json"_s), json);
        const Run run = blendwise(dir, { u"import"_s, u"plan.json"_s, u"-o"_s, u"plan.blendwise"_s });
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(u"2147483648"_s));
        CHECK_FALSE(run.err.contains(u"e+09"_s));
    }
}

TEST_CASE("import --force over a file keeps the file's permissions", "[cli][faults]")
{
    QTemporaryDir dir;
    const QString target = makeProject(dir, u"kept.blendwise"_s);
    REQUIRE(::chmod(QFile::encodeName(target).constData(), 0444) == 0);
    writeFile(dir.filePath(u"plan.json"_s), projectToJson(*templateProject(u"pm-initiative"_s)));
    const Run run = blendwise(dir, { u"import"_s, u"plan.json"_s, u"-o"_s, target, u"--force"_s });
    INFO(run.err.toStdString());
    struct stat status { };
    REQUIRE(::stat(QFile::encodeName(target).constData(), &status) == 0);
    if (run.exitCode == 0) {
        CHECK((status.st_mode & 07777) == 0444);
        CHECK(ProjectFile::load(target).project.info.title == templateProject(u"pm-initiative"_s)->info.title);
    } else {
        // Not root: a read-only file is refused, and stays as it was.
        CHECK(run.exitCode == 4);
        CHECK((status.st_mode & 07777) == 0444);
    }
}

TEST_CASE("check and export of a project whose table was replaced by a recursive view end at once", "[cli][faults]")
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cli-view"_s);
        db.setDatabaseName(project);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(u"PRAGMA foreign_keys = OFF"_s));
        REQUIRE(q.exec(u"DROP TABLE activities"_s));
        REQUIRE(q.exec(u"DROP TABLE subgroups"_s));
        REQUIRE(q.exec(u"DROP TABLE objectives"_s));
        REQUIRE(q.exec(u"CREATE VIEW objectives AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                       "SELECT x AS id, x AS position, '' AS statement, '' AS measure, '' AS notes FROM c"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"cli-view"_s);
    Options quick;
    quick.timeoutMs = 20000;
    for (const QStringList &command : { QStringList { u"check"_s, project },
             QStringList { u"export"_s, project, u"--format"_s, u"md"_s, u"-o"_s, u"-"_s } }) {
        INFO(command.join(u' ').toStdString());
        const Run run = blendwise(dir, command, quick);
        REQUIRE(run.finished);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(u"a view “objectives”"_s));
    }
}
