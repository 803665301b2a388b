// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisor.h"
#include "catalogue/catalogue.h"
#include "import/csvreader.h"
#include "storage/projectfile.h"
#include "storage/projectlock.h"

#include "checkers.h"
#include "qtprint.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace bw;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the binary in English (the tests compare its texts) unless `language` names another.
Run blendwise(const QTemporaryDir &dir, const QStringList &arguments, const QString &language = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.insert(u"LC_ALL"_s, language.isEmpty() ? u"C"_s : language);
    env.insert(u"LANG"_s, language.isEmpty() ? u"C"_s : language);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral(BLENDWISE_BINARY), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Runs SQL on a file the way another program would, to build foreign and newer files.
void runSql(const QString &path, const QStringList &statements)
{
    const QString name = u"cli-test-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            INFO(sql.toStdString());
            REQUIRE(query.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("--help and --version", "[cli]")
{
    QTemporaryDir dir;
    const Run help = blendwise(dir, { u"--help"_s });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("blendwise export FILE --format F"_L1));
    CHECK(help.out.contains("Exit codes"_L1));
    const Run version = blendwise(dir, { u"--version"_s });
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == u"blendwise "_s + QStringLiteral(BLENDWISE_VERSION));
    CHECK(blendwise(dir, { u"export"_s, u"--help"_s }).exitCode == 0);
}

TEST_CASE("Usage errors exit 1 with a message and the usage", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(blendwise(dir, { u"new"_s, u"demo.blendwise"_s }).exitCode == 0);
    const QList<QStringList> cases = {
        { u"--bogus"_s },
        { u"frobnicate"_s, u"a"_s },
        { u"new"_s },
        { u"new"_s, u"a.blendwise"_s, u"b.blendwise"_s },
        { u"new"_s, u"x.blendwise"_s, u"--template"_s, u"no-such"_s },
        { u"import"_s, u"in.json"_s, u"--from"_s, u"no-such"_s },
        { u"export"_s, u"demo.blendwise"_s },
        { u"export"_s, u"demo.blendwise"_s, u"--format"_s, u"xls"_s },
        { u"export"_s, u"demo.blendwise"_s, u"--format"_s, u"pdf"_s, u"--paper"_s, u"a5"_s },
        { u"export"_s, u"demo.blendwise"_s, u"--format"_s, u"md"_s, u"--colour"_s },
        { u"check"_s },
        { u"templates"_s, u"extra"_s },
        { u"--version"_s, u"extra"_s },
    };
    for (const QStringList &args : cases) {
        INFO(args.join(u' ').toStdString());
        const Run r = blendwise(dir, args);
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith("blendwise: "_L1));
        CHECK(r.err.contains("--help"_L1));
        CHECK(r.out.isEmpty());
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList { u"demo.blendwise"_s });
}

TEST_CASE("templates lists the built-in templates", "[cli]")
{
    QTemporaryDir dir;
    const Run r = blendwise(dir, { u"templates"_s });
    CHECK(r.exitCode == 0);
    for (const TemplateInfo &t : builtinTemplates())
        CHECK(r.out.contains(t.name + u"  "_s));
    CHECK(r.out.contains("it-risk"_L1));
    CHECK(r.out.contains("pm-initiative"_L1));
}

TEST_CASE("new from a template, then export in every text format", "[cli]")
{
    QTemporaryDir dir;
    const Run created = blendwise(dir, { u"new"_s, u"demo.blendwise"_s, u"--template"_s, u"it-risk"_s });
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    const QString file = dir.filePath(u"demo.blendwise"_s);
    REQUIRE(QFile::exists(file));
    const LoadResult loaded = ProjectFile::load(file);
    REQUIRE(!loaded.error);
    CHECK(loaded.project == *templateProject(u"it-risk"_s));

    const QByteArray before = contents(file);
    const auto project = templateProject(u"it-risk"_s);
    for (const char *format : { "html", "md", "csv", "json" }) {
        INFO(format);
        const QString out = u"demo."_s + QLatin1String(format);
        const Run r
            = blendwise(dir, { u"export"_s, u"demo.blendwise"_s, u"--format"_s, QLatin1String(format), u"-o"_s, out });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QString text = QString::fromUtf8(contents(dir.filePath(out)));
        // Each format escapes in its own way; the opening words of a statement survive all of them.
        for (const Objective &o : project->objectives)
            CHECK(text.contains(o.statement.left(40)));
    }
    CHECK(contents(file) == before);

    // Without -o the output goes next to the input, named after it.
    QDir(dir.path()).remove(u"demo.md"_s);
    CHECK(blendwise(dir, { u"export"_s, u"demo.blendwise"_s, u"--format"_s, u"md"_s }).exitCode == 0);
    CHECK(QFile::exists(dir.filePath(u"demo.md"_s)));

    // "-o -" writes to standard output and leaves no file called "-".
    const Run piped = blendwise(dir, { u"export"_s, u"demo.blendwise"_s, u"--format"_s, u"md"_s, u"-o"_s, u"-"_s });
    CHECK(piped.exitCode == 0);
    CHECK(piped.out.contains(project->objectives.first().statement.left(40)));
    CHECK_FALSE(QFile::exists(dir.filePath(u"-"_s)));
    CHECK(contents(file) == before);
}

