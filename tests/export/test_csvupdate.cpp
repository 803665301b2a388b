// SPDX-License-Identifier: GPL-3.0-or-later
// "Update from CSV" (issue 14): a plan exported to CSV, edited in a spreadsheet, applied back.
#include "checkers.h"
#include "document/document.h"
#include "export/exportservice.h"
#include "exporttestsupport.h"
#include "i18n/plantranslator.h"
#include "import/csvreader.h"
#include "import/csvupdate.h"
#include "plan/plantext.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace bw;
using namespace Qt::StringLiterals;

namespace {

QByteArray exportCsv(const Project &project)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.format = u"csv"_s;
    const ExportResult r = exportToDevice(project, options, buffer);
    REQUIRE(r.error.isEmpty());
    return buffer.data();
}

// Records back into CSV the way a European spreadsheet saves it: semicolons, every field quoted.
QByteArray semicolonCsv(const QList<QStringList> &records)
{
    QString out;
    for (const QStringList &record : records) {
        QStringList fields;
        for (QString f : record)
            fields.append(u'"' + f.replace(u"\""_s, u"\"\""_s) + u'"');
        out += fields.join(u';') + u"\n"_s;
    }
    return out.toUtf8();
}

enum { ObjectiveNo = 0, ObjectiveText = 1, Title = 3, Instructions = 4, PhaseC = 5, ToolC = 7, Minutes = 8, Key = 19 };

// The CSV of `project` as records, to edit.
QList<QStringList> records(const Project &project)
{
    const CsvTable t = readCsv(exportCsv(project));
    REQUIRE(t.error.isEmpty());
    REQUIRE(t.records.size() == project.activityCount() + 1);
    return t.records;
}

// A row for a new activity: the objective of `like` (a record), the given title, no key.
QStringList newRow(const QStringList &like, const QString &title)
{
    QStringList row(like.size());
    row[ObjectiveNo] = like[ObjectiveNo];
    row[ObjectiveText] = like[ObjectiveText];
    row[Title] = title;
    row[Minutes] = u"15"_s;
    return row;
}

Project itRisk()
{
    return exporttest::templ(u"it-risk"_s);
}

} // namespace

TEST_CASE("The CSV carries every activity's key, last", "[import][csv][update]")
{
    const Project p = itRisk();
    const QList<QStringList> r = records(p);
    REQUIRE(r.first().size() == 20);
    CHECK(r.first().last() == plan::PlanText::keyColumn());
    CHECK(r[1][Key] == QString::number(p.objectives.first().activities.first().id));
}

TEST_CASE("An unedited CSV changes nothing, in every header language", "[import][csv][update]")
{
    Project p = itRisk();
    p.info.language = GENERATE(u"en"_s, u"de"_s, u"fr"_s, u"nl"_s);
    const QByteArray csv = exportCsv(p);
    const CsvUpdateResult r = CsvUpdate::apply(p, csv);
    INFO(r.error.toStdString());
    REQUIRE(r.project);
    for (const diff::ChangeLine &c : r.changes)
        UNSCOPED_INFO(c.text.toStdString());
    CHECK(r.diff.isEmpty());
    CHECK(r.missing.isEmpty());
    CHECK(*r.project == p);
    // The same file saved with semicolons and every field quoted, as Calc and Excel may.
    const CsvUpdateResult semi = CsvUpdate::apply(p, semicolonCsv(readCsv(csv).records));
    REQUIRE(semi.project);
    CHECK(semi.diff.isEmpty());

    // A phase typed in the plan's language is read in it.
    QList<QStringList> edited = readCsv(csv).records;
    const Activity &first = p.objectives.first().activities.first();
    const Phase other = first.phase == Phase::PostClass ? Phase::PreClass : Phase::PostClass;
    {
        PlanLanguageScope scope { PlanLanguage(p.info.language) };
        edited[1][PhaseC] = enumLabel(other);
    }
    const CsvUpdateResult phase = CsvUpdate::apply(p, semicolonCsv(edited));
    REQUIRE(phase.project);
    CHECK(phase.project->activity(first.id)->phase == other);
    CHECK(phase.diff.changes.size() == 1);
}

