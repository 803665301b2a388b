// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisor/advisor.h"
#include "import/abcimporter.h"
#include "import/importer.h"
#include "model/projectvalidation.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace bw;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(BLENDWISE_TEST_DATA "/import/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

const Activity *byTitle(const Project &p, const QString &title)
{
    for (const Objective &o : p.objectives)
        for (const Activity &a : o.activities)
            if (a.title == title)
                return &a;
    return nullptr;
}

const ImportNote *guessed(const ImportResult &r, Id item, const QString &field)
{
    for (const ImportNote &n : r.notes)
        if (n.kind == ImportNote::Kind::Guessed && n.itemId == item && n.field == field)
            return &n;
    return nullptr;
}

void checkReviewable(const Project &p)
{
    CHECK(validate(p).isEmpty());
    const QList<Finding> findings = runAdvisor(p);
    for (const Finding &f : findings)
        CHECK_FALSE(f.ruleId.isEmpty());
}

} // namespace

TEST_CASE("CourseFlow nodes CSV imports weeks, phases and one objective", "[import][courseflow]")
{
    const QByteArray csv = fixture("courseflow-nodes.csv");
    CHECK(detectImporter(csv.left(65536), u"export.csv"_s) == findImporter(u"courseflow"_s));
    const ImportResult r = findImporter(u"courseflow"_s)->read(csv, u"Audit course.csv"_s, {});
    INFO(r.error.toStdString());
    REQUIRE(r.project);
    const Project &p = *r.project;
    CHECK(p.info.title == u"Audit course"_s);
    REQUIRE(p.moments.size() == 1); // week 2 has no in-class node
    CHECK(p.moments[0].name == u"Week 1 – Getting started"_s);
    REQUIRE(p.objectives.size() == 1);
    CHECK(p.objectives[0].statement == u"Activities without an outcome"_s);
    REQUIRE(p.objectives[0].activities.size() == 6);
    const Activity *brief = byTitle(p, u"Read the case brief"_s);
    const Activity *mapping = byTitle(p, u"Group mapping of risks"_s);
    const Activity *reflection = byTitle(p, u"Reflection post"_s);
    REQUIRE(brief);
    REQUIRE(mapping);
    REQUIRE(reflection);
    CHECK(brief->phase == Phase::PreClass);
    CHECK(mapping->phase == Phase::InClass);
    CHECK(mapping->instructions == u"In groups of four, learners map the risks\non a shared board."_s);
    CHECK(reflection->phase == Phase::PostClass);
    CHECK(reflection->momentId == p.moments[0].id);
    const ImportNote *n = guessed(r, reflection->id, u"phase"_s);
    REQUIRE(n);
    CHECK(n->where == u"line 7"_s); // the quoted description of the row before spans two lines
    CHECK(guessed(r, brief->id, u"phase"_s)->where == u"line 3"_s);
    CHECK_FALSE(guessed(r, mapping->id, u"phase"_s));
    checkReviewable(p);
}

TEST_CASE("CourseFlow workflow JSON imports outcomes, directions and times", "[import][courseflow]")
{
    const QByteArray json = fixture("courseflow-workflow.json");
    CHECK(detectImporter(json.left(65536), u"workflow.json"_s) == findImporter(u"courseflow"_s));
    const ImportResult r = findImporter(u"courseflow"_s)->read(json, u"workflow.json"_s, {});
    INFO(r.error.toStdString());
    REQUIRE(r.project);
    const Project &p = *r.project;
    CHECK(p.info.title == u"Internal audit basics"_s);
    REQUIRE(p.moments.size() == 2);
    REQUIRE(p.objectives.size() == 3);
    CHECK(p.objectives[0].statement == u"1 – Identify the main risks of a warehouse"_s);
    CHECK(p.objectives[2].statement == u"Activities without an outcome"_s);
    QStringList first;
    for (const Activity &a : p.objectives[0].activities)
        first.append(a.title);
    CHECK(first == QStringList { u"Read the case brief"_s, u"Group mapping of risks"_s, u"Reflection post"_s });
    const Activity *mapping = byTitle(p, u"Group mapping of risks"_s);
    REQUIRE(mapping);
    CHECK(mapping->duration == Duration::exact(60));
    CHECK(mapping->direction == Direction::ManyToMany);
    CHECK(mapping->grouping == Grouping::SubGroups);
    CHECK(p.moments[0].minutes == 75);
    const Activity *brief = byTitle(p, u"Read the case brief"_s);
    CHECK(brief->direction == Direction::ManyToOne);
    CHECK(guessed(r, brief->id, u"direction"_s)->where == u"node[0]"_s);
    const Activity *quiz = byTitle(p, u"Controls quiz"_s);
    CHECK(quiz->assessment == Assessment::Formative);
    CHECK(quiz->phase == Phase::PreClass);
    CHECK(p.objectives[1].activities.size() == 1);
    const Activity *reflection = byTitle(p, u"Reflection post"_s);
    CHECK_FALSE(reflection->duration.isSet()); // two days is not one activity's length
    bool warned = false;
    for (const ImportNote &n : r.notesOf(ImportNote::Kind::Warning))
        warned = warned || n.where == u"node[3].time_required"_s;
    CHECK(warned);
    checkReviewable(p);
}