TEST_CASE("new and import never replace a file without --force", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(blendwise(dir, { u"new"_s, u"a.blendwise"_s }).exitCode == 0);
    const QByteArray before = contents(dir.filePath(u"a.blendwise"_s));
    const Run again = blendwise(dir, { u"new"_s, u"a.blendwise"_s, u"--template"_s, u"it-risk"_s });
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("--force"_L1));
    CHECK(contents(dir.filePath(u"a.blendwise"_s)) == before);

    REQUIRE(blendwise(dir, { u"export"_s, u"a.blendwise"_s, u"--format"_s, u"json"_s }).exitCode == 0);
    CHECK(blendwise(dir, { u"import"_s, u"a.json"_s, u"-o"_s, u"a.blendwise"_s }).exitCode == 1);
    CHECK(contents(dir.filePath(u"a.blendwise"_s)) == before);
    // Not even with --force may an import write over its own input.
    const QByteArray json = contents(dir.filePath(u"a.json"_s));
    CHECK(blendwise(dir, { u"import"_s, u"a.json"_s, u"-o"_s, u"./a.json"_s, u"--force"_s }).exitCode == 1);
    CHECK(contents(dir.filePath(u"a.json"_s)) == json);

    CHECK(blendwise(dir, { u"new"_s, u"a.blendwise"_s, u"--template"_s, u"it-risk"_s, u"--force"_s }).exitCode == 0);
    CHECK(ProjectFile::load(dir.filePath(u"a.blendwise"_s)).project.objectives.size()
        == templateProject(u"it-risk"_s)->objectives.size());
}

TEST_CASE("import of an exported plan exports the same JSON", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(blendwise(dir, { u"new"_s, u"a.blendwise"_s, u"--template"_s, u"pm-initiative"_s }).exitCode == 0);
    REQUIRE(blendwise(dir, { u"export"_s, u"a.blendwise"_s, u"--format"_s, u"json"_s, u"-o"_s, u"a.json"_s }).exitCode
        == 0);
    const Run imported = blendwise(dir, { u"import"_s, u"a.json"_s, u"-o"_s, u"b.blendwise"_s });
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    REQUIRE(blendwise(dir, { u"export"_s, u"b.blendwise"_s, u"--format"_s, u"json"_s, u"-o"_s, u"b.json"_s }).exitCode
        == 0);
    const QByteArray first = contents(dir.filePath(u"a.json"_s));
    CHECK(first.size() > 1000);
    CHECK(contents(dir.filePath(u"b.json"_s)) == first);
}

TEST_CASE("import reports JSON errors and warnings naming the file", "[cli]")
{
    QTemporaryDir dir;
    writeFile(
        dir.filePath(u"bad.json"_s), R"({"format": "blendwise-plan", "version": 1, "objectives": [{"statement": "S",
        "activities": [{"title": "T", "phase": "during-class", "direction": "one-to-many"}]}]})");
    const Run bad = blendwise(dir, { u"import"_s, u"bad.json"_s, u"-o"_s, u"bad.blendwise"_s });
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.trimmed()
        == "bad.json: objectives[0].activities[0].phase: unknown value \"during-class\" (expected pre-class, "
           "in-class or post-class)"_L1);
    CHECK_FALSE(QFile::exists(dir.filePath(u"bad.blendwise"_s)));

    const Run missing = blendwise(dir, { u"import"_s, u"none.json"_s, u"-o"_s, u"x.blendwise"_s });
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains("none.json"_L1));

    writeFile(dir.filePath(u"extra.json"_s), R"({"format": "blendwise-plan", "version": 1, "mood": "sunny"})");
    const Run extra = blendwise(dir, { u"import"_s, u"extra.json"_s, u"-o"_s, u"extra.blendwise"_s });
    CHECK(extra.exitCode == 0);
    CHECK(extra.err.contains("extra.json: warning: mood: unknown key ignored"_L1));
}