TEST_CASE("Edited texts, phase and tool update that activity only", "[import][csv][update]")
{
    const Project p = itRisk();
    QList<QStringList> r = records(p);
    const Activity &first = p.objectives.first().activities.first();
    r[1][Title] = u"Spot the phish"_s;
    r[1][Instructions] = u"Line one\r\nLine two"_s;
    r[1][PhaseC] = enumLabel(first.phase == Phase::PostClass ? Phase::PreClass : Phase::PostClass);
    r[1][ToolC] = u"Etherpad of the client"_s; // a tool the catalogue does not know
    const CsvUpdateResult u = CsvUpdate::apply(p, semicolonCsv(r));
    INFO(u.error.toStdString());
    REQUIRE(u.project);
    const Activity *a = u.project->activity(first.id);
    REQUIRE(a);
    CHECK(a->title == u"Spot the phish"_s);
    CHECK(a->instructions == u"Line one\nLine two"_s);
    CHECK(a->phase == (first.phase == Phase::PostClass ? Phase::PreClass : Phase::PostClass));
    REQUIRE(u.project->tool(a->toolId));
    CHECK(u.project->tool(a->toolId)->name == u"Etherpad of the client"_s);
    CHECK(std::any_of(u.notes.cbegin(), u.notes.cend(), [](const ImportNote &n) {
        return n.kind == ImportNote::Kind::Warning && n.field == u"tool"_s && n.where == u"line 2"_s;
    }));
    // The activity, and the tool added to the catalogue: nothing else.
    REQUIRE(u.diff.changes.size() >= 2);
    for (const diff::Change &c : u.diff.changes)
        CHECK(((c.item == diff::ItemKind::Activity && c.id == first.id)
            || (c.item == diff::ItemKind::Tool && c.kind == diff::ChangeKind::Added)));
    CHECK_FALSE(u.changes.isEmpty());
}

TEST_CASE("Repeats are read back where they are a count of days or weeks", "[import][csv][update]")
{
    Project p = itRisk();
    Activity &weekly = p.objectives.first().activities.first();
    weekly.recurrence = Recurrence { RecurrenceUnit::Weeks, 1, 8, {} };
    QList<QStringList> r = records(p);
    REQUIRE_FALSE(r[1][17].isEmpty());
    CHECK(CsvUpdate::apply(p, semicolonCsv(r)).diff.isEmpty());
    r[1][17] = u"every 2 days, 5 times"_s;
    r[2][17] = u"now and then"_s;
    const CsvUpdateResult u = CsvUpdate::apply(p, semicolonCsv(r));
    REQUIRE(u.project);
    CHECK(u.project->activity(weekly.id)->recurrence == Recurrence { RecurrenceUnit::Days, 2, 5, {} });
    const Id second = p.objectives.first().activities.at(1).id;
    CHECK(u.project->activity(second)->recurrence == p.activity(second)->recurrence);
    CHECK(std::any_of(u.notes.cbegin(), u.notes.cend(),
        [](const ImportNote &n) { return n.kind == ImportNote::Kind::Skipped && n.where == u"line 3"_s; }));
}

TEST_CASE("Rows without a key or with an unknown one are new activities", "[import][csv][update]")
{
    const Project p = itRisk();
    QList<QStringList> r = records(p);
    QStringList added = newRow(r[1], u"Quiz on passwords"_s);
    r.insert(2, added);
    QStringList unknown = newRow(r[1], u"Review the incident log"_s);
    unknown[Key] = u"999999"_s;
    r.append(unknown);
    QStringList elsewhere = newRow(r[1], u"Meet the CISO"_s);
    elsewhere[ObjectiveNo] = u"9"_s;
    elsewhere[ObjectiveText] = u"Know who to call"_s;
    r.append(elsewhere);
    const CsvUpdateResult u = CsvUpdate::apply(p, semicolonCsv(r));
    INFO(u.error.toStdString());
    REQUIRE(u.project);
    CHECK(u.project->activityCount() == p.activityCount() + 3);
    const QList<Activity> &firstObjective = u.project->objectives.first().activities;
    REQUIRE(firstObjective.size() >= 2);
    CHECK(firstObjective[1].title == u"Quiz on passwords"_s); // after the row above it
    CHECK(firstObjective[1].duration == Duration { 15, 15 });
    REQUIRE(u.project->objectives.size() == p.objectives.size() + 1);
    CHECK(u.project->objectives.last().statement == u"Know who to call"_s);
    CHECK(u.project->objectives.last().activities.first().title == u"Meet the CISO"_s);
    CHECK(std::any_of(u.notes.cbegin(), u.notes.cend(),
        [](const ImportNote &n) { return n.kind == ImportNote::Kind::Warning && n.text.contains(u"999999"_s); }));
    int added3 = 0;
    for (const diff::Change &c : u.diff.changes)
        added3 += c.item == diff::ItemKind::Activity && c.kind == diff::ChangeKind::Added ? 1 : 0;
    CHECK(added3 == 3);
}