TEST_CASE("ABC board imports cards in week order with guesses", "[import][abc]")
{
    const QByteArray json = fixture("abc-board.json");
    CHECK(detectImporter(json.left(65536), u"board.json"_s) == findImporter(u"abc"_s));
    const ImportResult r = findImporter(u"abc"_s)->read(json, u"board.json"_s, {});
    INFO(r.error.toStdString());
    REQUIRE(r.project);
    const Project &p = *r.project;
    REQUIRE(p.objectives.size() == 1);
    CHECK(p.objectives[0].statement == u"Onboarding new team leads"_s);
    QStringList titles;
    for (const Activity &a : p.objectives[0].activities)
        titles.append(a.title);
    CHECK(titles.first() == u"Watch: what a team lead does"_s);
    CHECK(titles.at(2) == u"Team charter workshop"_s);
    const Activity *workshop = byTitle(p, u"Team charter workshop"_s);
    CHECK(workshop->duration == Duration::exact(90));
    CHECK(workshop->phase == Phase::InClass);
    CHECK(workshop->direction == Direction::ManyToMany);
    const Activity *plan = byTitle(p, u"Write your first one-to-one plan"_s);
    CHECK(plan->phase == Phase::PostClass);
    CHECK(plan->assessment == Assessment::Formative);
    CHECK(guessed(r, plan->id, u"phase"_s)->where == u"cards[3].deliveryStyle"_s);
    const Activity *roleplay = byTitle(p, u"Role play: the late employee"_s);
    CHECK(roleplay->duration == Duration::exact(120));
    CHECK(roleplay->direction == Direction::ManyToOne);
    REQUIRE(p.moments.size() == 2);
    CHECK(p.moments[1].mode == MomentMode::Virtual);
    CHECK(p.moments[0].mode == MomentMode::FaceToFace);
    const Activity *cs = byTitle(p, u"Case study: a team in conflict"_s);
    CHECK_FALSE(cs->duration.isSet());
    CHECK(cs->assessment == Assessment::Summative);
    bool warned = false;
    for (const ImportNote &n : r.notesOf(ImportNote::Kind::Warning))
        warned = warned || (n.where == u"cards[5].duration"_s && n.itemId == cs->id);
    CHECK(warned);
    checkReviewable(p);
}

TEST_CASE("ABC durations in free text", "[import][abc]")
{
    CHECK(AbcImporter::parseMinutes(u"2 hours"_s) == 120);
    CHECK(AbcImporter::parseMinutes(u"45 mins"_s) == 45);
    CHECK(AbcImporter::parseMinutes(u"1h30"_s) == 90);
    CHECK(AbcImporter::parseMinutes(u"1 hour 15 minutes"_s) == 75);
    CHECK(AbcImporter::parseMinutes(u"90"_s) == 90);
    CHECK(AbcImporter::parseMinutes(u"1.5 h"_s) == 90);
    CHECK_FALSE(AbcImporter::parseMinutes(u"a while"_s));
    CHECK_FALSE(AbcImporter::parseMinutes(u"30 20"_s));
    CHECK_FALSE(AbcImporter::parseMinutes(u""_s));
}