TEST_CASE("check exits 3 when the advisor finds errors", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(blendwise(dir, { u"new"_s, u"risk.blendwise"_s, u"--template"_s, u"it-risk"_s }).exitCode == 0);
    const QList<Finding> expected = runAdvisor(*templateProject(u"it-risk"_s));
    int errors = 0;
    for (const Finding &f : expected)
        errors += f.severity == Severity::Error;
    const Run text = blendwise(dir, { u"check"_s, u"risk.blendwise"_s });
    CHECK(text.exitCode == (errors ? 3 : 0));
    CHECK(text.out.count(u'\n') == expected.size() + 1);

    writeFile(dir.filePath(u"thin.json"_s), R"({"format": "blendwise-plan", "version": 1,
        "objectives": [{"statement": "Be able to rank the risks of a project"}]})");
    REQUIRE(blendwise(dir, { u"import"_s, u"thin.json"_s, u"-o"_s, u"thin.blendwise"_s }).exitCode == 0);
    const QByteArray before = contents(dir.filePath(u"thin.blendwise"_s));
    const Run thin = blendwise(dir, { u"check"_s, u"thin.blendwise"_s });
    CHECK(thin.exitCode == 3);
    CHECK(thin.out.contains(QRegularExpression(
        u"^error +objective-without-activities  objectives\\[0\\]  "_s, QRegularExpression::MultilineOption)));

    const Run json = blendwise(dir, { u"check"_s, u"thin.blendwise"_s, u"--json"_s });
    CHECK(json.exitCode == 3);
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(report.value("file"_L1).toString() == "thin.blendwise"_L1);
    CHECK(report.value("errors"_L1).toInt() >= 1);
    bool found = false;
    for (const QJsonValue &v : report.value("findings"_L1).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value("rule"_L1).toString() == "objective-without-activities"_L1) {
            found = true;
            CHECK(f.value("severity"_L1).toString() == "error"_L1);
            CHECK(f.value("path"_L1).toString() == "objectives[0]"_L1);
            CHECK(!f.value("message"_L1).toString().isEmpty());
        }
    }
    CHECK(found);
    CHECK(report.value("warnings"_L1).isDouble());
    CHECK(report.value("suggestions"_L1).isDouble());
    CHECK(contents(dir.filePath(u"thin.blendwise"_s)) == before);
}

TEST_CASE("check shows the fix the studio offers for a finding", "[cli]")
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"old.json"_s), R"({"format": "blendwise-plan", "version": 1,
        "objectives": [{"statement": "Be able to rank the risks of a project", "activities": [
          {"title": "Call with the expert", "phase": "post-class", "direction": "many-to-many",
           "tool": "Skype", "minutes": 45}]}]})");
    REQUIRE(blendwise(dir, { u"import"_s, u"old.json"_s, u"-o"_s, u"old.blendwise"_s }).exitCode == 0);
    const Run text = blendwise(dir, { u"check"_s, u"old.blendwise"_s });
    INFO(text.out.toStdString());
    CHECK(
        text.out.contains(QRegularExpression(u"tool-retired  tools\\[\\d+\\]  .*Skype.*\n +fix: .*Microsoft Teams"_s)));
    const QJsonObject report
        = QJsonDocument::fromJson(blendwise(dir, { u"check"_s, u"old.blendwise"_s, u"--json"_s }).out.toUtf8())
              .object();
    bool found = false;
    for (const QJsonValue &v : report.value("findings"_L1).toArray())
        if (v.toObject().value("rule"_L1).toString() == "tool-retired"_L1) {
            found = true;
            CHECK(v.toObject().value("fix"_L1).toString().contains("Microsoft Teams"_L1));
        }
    CHECK(found);
}

TEST_CASE("Unreadable inputs exit 2 with one line naming the file, and stay untouched", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(blendwise(dir, { u"new"_s, u"good.blendwise"_s, u"--template"_s, u"it-risk"_s }).exitCode == 0);
    const QByteArray good = contents(dir.filePath(u"good.blendwise"_s));

    writeFile(dir.filePath(u"picture.blendwise"_s), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    writeFile(dir.filePath(u"empty.blendwise"_s), QByteArray());
    runSql(dir.filePath(u"foreign.blendwise"_s),
        { u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
            u"INSERT INTO notes (body) VALUES ('hello')"_s });
    writeFile(dir.filePath(u"truncated.blendwise"_s), good.left(good.size() / 2));
    writeFile(dir.filePath(u"newer.blendwise"_s), good);
    runSql(dir.filePath(u"newer.blendwise"_s), { u"PRAGMA user_version = %1"_s.arg(ProjectFile::schemaVersion() + 1) });

    const QStringList names = { u"missing.blendwise"_s, u"picture.blendwise"_s, u"empty.blendwise"_s,
        u"foreign.blendwise"_s, u"truncated.blendwise"_s, u"newer.blendwise"_s };
    QSet<QString> messages;
    for (const QString &name : names) {
        const QByteArray before = contents(dir.filePath(name));
        for (const QStringList &args : { QStringList { u"check"_s, name },
                 QStringList { u"export"_s, name, u"--format"_s, u"md"_s, u"-o"_s, u"o.md"_s } }) {
            INFO(args.join(u' ').toStdString());
            const Run r = blendwise(dir, args);
            CHECK(r.exitCode == 2);
            CHECK(r.out.isEmpty());
            CHECK(r.err.count(u'\n') == 1);
            CHECK(r.err.contains(name));
            messages.insert(r.err.section(u':', 1)); // the reason, without the file name
            CHECK(contents(dir.filePath(name)) == before);
            CHECK(QFile::exists(dir.filePath(name)) == (name != "missing.blendwise"_L1));
        }
    }
    CHECK(messages.size() == names.size()); // each problem has its own message
    CHECK_FALSE(QFile::exists(dir.filePath(u"o.md"_s)));
}

TEST_CASE("export refuses to write over its input", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(blendwise(dir, { u"new"_s, u"plan.blendwise"_s }).exitCode == 0);
    REQUIRE(QFile::link(dir.filePath(u"plan.blendwise"_s), dir.filePath(u"alias.json"_s)));
    const QByteArray before = contents(dir.filePath(u"plan.blendwise"_s));
    for (const QString &out :
        { u"plan.blendwise"_s, u"./plan.blendwise"_s, dir.filePath(u"plan.blendwise"_s), u"alias.json"_s }) {
        INFO(out.toStdString());
        const Run r = blendwise(dir, { u"export"_s, u"plan.blendwise"_s, u"--format"_s, u"json"_s, u"-o"_s, out });
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("input"_L1));
        CHECK(contents(dir.filePath(u"plan.blendwise"_s)) == before);
    }
}