TEST_CASE("Activities missing from the CSV are reported, and removed only when asked", "[import][csv][update]")
{
    const Project p = itRisk();
    QList<QStringList> r = records(p);
    const Id gone = r[3][Key].toLongLong();
    r.removeAt(3);
    const CsvUpdateResult kept = CsvUpdate::apply(p, semicolonCsv(r));
    REQUIRE(kept.project);
    CHECK(kept.missing == QList<Id> { gone });
    CHECK(kept.diff.isEmpty());
    CHECK(std::any_of(kept.notes.cbegin(), kept.notes.cend(),
        [&](const ImportNote &n) { return n.kind == ImportNote::Kind::Warning && n.itemId == gone; }));

    CsvUpdateOptions remove;
    remove.removeMissing = true;
    const CsvUpdateResult removed = CsvUpdate::apply(p, semicolonCsv(r), remove);
    REQUIRE(removed.project);
    CHECK_FALSE(removed.project->activity(gone));
    REQUIRE(removed.diff.changes.size() == 1);
    CHECK(removed.diff.changes.first().kind == diff::ChangeKind::Removed);
}

TEST_CASE("A bad duration names its line and changes nothing", "[import][csv][update]")
{
    const Project p = itRisk();
    QList<QStringList> r = records(p);
    r[1][Title] = u"Changed before the error"_s;
    r[4][Minutes] = u"half an hour"_s;
    const CsvUpdateResult u = CsvUpdate::apply(p, semicolonCsv(r));
    CHECK_FALSE(u.project);
    CHECK(u.error.startsWith(u"line 5:"_s));
    CHECK(u.error.contains(u"half an hour"_s));
    CHECK(u.diff.isEmpty());
    CHECK(u.changes.isEmpty());

    const CsvUpdateResult header = CsvUpdate::apply(p, "a;b;c\n1;2;3\n");
    CHECK_FALSE(header.project);
    CHECK(header.error.startsWith(u"line 1:"_s));
}

TEST_CASE("A large spreadsheet updates in seconds, and the work can be cancelled", "[import][csv][update]")
{
    // 5,000 activities: the it-risk objectives copied over and over, with their own ids.
    Project p = itRisk();
    const QList<Objective> base = p.objectives;
    Id id = p.maxId() + 1;
    while (p.activityCount() < 5000) {
        for (Objective o : base) {
            o.id = id++;
            for (Activity &a : o.activities)
                a.id = id++;
            p.objectives.append(o);
        }
    }
    QList<QStringList> r = records(p);
    r[4000][Title] = u"Renamed far down"_s;
    r.removeAt(10);
    const QByteArray csv = semicolonCsv(r);
    QElapsedTimer timer;
    timer.start();
    CsvUpdateOptions remove;
    remove.removeMissing = true;
    const CsvUpdateResult u = CsvUpdate::apply(p, csv, remove);
    const qint64 ms = timer.elapsed();
    INFO("update of " << p.activityCount() << " activities: " << ms << " ms");
    REQUIRE(u.project);
    CHECK(u.diff.changes.size() == 2);
    CHECK(ms < 30000); // a debug build without optimisation on a busy machine

    const std::atomic_bool cancelled { true };
    CsvUpdateOptions cancel;
    cancel.cancel = &cancelled;
    const CsvUpdateResult stopped = CsvUpdate::apply(p, csv, cancel);
    CHECK_FALSE(stopped.project);
    CHECK_FALSE(stopped.error.isEmpty());
}