TEST_CASE("Malformed CourseFlow and ABC inputs fail naming the place", "[import][courseflow][abc]")
{
    const Importer *cf = findImporter(u"courseflow"_s);
    const Importer *abc = findImporter(u"abc"_s);
    ImportResult r = cf->read("type,name,description\nweek,W1,\n", u"x.csv"_s, {});
    CHECK_FALSE(r.project);
    CHECK(r.error.startsWith(u"line 1:"_s));
    r = cf->read("type,title,description,column_order,id\nnode,A,,1,3\n", u"x.csv"_s, {});
    CHECK_FALSE(r.project);
    CHECK(r.error.startsWith(u"line 2:"_s));
    r = cf->read("type,title,description,column_order,id\nweek,W,,,1\nnode,A,,left,3\n", u"x.csv"_s, {});
    CHECK(r.error.startsWith(u"line 3:"_s));
    r = cf->read("type,title,description,column_order,id\nweek,W,,,1\nnode,\"open,,1,3\n", u"x.csv"_s, {});
    CHECK(r.error.startsWith(u"line 3:"_s));
    r = cf->read("type,title,description,column_order,id\nweek,W,,,1\nnode,Caf\xC3\x28,,1,3\n", u"x.csv"_s, {});
    CHECK_FALSE(r.project);
    CHECK(r.error.startsWith(u"line 3:"_s));
    r = cf->read("{\"nodeweek\": [], \"node\": []}", u"x.json"_s, {});
    CHECK(r.error.startsWith(u"week:"_s));
    r = cf->read("{\"week\": [{\"id\": 1, \"nodeweek_set\": [9]}], \"nodeweek\": [], \"node\": []}", u"x.json"_s, {});
    CHECK(r.error.startsWith(u"week[0].nodeweek_set[0]:"_s));
    r = abc->read("{\"title\": \"B\", \"weeks\": []}", u"b.json"_s, {});
    CHECK_FALSE(r.project);
    CHECK(r.error.startsWith(u"cards:"_s));
    r = abc->read("{\"weeks\": [{\"id\": \"w1\"}],\n \"cards\": [{\"weekId\": \"w9\"}]}", u"b.json"_s, {});
    CHECK(r.error.startsWith(u"cards[0].weekId:"_s));
    r = abc->read("{\"weeks\": [],\n\n \"cards\": [,]}", u"b.json"_s, {});
    CHECK(r.error.startsWith(u"line 3:"_s));
    r = abc->read("{\"title\": \"\xFF\", \"weeks\": [], \"cards\": []}", u"b.json"_s, {});
    CHECK(r.error.startsWith(u"line 1:"_s));
    CHECK(detectImporter("{\"title\": \"x\", \"cards\": [], \"weeks\": [], \"weekId\": 1}", u"a.json"_s) == abc);
    CHECK(detectImporter("title,phase\nA,pre-class\n", u"a.csv"_s) != cf);
}

TEST_CASE("CourseFlow outcomes CSV becomes objectives", "[import][courseflow]")
{
    const QByteArray csv = fixture("courseflow-outcomes.csv");
    CHECK(detectImporter(csv, u"outcomes.csv"_s) == findImporter(u"courseflow"_s));
    const ImportResult r = findImporter(u"courseflow"_s)->read(csv, u"outcomes.csv"_s, {});
    INFO(r.error.toStdString());
    REQUIRE(r.project);
    CHECK(r.project->info.title == u"Internal audit basics"_s);
    REQUIRE(r.project->objectives.size() == 2);
    CHECK(r.project->objectives[0].statement == u"1 – Identify the main risks of a warehouse"_s);
    CHECK(r.project->objectives[0].notes.contains(u"1.1 – Name three kinds of stock loss"_s));
    const ImportResult bad
        = findImporter(u"courseflow"_s)->read("code,title,description,id,depth\n1,A,,4,deep\n", u"o.csv"_s, {});
    CHECK_FALSE(bad.project);
    CHECK(bad.error.startsWith(u"line 2:"_s));
}