TEST_CASE("The command line speaks the user's language where a translation ships", "[cli]")
{
    QTemporaryDir dir;
    const Run english = blendwise(dir, { u"check"_s, u"missing.blendwise"_s });
    CHECK(english.exitCode == 2);
    CHECK(english.err.contains(u"does not exist"_s));
    const Run german = blendwise(dir, { u"check"_s, u"missing.blendwise"_s }, u"de_DE.UTF-8"_s);
    CHECK(german.exitCode == 2);
    INFO(german.err.toStdString());
    CHECK_FALSE(german.err.contains(u"does not exist"_s));
    CHECK(german.err.contains(u"missing.blendwise"_s));

    // The plan document speaks the project's language, not the user's.
    REQUIRE(blendwise(dir, { u"new"_s, u"en.blendwise"_s, u"--template"_s, u"it-risk"_s }).exitCode == 0);
    const Run englishPlan
        = blendwise(dir, { u"export"_s, u"en.blendwise"_s, u"--format"_s, u"md"_s, u"-o"_s, u"-"_s }, u"de_DE.UTF-8"_s);
    CHECK(englishPlan.out.contains(u"## Summary"_s));
    CHECK_FALSE(englishPlan.out.contains(u"Zusammenfassung"_s));
    writeFile(dir.filePath(u"de.json"_s), R"({"format": "blendwise-plan", "version": 1, "language": "de",
        "objectives": [{"statement": "Risiken eines Projekts bewerten können"}]})");
    REQUIRE(blendwise(dir, { u"import"_s, u"de.json"_s, u"-o"_s, u"de.blendwise"_s }).exitCode == 0);
    const Run germanPlan = blendwise(dir, { u"export"_s, u"de.blendwise"_s, u"--format"_s, u"md"_s, u"-o"_s, u"-"_s });
    CHECK(germanPlan.out.contains(u"## Zusammenfassung"_s));
}

TEST_CASE("export and import show progress on a terminal and stay quiet when piped", "[cli]")
{
    QTemporaryDir dir;
    REQUIRE(blendwise(dir, { u"new"_s, u"plan.blendwise"_s, u"--template"_s, u"it-risk"_s }).exitCode == 0);

    // stderr is a pipe here (QProcess): only the messages, no progress line.
    const Run exported = blendwise(dir, { u"export"_s, u"plan.blendwise"_s, u"--format"_s, u"docx"_s });
    CHECK(exported.exitCode == 0);
    CHECK(exported.err == u"Wrote plan.docx.\n"_s);
    const Run json = blendwise(dir, { u"export"_s, u"plan.blendwise"_s, u"--format"_s, u"json"_s });
    REQUIRE(json.exitCode == 0);
    const Run imported = blendwise(dir, { u"import"_s, u"plan.json"_s, u"-o"_s, u"again.blendwise"_s });
    CHECK(imported.exitCode == 0);
    CHECK(imported.err == u"Imported plan.json into again.blendwise.\n"_s);
    for (const Run *run : { &exported, &json, &imported }) {
        CHECK_FALSE(run->err.contains(u'\r'));
        CHECK_FALSE(run->err.contains(u"Exporting"_s));
        CHECK_FALSE(run->err.contains(u"Importing"_s));
    }

    // On a terminal (a pseudo-terminal from script(1)) the same commands show their progress,
    // one line rewritten in place.
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    if (script.isEmpty()) {
        if (qEnvironmentVariable("CI") == u"true"_s)
            FAIL("script(1) (util-linux) is needed to give the command a terminal");
        WARN("script(1) missing: progress on a terminal not checked");
        return;
    }
    const auto onTerminal = [&](const QString &command) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LC_ALL"_s, u"C"_s);
        env.insert(u"LANG"_s, u"C"_s);
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(dir.path());
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(script, { u"-q"_s, u"-e"_s, u"-c"_s, u"'"_s + QStringLiteral(BLENDWISE_BINARY) + u"' "_s + command,
                                  QProcess::nullDevice() });
        REQUIRE(process.waitForFinished(60000));
        CHECK(process.exitCode() == 0);
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    const QString shown = onTerminal(u"export plan.blendwise --format csv -o tty.csv"_s);
    CHECK(shown.contains(u"\rExporting… 0/9 rows"_s));
    CHECK(shown.contains(u"\rExporting… 9/9 rows"_s));
    CHECK(shown.contains(u"Wrote tty.csv."_s));
    const QString importing = onTerminal(u"import plan.json -o tty.blendwise"_s);
    CHECK(importing.contains(u"\rImporting… writing tty.blendwise (activities: 9)"_s));
}