TEST_CASE("Applied through the document, the update is one step that undo takes back exactly", "[import][csv][update]")
{
    const Project p = itRisk();
    Document document(p);
    QList<QStringList> r = records(p);
    r[2][Title] = u"Renamed"_s;
    r.append(newRow(r[1], u"One more"_s));
    const CsvUpdateResult u = CsvUpdate::apply(document.project(), semicolonCsv(r));
    REQUIRE(u.project);
    REQUIRE(document.replaceContent(u"Update from plan.csv"_s, *u.project));
    CHECK(document.undoStack()->count() == 1);
    CHECK(document.undoStack()->undoText() == u"Update from plan.csv"_s);
    CHECK(document.project() == *u.project);
    // New items after the update do not take the ids it brought.
    const Id next = document.newId();
    CHECK(next > u.project->maxId());
    document.undoStack()->undo();
    CHECK(document.project() == p);
    document.undoStack()->redo();
    CHECK(document.project() == *u.project);
}

TEST_CASE("Done when: the it-risk plan edited in LibreOffice Calc updates with exactly those changes",
    "[import][csv][update][libreoffice]")
{
    if (QStandardPaths::findExecutable(u"soffice"_s).isEmpty()
        && test::checkerMissing("LibreOffice (soffice)", "libreoffice-calc-nogui"))
        return;
    {
        QProcess uno;
        uno.start(QString::fromLatin1(test::systemPython()), { u"-c"_s, u"import uno"_s });
        if ((!uno.waitForFinished(60000) || uno.exitCode() != 0) && test::checkerMissing("python3-uno", "python3-uno"))
            return;
    }
    const Project before = itRisk();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString exported = dir.filePath(u"plan.csv"_s);
    const QString edited = dir.filePath(u"edited.csv"_s);
    {
        QFile f(exported);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(exportCsv(before));
    }
    // The second activity goes to another phase; a row is added under the first objective.
    const Activity &second = before.objectives.first().activities.at(1);
    const Phase newPhase = second.phase == Phase::PreClass ? Phase::PostClass : Phase::PreClass;
    const QList<QStringList> r = records(before);
    QJsonArray append;
    for (const QString &cell : newRow(r[1], u"Report a phish to IT"_s))
        append.append(cell);
    const QJsonObject edits { { u"set"_s, QJsonArray { QJsonArray { 2, PhaseC, enumLabel(newPhase) } } },
        { u"append"_s, append } };
    const QString editsPath = dir.filePath(u"edits.json"_s);
    {
        QFile f(editsPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(edits).toJson());
    }
    QProcess calc;
    calc.start(QString::fromLatin1(test::systemPython()),
        { QStringLiteral(BLENDWISE_SOURCE_DIR "/tests/export/lo_edit_csv.py"), dir.filePath(u"profile"_s), exported,
            edited, editsPath });
    REQUIRE(calc.waitForFinished(240000));
    INFO(calc.readAllStandardError().toStdString());
    REQUIRE(calc.exitCode() == 0);
    QFile f(edited);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray csv = f.readAll();
    REQUIRE(readCsv(csv).delimiter == u';');

    const CsvUpdateResult u = CsvUpdate::apply(before, csv);
    INFO(u.error.toStdString());
    REQUIRE(u.project);
    const diff::ProjectDiff d = diff::diffProjects(before, *u.project);
    for (const diff::ChangeLine &c : u.changes)
        UNSCOPED_INFO(c.text.toStdString());
    REQUIRE(d.changes.size() == 2);
    const QList<diff::Change> moved = d.of(diff::ItemKind::Activity, second.id);
    REQUIRE(moved.size() == 1);
    REQUIRE(moved.first().field(u"phase"_s));
    CHECK(moved.first().field(u"phase"_s)->after == enumKey(newPhase));
    const auto added = std::find_if(d.changes.cbegin(), d.changes.cend(),
        [](const diff::Change &c) { return c.kind == diff::ChangeKind::Added && c.item == diff::ItemKind::Activity; });
    REQUIRE(added != d.changes.cend());
    CHECK(added->label == u"Report a phish to IT"_s);
    CHECK(added->objectiveId == before.objectives.first().id);
    CHECK(u.missing.isEmpty());
}
