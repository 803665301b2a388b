// SPDX-License-Identifier: GPL-3.0-or-later
// `blendwise library …` as a user runs it, against the throwaway server.
#include "pgserver.h"
#include "sampleproject.h"

#include "library/librarymigrations.h"
#include "library/teamlibrary.h"
#include "storage/projectfile.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace bw;
using bw::test::PgServer;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

PgServer *cliServer()
{
    static std::unique_ptr<PgServer> instance;
    static QString failure;
    if (!instance && failure.isEmpty()) {
        failure = PgServer::unavailableReason();
        if (failure.isEmpty()) {
            instance = std::make_unique<PgServer>();
            if (!instance->start(&failure))
                instance.reset();
            else if (!instance->sql(u"postgres"_s, u"CREATE DATABASE clilib"_s, &failure)
                || !instance->sql(u"clilib"_s, u"CREATE ROLE carol LOGIN; CREATE ROLE dave LOGIN"_s, &failure))
                instance.reset();
        }
    }
    if (!instance) {
        if (qgetenv("CI") == "true")
            FAIL("PostgreSQL test server unavailable under CI: " << failure.toStdString());
        WARN("skipped: " << failure.toStdString());
    }
    return instance.get();
}

Run library(PgServer &pg, const QString &user, QStringList args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGHOST"_s, u"127.0.0.1"_s); // the PG* environment is honoured, like psql
    env.insert(u"PGPORT"_s, QString::number(pg.port()));
    env.insert(u"PGSSLMODE"_s, u"disable"_s);
    process.setProcessEnvironment(env);
    args.prepend(u"library"_s);
    args << u"--dbname"_s << u"clilib"_s << u"--user"_s << user;
    process.start(QStringLiteral(BLENDWISE_BINARY), args);
    REQUIRE(process.waitForFinished(60000));
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("blendwise library: init, status, publish, list, pull, retire, and the offline code", "[library][cli]")
{
    PgServer *pg = cliServer();
    if (!pg)
        return;
    QTemporaryDir dir;
    const QString plan = dir.filePath(u"plan.blendwise"_s);
    Project project = bw::test::taggedProject(u"lib"_s, 4);
    REQUIRE(project.tools.size() >= 1);
    REQUIRE_FALSE(ProjectFile::save(project, plan));

    // Before init: no library yet, a clear message, exit 2.
    Run r = library(*pg, u"postgres"_s, { u"status"_s });
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"library init"_s));

    r = library(*pg, u"postgres"_s, { u"init"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QString error;
    REQUIRE(pg->sql(u"clilib"_s, u"GRANT blendwise_editor TO carol; GRANT blendwise_member TO dave"_s, &error));

    r = library(*pg, u"carol"_s, { u"status"_s });
    CHECK(r.code == 0);
    CHECK(r.out.contains(u"version %1"_s.arg(LibraryMigrations::currentVersion())));
    CHECK(r.out.contains(u"blendwise_editor"_s));

    const QByteArray before = fingerprint(plan);
    r = library(*pg, u"carol"_s, { u"publish"_s, plan, u"--template"_s, u"Tagged"_s, u"--tools"_s, u"--patterns"_s });
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(fingerprint(plan) == before); // publishing never writes the project file

    // Publishing again updates what is there rather than adding a second copy.
    r = library(*pg, u"carol"_s, { u"publish"_s, plan, u"--patterns"_s, u"--tools"_s });
    CHECK(r.code == 0);
    r = library(*pg, u"dave"_s, { u"list"_s, u"patterns"_s, u"--json"_s });
    CHECK(r.code == 0);
    CHECK(QJsonDocument::fromJson(r.out.toUtf8()).array().size() == project.activityCount());
    r = library(*pg, u"dave"_s, { u"list"_s, u"tools"_s });
    CHECK(r.code == 0);
    CHECK(r.out.contains(project.tools[0].name));
    // --search narrows tools too: only those naming every word.
    r = library(*pg, u"dave"_s, { u"list"_s, u"tools"_s, u"--search"_s, project.tools[0].name.toUpper() });
    CHECK(r.code == 0);
    CHECK(r.out.contains(project.tools[0].name));
    r = library(*pg, u"dave"_s, { u"list"_s, u"tools"_s, u"--search"_s, project.tools[0].name + u" zyxwv"_s });
    CHECK(r.code == 0);
    CHECK(r.out.trimmed().isEmpty());

    // A member may not publish: exit 2, and the message says which role is needed.
    r = library(*pg, u"dave"_s, { u"publish"_s, plan, u"--tools"_s });
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"blendwise_editor"_s));

    // Pull a template into a new project file.
    const QString pulled = dir.filePath(u"pulled.blendwise"_s);
    r = library(*pg, u"dave"_s, { u"pull"_s, u"--template"_s, u"tagged"_s, u"-o"_s, pulled });
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    LoadResult loaded = ProjectFile::load(pulled);
    REQUIRE_FALSE(loaded.error);
    CHECK(loaded.project.activityCount() == project.activityCount());

    // Retire a tool team-wide; pulling into the existing file updates its tool.
    const QString toolName = project.tools[0].name;
    r = library(*pg, u"carol"_s, { u"publish"_s, u"--retire"_s, toolName });
    CHECK(r.code == 2); // an editor may not: retiring is for blendwise_admin
    CHECK(r.err.contains(u"blendwise_admin"_s));
    r = library(*pg, u"postgres"_s, { u"publish"_s, u"--retire"_s, toolName });
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    r = library(*pg, u"dave"_s, { u"pull"_s, plan });
    CHECK(r.code == 0);
    loaded = ProjectFile::load(plan);
    REQUIRE_FALSE(loaded.error);
    CHECK(loaded.project.toolByName(toolName)->status == ToolStatus::Retired);

    // Offline: its own exit code, quickly.
    QProcess process;
    process.start(QStringLiteral(BLENDWISE_BINARY),
        { u"library"_s, u"status"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"1"_s, u"--sslmode"_s, u"disable"_s });
    REQUIRE(process.waitForFinished(20000));
    CHECK(process.exitCode() == 7);

    // The server goes down: publish says so with exit 7 and leaves the project file as it was;
    // once the server is back, the next command simply works.
    const QByteArray planNow = fingerprint(plan);
    REQUIRE(pg->stopImmediate());
    r = library(*pg, u"carol"_s, { u"publish"_s, plan, u"--patterns"_s });
    CHECK(r.code == 7);
    CHECK(r.err.contains(u"cannot connect"_s));
    CHECK(fingerprint(plan) == planNow);
    QString restartError;
    const bool restarted = pg->restart(&restartError);
    INFO(restartError.toStdString());
    REQUIRE(restarted);
    r = library(*pg, u"carol"_s, { u"status"_s });
    CHECK(r.code == 0);

    // Usage errors.
    r = library(*pg, u"carol"_s, { u"frobnicate"_s });
    CHECK(r.code == 1);
    r = library(*pg, u"carol"_s, { u"publish"_s, plan });
    CHECK(r.code == 1);
}