TEST_CASE("diff tells what changed between two project files, exit 5 when they differ", "[cli][diff]")
{
    QTemporaryDir dir;
    REQUIRE(blendwise(dir, {u"new"_s, u"a.blendwise"_s, u"--template"_s, u"it-risk"_s}).exitCode == 0);
    REQUIRE(QFile::copy(dir.filePath(u"a.blendwise"_s), dir.filePath(u"b.blendwise"_s)));

    const Run same = blendwise(dir, {u"diff"_s, u"a.blendwise"_s, u"b.blendwise"_s});
    CHECK(same.exitCode == 0);
    CHECK(same.out.isEmpty());
    CHECK(same.err.contains(u"No differences."_s));

    // Two activities moved, one tool and one duration changed: four changes.
    LoadResult loaded = ProjectFile::load(dir.filePath(u"b.blendwise"_s));
    REQUIRE_FALSE(loaded.error);
    Project p = loaded.project;
    REQUIRE(p.objectives.size() >= 2);
    Activity &first = p.objectives[0].activities[0];
    first.phase = Phase::InClass;
    Activity &second = p.objectives[1].activities[0];
    second.phase = Phase::PostClass;
    Activity &third = p.objectives[0].activities[1];
    const Tool *other = nullptr;
    for (const Tool &t : p.tools)
        if (t.id != third.toolId)
            other = &t;
    REQUIRE(other);
    const QString otherName = other->name;
    third.toolId = other->id;
    p.objectives[0].activities[2].duration = Duration::exact(95);
    REQUIRE_FALSE(ProjectFile::save(p, dir.filePath(u"b.blendwise"_s)));

    const Run text = blendwise(dir, {u"diff"_s, u"a.blendwise"_s, u"b.blendwise"_s});
    CHECK(text.exitCode == 5);
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].startsWith(u"Activity 1.1 "_s));
    CHECK(lines[0].contains(u"moved from Pre-class to In-class"_s));
    CHECK(lines[1].contains(u"tool changed from"_s));
    CHECK(lines[1].contains(otherName));
    CHECK(lines[2].contains(u"duration changed from"_s));
    CHECK(lines[2].contains(u"to 95 min"_s));
    CHECK(lines[3].startsWith(u"Activity 2.1 "_s));

    const Run json = blendwise(dir, {u"diff"_s, u"a.blendwise"_s, u"b.blendwise"_s, u"--json"_s});
    CHECK(json.exitCode == 5);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray changes = root.value(u"changes"_s).toArray();
    REQUIRE(changes.size() == 4);
    CHECK(changes[0].toObject().value(u"change"_s).toString() == u"moved"_s);
    CHECK(changes[1].toObject().value(u"fields"_s).toArray()[0].toObject().value(u"field"_s).toString() == u"tool"_s);

    CHECK(blendwise(dir, {u"diff"_s, u"a.blendwise"_s}).exitCode == 1);
    CHECK(blendwise(dir, {u"diff"_s, u"a.blendwise"_s, u"missing.blendwise"_s}).exitCode == 2);
}

TEST_CASE("mark, versions, diff FILE@VERSION and export FILE@VERSION", "[cli][versions]")
{
    QTemporaryDir dir;
    REQUIRE(blendwise(dir, {u"new"_s, u"plan.blendwise"_s, u"--template"_s, u"it-risk"_s}).exitCode == 0);
    const Run none = blendwise(dir, {u"versions"_s, u"plan.blendwise"_s});
    CHECK(none.exitCode == 0);
    CHECK(none.out.isEmpty());
    CHECK(none.err.contains(u"no versions yet"_s));

    CHECK(blendwise(dir, {u"mark"_s, u"plan.blendwise"_s}).exitCode == 1); // --name is required
    const Run marked = blendwise(dir, {u"mark"_s, u"plan.blendwise"_s, u"--name"_s, u"1.0 — sent to client"_s,
                                       u"--note"_s, u"For the sponsor"_s});
    CHECK(marked.exitCode == 0);
    const Run listed = blendwise(dir, {u"versions"_s, u"plan.blendwise"_s});
    CHECK(listed.out.startsWith(u"1.0 — sent to client\t"_s));
    CHECK(listed.out.contains(u"For the sponsor"_s));

    // Move two activities, change a tool and a duration; the diff names the four changes.
    LoadResult loaded = ProjectFile::load(dir.filePath(u"plan.blendwise"_s));
    REQUIRE_FALSE(loaded.error);
    Project p = loaded.project;
    REQUIRE(p.versions.size() == 1);
    p.objectives[0].activities[0].phase = Phase::InClass;
    p.objectives[1].activities[0].phase = Phase::PostClass;
    Activity &third = p.objectives[0].activities[1];
    for (const Tool &t : p.tools)
        if (t.id != third.toolId)
            third.toolId = t.id;
    p.objectives[0].activities[2].duration = Duration::exact(95);
    REQUIRE_FALSE(ProjectFile::save(p, dir.filePath(u"plan.blendwise"_s)));

    const Run d = blendwise(dir, {u"diff"_s, u"plan.blendwise@1.0"_s, u"plan.blendwise"_s});
    CHECK(d.exitCode == 5);
    CHECK(d.out.split(u'\n', Qt::SkipEmptyParts).size() == 4);
    CHECK(blendwise(dir, {u"diff"_s, u"plan.blendwise@1.0 — sent to client"_s, u"plan.blendwise@1.0"_s}).exitCode == 0);
    const Run missing = blendwise(dir, {u"diff"_s, u"plan.blendwise@2.0"_s, u"plan.blendwise"_s});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(u"no version \"2.0\""_s));

    const Run exported = blendwise(dir, {u"export"_s, u"plan.blendwise@1.0"_s, u"--format"_s, u"csv"_s});
    CHECK(exported.exitCode == 0);
    CHECK(QFileInfo::exists(dir.filePath(u"plan-1.0.csv"_s)));
    // The version's plan, not today's: the first activity is still pre-class there.
    const QString csv = QString::fromUtf8(contents(dir.filePath(u"plan-1.0.csv"_s)));
    const QStringList rows = csv.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(rows.size() > 1);
    CHECK(rows[1].contains(u"Pre-class"_s));

    // A project open in the studio (its lock held) is not marked behind its back.
    ProjectLock lock(dir.filePath(u"plan.blendwise"_s));
    REQUIRE(lock.tryLock());
    const Run refused = blendwise(dir, {u"mark"_s, u"plan.blendwise"_s, u"--name"_s, u"1.1"_s});
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains(u"mark the version there"_s));
}