TEST_CASE("CourseFlow nodes workbook (.xlsx) imports as its CSV does, places named by row", "[import][courseflow][xlsx]")
{
    const QByteArray workbook = fixture("courseflow-nodes.xlsx");
    const Importer *detected = detectImporter(workbook.left(64 * 1024), u"nodes.xlsx"_s);
    REQUIRE(detected);
    CHECK(detected->key() == u"courseflow"_s);

    const ImportResult fromXlsx = detected->read(workbook, u"nodes.xlsx"_s, {});
    INFO(fromXlsx.error.toStdString());
    REQUIRE(fromXlsx.project);
    const ImportResult fromCsv = findImporter(u"courseflow"_s)->read(fixture("courseflow-nodes.csv"), u"nodes.csv"_s, {});
    REQUIRE(fromCsv.project);
    // The same plan: titles, texts (the line break inside a cell too), phases, in order.
    REQUIRE(fromXlsx.project->activityCount() == fromCsv.project->activityCount());
    for (qsizetype o = 0; o < fromCsv.project->objectives.size(); ++o) {
        const auto &x = fromXlsx.project->objectives[o].activities;
        const auto &c = fromCsv.project->objectives[o].activities;
        for (qsizetype i = 0; i < c.size(); ++i) {
            CHECK(x[i].title == c[i].title);
            CHECK(x[i].instructions == c[i].instructions);
            CHECK(x[i].phase == c[i].phase);
        }
    }
    CHECK(byTitle(*fromXlsx.project, u"Group mapping of risks"_s)->instructions.contains(u'\n'));
    // Guesses are placed by the sheet's row: the CSV's row 4 ("Group mapping") is on line 4 too,
    // but the workbook says "row".
    const QList<ImportNote> guesses = fromXlsx.notesOf(ImportNote::Kind::Guessed);
    REQUIRE_FALSE(guesses.isEmpty());
    CHECK(guesses.first().where.startsWith(u"row "_s));
    checkReviewable(*fromXlsx.project);
}

TEST_CASE("Malformed CourseFlow workbooks fail naming the row, or saying what is wrong", "[import][courseflow][xlsx]")
{
    const Importer *courseflow = findImporter(u"courseflow"_s);
    const ImportResult badOrder = courseflow->read(fixture("courseflow-badorder.xlsx"), u"bad.xlsx"_s, {});
    CHECK_FALSE(badOrder.project);
    CHECK(badOrder.error.startsWith(u"row 4"_s));
    CHECK(badOrder.error.contains(u"third"_s));

    QByteArray truncated = fixture("courseflow-nodes.xlsx");
    truncated.truncate(truncated.size() / 2);
    const ImportResult cut = courseflow->read(truncated, u"cut.xlsx"_s, {});
    CHECK_FALSE(cut.project);
    CHECK_FALSE(cut.error.isEmpty());

    // A ZIP that is no workbook (an .odt, say).
    const ImportResult notBook = courseflow->read(QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x'), u"x.xlsx"_s, {});
    CHECK_FALSE(notBook.project);
    CHECK_FALSE(notBook.error.isEmpty());
}

TEST_CASE("Guessed notes become marks on the activities they name", "[import][abc]")
{
    ImportResult r = findImporter(u"abc"_s)->read(fixture("abc-board.json"), u"board.json"_s, {});
    REQUIRE(r.project);
    const Id planId = byTitle(*r.project, u"Write your first one-to-one plan"_s)->id;
    const ImportNote *note = guessed(r, planId, u"phase"_s);
    REQUIRE(note);
    const QString reason = note->where + u": "_s + note->text;
    int guessedNotes = 0;
    for (const ImportNote &n : r.notesOf(ImportNote::Kind::Guessed))
        if (n.itemId != 0 && !n.field.isEmpty() && r.project->activity(n.itemId))
            ++guessedNotes;
    REQUIRE(guessedNotes >= 1);

    applyGuessMarks(r);
    const Activity *plan = r.project->activity(planId);
    REQUIRE(plan);
    const QList<GuessMark> phase = [&] {
        QList<GuessMark> out;
        for (const GuessMark &m : plan->guesses)
            if (m.field == u"phase"_s)
                out.append(m);
        return out;
    }();
    REQUIRE(phase.size() == 1);
    CHECK(phase[0].reason == reason);
    CHECK(phase[0].reason.startsWith(u"cards[3].deliveryStyle: "_s));
    int marks = 0;
    for (const Objective &o : r.project->objectives)
        for (const Activity &a : o.activities)
            marks += int(a.guesses.size());
    CHECK(marks >= 1);
    CHECK(marks <= guessedNotes);

    // Applying again marks nothing twice.
    const Project once = *r.project;
    applyGuessMarks(r);
    CHECK(*r.project == once);
}