TEST_CASE("export --format xlsx writes a workbook, named after the input without -o", "[cli][xlsx]")
{
    QTemporaryDir dir;
    REQUIRE(blendwise(dir, { u"new"_s, u"demo.blendwise"_s, u"--template"_s, u"it-risk"_s }).exitCode == 0);
    const Run r = blendwise(dir, { u"export"_s, u"demo.blendwise"_s, u"--format"_s, u"xlsx"_s });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QByteArray xlsx = contents(dir.filePath(u"demo.xlsx"_s));
    CHECK(xlsx.startsWith("PK\x03\x04"));
    // ZIP keeps the entry names readable in its headers: three sheets.
    CHECK(xlsx.contains("xl/worksheets/sheet1.xml"));
    CHECK(xlsx.contains("xl/worksheets/sheet3.xml"));
    if (QProcess::execute(QString::fromLatin1(test::systemPython()), { u"-c"_s, u"import openpyxl"_s }) != 0
        && test::checkerMissing("python3 with openpyxl", "python3-openpyxl"))
        return;
    QProcess python;
    python.start(QString::fromLatin1(test::systemPython()),
        { u"-c"_s,
            u"import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); "
            "print('|'.join(wb.sheetnames)); print(wb.worksheets[0].max_row)"_s,
            dir.filePath(u"demo.xlsx"_s) });
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).split(u'\n');
    REQUIRE(lines.size() >= 2);
    CHECK(lines[0] == u"Activities|The blend at a glance|Schedule"_s);
    const auto project = templateProject(u"it-risk"_s);
    REQUIRE(project.has_value());
    int activities = 0;
    for (const Objective &o : project->objectives)
        activities += int(o.activities.size());
    CHECK(lines[1].toInt() == activities + 1);
}

TEST_CASE("export --changes-since and --tracked-changes", "[cli][versions][export]")
{
    QTemporaryDir dir;
    REQUIRE(blendwise(dir, { u"new"_s, u"plan.blendwise"_s, u"--template"_s, u"it-risk"_s }).exitCode == 0);
    REQUIRE(blendwise(dir,
                { u"mark"_s, u"plan.blendwise"_s, u"--name"_s, u"1.0 — sent to client"_s, u"--note"_s,
                    u"For the sponsor"_s })
                .exitCode
        == 0);
    LoadResult loaded = ProjectFile::load(dir.filePath(u"plan.blendwise"_s));
    REQUIRE_FALSE(loaded.error);
    Project p = loaded.project;
    p.objectives[0].activities[0].phase = Phase::InClass;
    p.objectives[0].activities[2].duration = Duration::exact(95);
    REQUIRE_FALSE(ProjectFile::save(p, dir.filePath(u"plan.blendwise"_s)));

    const Run md = blendwise(dir,
        { u"export"_s, u"plan.blendwise"_s, u"--format"_s, u"md"_s, u"--changes-since"_s, u"1.0"_s, u"-o"_s, u"-"_s });
    CHECK(md.exitCode == 0);
    CHECK(md.out.contains(u"Changes since 1.0 — sent to client"_s));
    CHECK(md.out.contains(u"Revision history"_s));
    CHECK(md.out.contains(u"For the sponsor"_s));
    CHECK(md.out.contains(u"duration changed"_s));

    // Only Word has revisions; an unknown version cannot be read.
    const Run pdf = blendwise(
        dir, { u"export"_s, u"plan.blendwise"_s, u"--format"_s, u"pdf"_s, u"--tracked-changes"_s, u"1.0"_s });
    CHECK(pdf.exitCode == 1);
    CHECK(pdf.err.contains(u"--tracked-changes needs --format docx"_s));
    const Run unknown
        = blendwise(dir, { u"export"_s, u"plan.blendwise"_s, u"--format"_s, u"md"_s, u"--changes-since"_s, u"2.0"_s });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"no version \"2.0\""_s));

    const Run docx = blendwise(dir,
        { u"export"_s, u"plan.blendwise"_s, u"--format"_s, u"docx"_s, u"--tracked-changes"_s, u"1.0"_s, u"-o"_s,
            u"tracked.docx"_s });
    CHECK(docx.exitCode == 0);
    REQUIRE(QFileInfo::exists(dir.filePath(u"tracked.docx"_s)));
    // FILE@VERSION with changes since an earlier version reads the versions from FILE.
    CHECK(blendwise(dir,
        { u"export"_s, u"plan.blendwise@1.0"_s, u"--format"_s, u"md"_s, u"--changes-since"_s, u"1.0"_s, u"-o"_s,
            u"-"_s })
              .out.contains(u"Nothing has changed since 1.0 — sent to client."_s));

    // The revisions themselves: w:ins and w:del in word/document.xml.
    if (!QFile::exists(QString::fromLatin1(test::systemPython()))
        && test::checkerMissing("Python 3 (/usr/bin/python3)", "python3"))
        return;
    QProcess python;
    python.start(QString::fromLatin1(test::systemPython()),
        { u"-c"_s,
            u"import sys, zipfile; x = zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode();"
            " print(x.count('<w:ins '), x.count('<w:del '))"_s,
            dir.filePath(u"tracked.docx"_s) });
    REQUIRE(python.waitForFinished(60000));
    const QStringList counts = QString::fromUtf8(python.readAllStandardOutput()).split(u' ');
    REQUIRE(counts.size() == 2);
    CHECK(counts[0].toInt() > 0);
    CHECK(counts[1].toInt() > 0);
}

TEST_CASE("import detects JSON by content, honours --from and names the formats when none fits", "[cli][import]")
{
    QTemporaryDir dir;
    REQUIRE(blendwise(dir, { u"new"_s, u"plan.blendwise"_s, u"--template"_s, u"it-risk"_s }).exitCode == 0);
    REQUIRE(blendwise(dir, { u"export"_s, u"plan.blendwise"_s, u"--format"_s, u"json"_s, u"-o"_s, u"data.txt"_s })
                .exitCode
        == 0);
    const QByteArray json = contents(dir.filePath(u"data.txt"_s));

    // Content decides: a .txt that holds a Blendwise plan; without -o the project goes beside it.
    const Run detected = blendwise(dir, { u"import"_s, u"data.txt"_s });
    INFO(detected.err.toStdString());
    CHECK(detected.exitCode == 0);
    CHECK(detected.err == u"Imported data.txt into data.blendwise.\n"_s);
    REQUIRE(QFile::exists(dir.filePath(u"data.blendwise"_s)));
    REQUIRE(blendwise(dir, { u"export"_s, u"data.blendwise"_s, u"--format"_s, u"json"_s, u"-o"_s, u"again.json"_s })
                .exitCode
        == 0);
    CHECK(contents(dir.filePath(u"again.json"_s)) == json);

    // No overwrite without --force, also for the default output; with --force it is replaced.
    const Run again = blendwise(dir, { u"import"_s, u"data.txt"_s });
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"data.blendwise already exists; use --force"_s));
    CHECK(blendwise(dir, { u"import"_s, u"data.txt"_s, u"--force"_s }).exitCode == 0);

    // --from json reads a file whose content would not be recognised by its name alone.
    writeFile(dir.filePath(u"bare.dat"_s), R"({"format": "blendwise-plan", "version": 1, "mood": "sunny"})");
    const Run from = blendwise(dir, { u"import"_s, u"bare.dat"_s, u"--from"_s, u"JSON"_s, u"-o"_s, u"bare.blendwise"_s });
    CHECK(from.exitCode == 0);
    // Warnings go to stderr, one line each, naming the input.
    CHECK(from.err == u"bare.dat: warning: mood: unknown key ignored\nImported bare.dat into bare.blendwise.\n"_s);

    // Nothing fits: a usage error that lists the formats; nothing is written.
    writeFile(dir.filePath(u"notes.txt"_s), "just some notes\n");
    const Run unknown = blendwise(dir, { u"import"_s, u"notes.txt"_s });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.startsWith(u"blendwise: cannot tell the format of notes.txt; use --from (one of json"_s));
    CHECK_FALSE(QFile::exists(dir.filePath(u"notes.blendwise"_s)));

    // An unknown --from is refused before the input is read.
    const Run badFrom = blendwise(dir, { u"import"_s, u"data.txt"_s, u"--from"_s, u"xls"_s, u"-o"_s, u"x.blendwise"_s });
    CHECK(badFrom.exitCode == 1);
    CHECK(badFrom.err.contains(u"unknown format \"xls\" (expected one of json"_s));
    const Run badMap = blendwise(dir, { u"import"_s, u"data.txt"_s, u"--map"_s, u"title"_s, u"-o"_s, u"x.blendwise"_s });
    CHECK(badMap.exitCode == 1);
    CHECK(badMap.err.contains(u"--map expects FIELD=COLUMN"_s));
    CHECK_FALSE(QFile::exists(dir.filePath(u"x.blendwise"_s)));

    // The importer's refusal names the line: exit 2.
    writeFile(dir.filePath(u"broken.txt"_s), "{\"format\": \"blendwise-plan\",\n \"version\": }\n");
    const Run broken = blendwise(dir, { u"import"_s, u"broken.txt"_s, u"-o"_s, u"broken.blendwise"_s });
    CHECK(broken.exitCode == 2);
    CHECK(broken.err.startsWith(u"broken.txt: "_s));
    CHECK_FALSE(QFile::exists(dir.filePath(u"broken.blendwise"_s)));

    // The help lists the import formats.
    CHECK(blendwise(dir, { u"--help"_s }).out.contains(u"(FORMAT: json"_s));
}

TEST_CASE("update applies an edited CSV export; --dry-run leaves the file as it is", "[cli][update]")
{
    QTemporaryDir dir;
    REQUIRE(blendwise(dir, { u"new"_s, u"plan.blendwise"_s, u"--template"_s, u"it-risk"_s }).exitCode == 0);
    REQUIRE(blendwise(dir, { u"export"_s, u"plan.blendwise"_s, u"--format"_s, u"csv"_s }).exitCode == 0);
    QList<QStringList> records = readCsv(contents(dir.filePath(u"plan.csv"_s))).records;
    REQUIRE(records.size() > 2);
    records[1][3] = u"Spot the phish"_s;
    QStringList added(records[1].size());
    added[0] = records[1][0];
    added[1] = records[1][1];
    added[3] = u"Report a phish to IT"_s;
    records.append(added);
    QString csv;
    for (const QStringList &r : records) {
        QStringList quoted;
        for (QString f : r)
            quoted.append(u'"' + f.replace(u"\""_s, u"\"\""_s) + u'"');
        csv += quoted.join(u';') + u"\r\n"_s;
    }
    writeFile(dir.filePath(u"edited.csv"_s), csv.toUtf8());
    const QByteArray saved = contents(dir.filePath(u"plan.blendwise"_s));

    const Run dry = blendwise(dir, { u"update"_s, u"plan.blendwise"_s, u"edited.csv"_s, u"--dry-run"_s });
    INFO(dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.split(u'\n', Qt::SkipEmptyParts).size() == 2);
    CHECK(dry.out.contains(u"Spot the phish"_s));
    CHECK(dry.err.contains(u"--dry-run"_s));
    CHECK(contents(dir.filePath(u"plan.blendwise"_s)) == saved);

    const Run applied = blendwise(dir, { u"update"_s, u"plan.blendwise"_s, u"edited.csv"_s });
    INFO(applied.err.toStdString());
    CHECK(applied.exitCode == 0);
    CHECK(applied.out == dry.out);
    LoadResult loaded = ProjectFile::load(dir.filePath(u"plan.blendwise"_s));
    REQUIRE_FALSE(loaded.error);
    CHECK(loaded.project.objectives.first().activities.first().title == u"Spot the phish"_s);
    CHECK(loaded.project.activityCount() == records.size() - 1);

    // The new row had no key: applied again it would be added again. The updated plan's own
    // export, applied back, changes nothing.
    REQUIRE(blendwise(dir, { u"export"_s, u"plan.blendwise"_s, u"--format"_s, u"csv"_s, u"-o"_s, u"now.csv"_s })
                .exitCode
        == 0);
    const Run again = blendwise(dir, { u"update"_s, u"plan.blendwise"_s, u"now.csv"_s });
    CHECK(again.exitCode == 0);
    CHECK(again.out.isEmpty());
    CHECK(again.err.contains(u"No changes"_s));

    // Errors: a bad duration names the line (exit 2, nothing written); usage (1); a lock (4).
    records[2][8] = u"soon"_s;
    QString bad;
    for (const QStringList &r : records)
        bad += r.join(u';').replace(u"\r\n"_s, u" "_s) + u'\n';
    writeFile(dir.filePath(u"bad.csv"_s), bad.toUtf8());
    const QByteArray before = contents(dir.filePath(u"plan.blendwise"_s));
    const Run refused = blendwise(dir, { u"update"_s, u"plan.blendwise"_s, u"bad.csv"_s });
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"bad.csv: line 3:"_s));
    CHECK(contents(dir.filePath(u"plan.blendwise"_s)) == before);
    CHECK(blendwise(dir, { u"update"_s, u"plan.blendwise"_s }).exitCode == 1);
    ProjectLock lock(dir.filePath(u"plan.blendwise"_s));
    REQUIRE(lock.tryLock());
    CHECK(blendwise(dir, { u"update"_s, u"plan.blendwise"_s, u"edited.csv"_s }).exitCode == 4);
}
