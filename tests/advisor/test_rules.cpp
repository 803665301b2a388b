// SPDX-License-Identifier: GPL-3.0-or-later
// Every rule of the advisor: a plan where it fires, a near miss where it does not, its fix
// clearing the finding as one undo step, and muting silencing it.
#include "advisor/advisor.h"
#include "advisor/libraryfacts.h"
#include "advisorfixture.h"
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "qtprint.h"

#include <functional>

using namespace bw;
using namespace bw::test;
using namespace Qt::StringLiterals;

namespace {

Activity &act(Project &p, int row)
{
    return p.objectives[0].activities[row];
}

struct FiringCase {
    const char *ruleId;
    std::function<void(Project &)> breakIt;
    Id itemId;
    const char *itemPath;
    const char *messagePart; // the message names the item
    bool hasFix;
};

// clang-format off
const QList<FiringCase> &firingCases()
{
    static const QList<FiringCase> cases = {
        {"objective-without-statement", [](Project &p) { p.objectives[0].statement = u"  "_s; },
         RiskObjective, "objectives[0]", "Objective 1", false},
        {"objective-without-activities", [](Project &p) {
             Objective o; o.id = 200; o.statement = u"Be able to present the top five risks"_s; p.objectives.append(o); },
         200, "objectives[1]", "present the top five risks", false},
        {"objective-not-measurable", [](Project &p) { p.objectives[0].statement = u"Understand risk"_s; },
         RiskObjective, "objectives[0]", "“Understand risk”", true},
        {"activity-without-phase", [](Project &p) { act(p, 0).phase = Phase::Unset; },
         DefineRiskActivity, "objectives[0].activities[0]", "“Define risk”", false},
        {"activity-without-direction", [](Project &p) { act(p, 0).direction = Direction::Unset; },
         DefineRiskActivity, "objectives[0].activities[0]", "“Define risk”", false},
        {"activity-without-tool", [](Project &p) { act(p, 0).toolId = 0; },
         DefineRiskActivity, "objectives[0].activities[0]", "“Define risk”", true},
        {"content-delivery-in-class", [](Project &p) { act(p, 0).phase = Phase::InClass; },
         DefineRiskActivity, "objectives[0].activities[0]", "“Define risk”", true},
        {"tool-direction-mismatch", [](Project &p) { act(p, 3).direction = Direction::ManyToMany; },
         QuizActivity, "objectives[0].activities[3]", "Microsoft Forms", true},
        {"tool-often-blocked", [](Project &p) { act(p, 0).toolId = YouTubeTool; },
         YouTubeTool, "tools[4]", "YouTube", true},
        {"tool-retired", [](Project &p) { act(p, 2).toolId = SkypeTool; },
         SkypeTool, "tools[6]", "Skype", true},
        // The studio's team-library facts are process-wide: each loop below clears them first.
        {"library-tool-retired", [](Project &) {
             LibraryFacts facts; facts.retiredTools.insert(u"microsoft forms"_s, u"Quizlet Live"_s); setLibraryFacts(facts); },
         FormsTool, "tools[3]", "The team library retired Microsoft Forms (replacement Quizlet Live)", true},
        {"tool-needs-account", [](Project &p) { act(p, 2).toolId = PreziTool; },
         PreziTool, "tools[7]", "Prezi", true},
        {"benefit-missing", [](Project &p) { act(p, 0).benefit.clear(); },
         DefineRiskActivity, "objectives[0].activities[0]", "SharePoint", true},
        {"no-many-to-many", [](Project &p) {
             act(p, 1).direction = Direction::ManyToOne; act(p, 2).direction = Direction::ManyToOne;
             act(p, 4).direction = Direction::ManyToOne; },
         0, "", "many-to-many", false},
        {"no-follow-up", [](Project &p) {
             p.objectives[0].activities.removeLast(); p.objectives[0].activities.removeLast(); },
         RiskObjective, "objectives[0]", "calculate and rank", false},
        {"practice-without-preparation", [](Project &p) {
             p.objectives[0].activities.removeFirst(); p.objectives[0].activities.removeFirst(); },
         RiskObjective, "objectives[0]", "“Rank risks in sub-groups”", false},
        {"too-many-tools", [](Project &p) { p.info.maxTools = 3; },
         0, "", "4 different tools", false},
        {"in-class-over-time", [](Project &p) { act(p, 2).duration = Duration{240, 300}; },
         WorkshopMoment, "moments[0]", "“Workshop”", false},
        {"activity-without-moment", [](Project &p) { act(p, 0).momentId = 0; },
         DefineRiskActivity, "objectives[0].activities[0]", "“Define risk”", true},
        {"offset-contrary-to-phase", [](Project &p) { act(p, 0).offsetDays = 7; },
         DefineRiskActivity, "objectives[0].activities[0]", "“Define risk”", true},
        {"community-without-roles", [](Project &p) { p.roles.clear(); },
         0, "", "Viva Engage", false},
        {"community-without-rules", [](Project &p) { p.info.rules = {u" "_s}; },
         0, "", "Viva Engage", true},
        {"no-reflection", [](Project &p) { act(p, 4).title = u"Share your results"_s; },
         0, "", "reflect", false},
        {"objective-without-summative", [](Project &p) { act(p, 3).assessment = Assessment::Formative; },
         RiskObjective, "objectives[0]", "calculate and rank", true},
        {"in-class-underplanned", [](Project &p) { p.moments[0].minutes = 420; },
         WorkshopMoment, "moments[0]", "30 of 420 minutes planned", false},
        {"benefit-from-other-tool", [](Project &p) {
             p.tools[5].benefit = u"The recording plays inside the company network, on any device."_s;
             act(p, 0).benefit = p.tools[5].benefit; },
         DefineRiskActivity, "objectives[0].activities[0]", "Microsoft Stream", true},
        {"plan-empty", [](Project &p) { p.objectives.clear(); },
         0, "", "first objective", false},
        {"imported-guess", [](Project &p) {
             act(p, 0).guesses = {{u"phase"_s, u"line 3: phase guessed as pre-class from “before the workshop”"_s}}; },
         DefineRiskActivity, "objectives[0].activities[0].guesses[0]",
         "was guessed on import (line 3: phase guessed as pre-class from “before the workshop”) — check it", true},
    };
    return cases;
}

struct QuietCase {
    const char *ruleId;
    const char *why;
    std::function<void(Project &)> nearMiss;
};

const QList<QuietCase> &quietCases()
{
    static const QList<QuietCase> cases = {
        {"objective-without-statement", "a statement, however short", [](Project &p) { p.objectives[0].statement = u"List risks"_s; }},
        {"objective-without-activities", "a blank objective is reported as having no statement",
         [](Project &p) { Objective o; o.id = 200; p.objectives.append(o); }},
        {"objective-not-measurable", "an inflected measurable verb",
         [](Project &p) { p.objectives[0].statement = u"Learners compare and rank risks"_s; }},
        {"objective-not-measurable", "an empty statement is the other rule's", [](Project &p) { p.objectives[0].statement.clear(); }},
        {"objective-not-measurable", "know-how is not the verb know",
         [](Project &p) { p.objectives[0].statement = u"Use the know-how of colleagues to rank risks"_s; }},
        {"activity-without-phase", "post-class is a phase", [](Project &p) { act(p, 0).phase = Phase::PostClass; }},
        {"activity-without-direction", "many-to-one is a direction", [](Project &p) { act(p, 1).direction = Direction::ManyToOne; }},
        {"activity-without-tool", "another tool", [](Project &p) { act(p, 0).toolId = StreamTool; }},
        {"activity-without-tool", "no tool — in the room, on purpose",
         [](Project &p) { act(p, 2).toolId = 0; act(p, 2).noTool = true; }},
        {"content-delivery-in-class", "in class, but learners work together",
         [](Project &p) { act(p, 2).direction = Direction::ManyToMany; }},
        {"content-delivery-in-class", "one-to-many, but after class", [](Project &p) { act(p, 0).phase = Phase::PostClass; }},
        {"tool-direction-mismatch", "no direction yet is a different rule", [](Project &p) { act(p, 3).direction = Direction::Unset; }},
        {"tool-often-blocked", "blocked tools the client provides are reachable",
         [](Project &p) { act(p, 0).toolId = YouTubeTool; p.tools[4].clientProvided = true; }},
        {"tool-often-blocked", "blocked but unused", [](Project &) {}},
        {"tool-often-blocked", "a retired tool is left to tool-retired",
         [](Project &p) { act(p, 2).toolId = SkypeTool; p.tools[6].oftenBlocked = true; }},
        {"tool-retired", "retired but unused", [](Project &) {}},
        {"library-tool-retired", "retired by the library but unused here", [](Project &) {
             LibraryFacts facts; facts.retiredTools.insert(u"skype"_s, u"Teams"_s); setLibraryFacts(facts); }},
        {"library-tool-retired", "the project knows it is retired: tool-retired speaks", [](Project &p) {
             act(p, 2).toolId = SkypeTool;
             LibraryFacts facts; facts.retiredTools.insert(u"skype"_s, u"Teams"_s); setLibraryFacts(facts); }},
        {"tool-needs-account", "no same-type tool without an account",
         [](Project &p) { act(p, 2).toolId = PreziTool; p.tools[2].type = ToolType::Content; }},
        {"tool-needs-account", "a retired tool is left to tool-retired",
         [](Project &p) { act(p, 2).toolId = SkypeTool; p.tools[6].needsAccount = true; }},
        {"tool-needs-account", "needs an account, but the client provides it",
         [](Project &p) { act(p, 2).toolId = PreziTool; p.tools[7].clientProvided = true; }},
        {"benefit-missing", "no tool, no benefit to tell", [](Project &p) { act(p, 0).toolId = 0; act(p, 0).benefit.clear(); }},
        {"no-many-to-many", "one many-to-many activity is enough",
         [](Project &p) { act(p, 1).direction = Direction::ManyToOne; act(p, 4).direction = Direction::ManyToOne; }},
        {"no-many-to-many", "an empty plan has nothing to judge", [](Project &p) { p.objectives.clear(); }},
        {"no-follow-up", "a summative assessment in class counts",
         [](Project &p) { p.objectives[0].activities.removeLast(); p.objectives[0].activities.removeLast();
                          act(p, 2).assessment = Assessment::Summative; }},
        {"practice-without-preparation", "only content in class, no practice",
         [](Project &p) { p.objectives[0].activities.removeFirst(); p.objectives[0].activities.removeFirst();
                          act(p, 0).direction = Direction::OneToMany; }},
        {"too-many-tools", "exactly at the limit", [](Project &p) { p.info.maxTools = 4; }},
        {"too-many-tools", "no limit", [](Project &p) { p.info.maxTools = 0; }},
        {"in-class-over-time", "exactly the moment's length", [](Project &p) { act(p, 2).duration = Duration::exact(45); }},
        {"in-class-over-time", "a break that still fits", [](Project &p) {
             p.moments[0].minutes = 60; p.moments[0].agenda = {AgendaItem{7, AgendaKind::Break, 0, {}, 30}}; }},
        {"activity-without-moment", "in class, not pre or post", [](Project &p) { act(p, 2).momentId = 0; }},
        {"activity-without-moment", "a plan without moments", [](Project &p) { p.moments.clear(); }},
        {"offset-contrary-to-phase", "due on the day", [](Project &p) { act(p, 0).offsetDays = 0; }},
        {"community-without-roles", "no community tool used",
         [](Project &p) { p.roles.clear(); act(p, 1).toolId = SharePointTool; act(p, 4).toolId = SharePointTool; }},
        {"community-without-rules", "rules are there", [](Project &p) { p.info.rules = {u"Be kind."_s}; }},
        {"no-reflection", "reflection named in the instructions",
         [](Project &p) { act(p, 4).title = u"Share your results"_s; act(p, 4).instructions = u"Reflect on what changed."_s; }},
        {"objective-without-summative", "nothing after class is no-follow-up's finding",
         [](Project &p) { p.objectives[0].activities.removeLast(); p.objectives[0].activities.removeLast(); }},
        {"objective-without-summative", "a summative assessment in class counts",
         [](Project &p) { act(p, 3).assessment = Assessment::Formative; act(p, 2).assessment = Assessment::Summative; }},
        {"in-class-underplanned", "exactly half planned", [](Project &p) { p.moments[0].minutes = 60; }},
        {"in-class-underplanned", "breaks and lunch are planned time", [](Project &p) {
             p.moments[0].minutes = 420;
             p.moments[0].agenda = {AgendaItem{7, AgendaKind::Break, 0, {}, 30},
                                    AgendaItem{8, AgendaKind::Activity, RankRisksActivity, {}, 0},
                                    AgendaItem{9, AgendaKind::Lunch, 0, {}, 150}}; }},
        {"in-class-underplanned", "a moment without a length", [](Project &p) { p.moments[0].minutes = 0; }},
        {"benefit-from-other-tool", "the tool's own benefit", [](Project &p) { act(p, 0).benefit = p.tools[0].benefit; }},
        {"benefit-from-other-tool", "the catalogue's benefit of the same tool",
         [](Project &p) { act(p, 0).benefit = builtinTool(u"SharePoint"_s)->benefit; }},
        {"benefit-from-other-tool", "a benefit written by hand",
         [](Project &p) { act(p, 0).benefit = u"You find the definitions again when you need them."_s; }},
        {"plan-empty", "one objective is a start", [](Project &p) { p.objectives.resize(1); }},
        {"imported-guess", "a value set by hand carries no mark", [](Project &p) { act(p, 0).phase = Phase::PreClass; }},
    };
    return cases;
}
// clang-format on

QList<Finding> findingsOf(const Project &p, const QString &ruleId)
{
    QList<Finding> out;
    for (const Finding &f : runAdvisor(p))
        if (f.ruleId == ruleId)
            out.append(f);
    return out;
}

} // namespace

TEST_CASE("A plan that follows the method has no findings at all")
{
    const QList<Finding> findings = runAdvisor(cleanProject());
    for (const Finding &f : findings)
        UNSCOPED_INFO(f.ruleId.toStdString() << ": " << f.message.toStdString());
    CHECK(findings.isEmpty());
}

TEST_CASE("Every rule is listed, and every rule has a firing and a quiet test")
{
    const QList<RuleInfo> rules = advisorRules();
    CHECK(rules.size() == firingCases().size());
    QSet<QString> ids;
    for (const RuleInfo &info : rules) {
        CAPTURE(info.id);
        CHECK(!info.title.isEmpty());
        CHECK(!info.description.isEmpty());
        CHECK(advisorRule(info.id)->severity == info.severity);
        ids.insert(info.id);
        CHECK(std::any_of(firingCases().cbegin(), firingCases().cend(),
            [&](const FiringCase &c) { return info.id == QLatin1String(c.ruleId); }));
        CHECK(std::any_of(quietCases().cbegin(), quietCases().cend(),
            [&](const QuietCase &c) { return info.id == QLatin1String(c.ruleId); }));
    }
    CHECK(ids.size() == rules.size());
    CHECK_FALSE(advisorRule(u"no-such-rule"_s).has_value());
}

TEST_CASE("Each rule fires on the plan that breaks it, pointing at the item")
{
    for (const FiringCase &c : firingCases()) {
        setLibraryFacts({});
        const QString ruleId = QString::fromLatin1(c.ruleId);
        CAPTURE(ruleId);
        Project p = cleanProject();
        c.breakIt(p);
        const QList<Finding> findings = findingsOf(p, ruleId);
        REQUIRE(findings.size() == 1);
        const Finding &f = findings.first();
        CHECK(f.severity == advisorRule(ruleId)->severity);
        CHECK(f.itemId == c.itemId);
        CHECK(f.itemPath == QString::fromUtf8(c.itemPath));
        CHECK(f.message.contains(QString::fromUtf8(c.messagePart)));
        CHECK(f.fixLabel.isEmpty() == !c.hasFix);
    }
}

TEST_CASE("Each rule stays quiet on a near miss")
{
    for (const QuietCase &c : quietCases()) {
        setLibraryFacts({});
        CAPTURE(c.ruleId, c.why);
        Project p = cleanProject();
        c.nearMiss(p);
        CHECK(findingsOf(p, QString::fromLatin1(c.ruleId)).isEmpty());
    }
}

TEST_CASE("Each fix clears its finding in one undo step, and undo restores the plan exactly")
{
    for (const FiringCase &c : firingCases()) {
        setLibraryFacts({});
        if (!c.hasFix)
            continue;
        const QString ruleId = QString::fromLatin1(c.ruleId);
        CAPTURE(ruleId);
        Project broken = cleanProject();
        c.breakIt(broken);
        Document doc(broken);
        const Finding finding = findingsOf(doc.project(), ruleId).value(0);
        REQUIRE(!finding.fixLabel.isEmpty());

        REQUIRE(applyFix(doc, finding));
        CHECK(doc.undoStack()->count() == 1);
        CHECK(findingsOf(doc.project(), ruleId).isEmpty());
        CHECK_FALSE(applyFix(doc, finding)); // stale: the problem has gone

        doc.undoStack()->undo();
        CHECK(doc.project() == broken);
        CHECK(findingsOf(doc.project(), ruleId).size() == 1);
    }
}

TEST_CASE("Fixes do what their label says")
{
    SECTION("a vague verb is replaced by a measurable one, keeping the capital")
    {
        Project p = cleanProject();
        p.objectives[0].statement = u"Understand risk"_s;
        Document doc(p);
        const Finding f = findingsOf(p, u"objective-not-measurable"_s).value(0);
        CHECK(f.fixLabel == u"Replace “Understand” with “explain”"_s);
        CHECK(f.message.contains(u"explain, classify"_s));
        REQUIRE(applyFix(doc, f));
        CHECK(doc.project().objectives[0].statement == u"Explain risk"_s);
    }
    SECTION("a multi-word vague phrase in the middle of a statement")
    {
        Project p = cleanProject();
        p.objectives[0].statement = u"Be aware of the common risks"_s;
        Document doc(p);
        REQUIRE(applyFix(doc, findingsOf(p, u"objective-not-measurable"_s).value(0)));
        CHECK(doc.project().objectives[0].statement == u"List the common risks"_s);
    }
    SECTION("a statement without any verb is reported without a fix")
    {
        Project p = cleanProject();
        p.objectives[0].statement = u"Risk in international projects"_s;
        const Finding f = findingsOf(p, u"objective-not-measurable"_s).value(0);
        CHECK(f.message.contains(u"does not say what learners will be able to do"_s));
        CHECK(f.fixLabel.isEmpty());
    }
    SECTION("content moves before class and keeps its place")
    {
        Project p = cleanProject();
        act(p, 0).phase = Phase::InClass;
        Document doc(p);
        REQUIRE(applyFix(doc, findingsOf(p, u"content-delivery-in-class"_s).value(0)));
        CHECK(doc.project().objectives[0].activities[0].id == DefineRiskActivity);
        CHECK(doc.project().objectives[0].activities[0].phase == Phase::PreClass);
    }
    SECTION("a blocked tool is replaced by the best unblocked one of its type, everywhere")
    {
        Project p = cleanProject();
        act(p, 0).toolId = YouTubeTool;
        Document doc(p);
        const Finding f = findingsOf(p, u"tool-often-blocked"_s).value(0);
        CHECK(f.fixLabel == u"Switch to SharePoint"_s);
        REQUIRE(applyFix(doc, f));
        CHECK(doc.project().objectives[0].activities[0].toolId == SharePointTool);
    }
    SECTION("a retired tool missing from the project is added from the catalogue, in one step")
    {
        Project p = cleanProject();
        act(p, 2).toolId = SkypeTool;
        act(p, 4).toolId = SkypeTool;
        Document doc(p);
        const Finding f = findingsOf(p, u"tool-retired"_s).value(0);
        CHECK(f.fixLabel == u"Replace with Microsoft Teams everywhere"_s);
        REQUIRE(applyFix(doc, f));
        const Tool *teams = doc.project().toolByName(u"Microsoft Teams"_s);
        REQUIRE(teams);
        CHECK(teams->type == ToolType::Live);
        CHECK(doc.project().objectives[0].activities[2].toolId == teams->id);
        CHECK(doc.project().objectives[0].activities[4].toolId == teams->id);
        CHECK(doc.undoStack()->count() == 1);
    }
    SECTION("the proposed benefit fits the activity: its direction, then the tool's usual benefit")
    {
        Project p = cleanProject();
        act(p, 0).benefit.clear();
        Document doc(p);
        const Finding f = findingsOf(p, u"benefit-missing"_s).value(0);
        CHECK(f.fixLabel == u"Write a benefit that fits this activity"_s);
        CHECK(f.message.contains(u"For example: “On SharePoint you go through it"_s));
        REQUIRE(applyFix(doc, f));
        CHECK(doc.project().objectives[0].activities[0].benefit
            == u"On SharePoint you go through it at your own pace and can come back to it whenever you need it. "
               "You work where you already work."_s);
    }
    SECTION("a hand-in names the activity's deliverable")
    {
        Project p = cleanProject();
        act(p, 3).benefit.clear();
        act(p, 3).deliverable = u"A ranked register of eight risks."_s;
        Document doc(p);
        REQUIRE(applyFix(doc, findingsOf(p, u"benefit-missing"_s).value(0)));
        CHECK(doc.project().objectives[0].activities[3].benefit
            == u"You hand in a ranked register of eight risks on Microsoft Forms and get feedback on it. "
               "You work where you already work."_s);
    }
    SECTION("building something together says so")
    {
        Project p = cleanProject();
        act(p, 2).benefit.clear();
        act(p, 2).deliverable = u"KPI grid for the case project"_s;
        const QString proposal = [&] {
            Document doc(p);
            REQUIRE(applyFix(doc, findingsOf(p, u"benefit-missing"_s).value(0)));
            return doc.project().objectives[0].activities[2].benefit;
        }();
        CHECK(proposal.startsWith(
            u"You build KPI grid for the case project together with colleagues on Microsoft Whiteboard"_s));
    }
    SECTION("a summative assessment is the post-class hand-in")
    {
        Project p = cleanProject();
        act(p, 3).assessment = Assessment::None;
        Document doc(p);
        const Finding f = findingsOf(p, u"objective-without-summative"_s).value(0);
        CHECK(f.fixLabel == u"Make “Follow-up quiz” the summative assessment"_s);
        REQUIRE(applyFix(doc, f));
        CHECK(doc.project().objectives[0].activities[3].assessment == Assessment::Summative);
    }
    SECTION("without a hand-in after class the summative finding has no fix")
    {
        Project p = cleanProject();
        act(p, 3).assessment = Assessment::None;
        act(p, 3).direction = Direction::ManyToMany;
        const Finding f = findingsOf(p, u"objective-without-summative"_s).value(0);
        CHECK(f.fixLabel.isEmpty());
        CHECK(f.message.contains(u"Add one after class"_s));
    }
    SECTION("an offset on the wrong side of class is flipped")
    {
        Project p = cleanProject();
        act(p, 4).offsetDays = -14;
        Document doc(p);
        const Finding f = findingsOf(p, u"offset-contrary-to-phase"_s).value(0);
        CHECK(f.fixLabel == u"Make it due after its moment"_s);
        CHECK(f.message.contains(u"due 14 days before its moment"_s));
        REQUIRE(applyFix(doc, f));
        CHECK(doc.project().objectives[0].activities[4].offsetDays == 14);
    }
    SECTION("a finding without a fix is refused")
    {
        Project p = cleanProject();
        p.roles.clear();
        Document doc(p);
        CHECK_FALSE(applyFix(doc, findingsOf(p, u"community-without-roles"_s).value(0)));
        CHECK(doc.undoStack()->count() == 0);
    }
}

TEST_CASE("Muted rules do not fire, and muting is stored in the plan as one undo step")
{
    for (const FiringCase &c : firingCases()) {
        setLibraryFacts({});
        const QString ruleId = QString::fromLatin1(c.ruleId);
        CAPTURE(ruleId);
        Project p = cleanProject();
        c.breakIt(p);
        Document doc(p);
        REQUIRE(muteRule(doc, ruleId));
        CHECK(doc.project().info.mutedRules == QStringList { ruleId });
        CHECK(findingsOf(doc.project(), ruleId).isEmpty());
        CHECK_FALSE(muteRule(doc, ruleId));
        doc.undoStack()->undo();
        CHECK(findingsOf(doc.project(), ruleId).size() == 1);
    }
    Document doc(cleanProject());
    CHECK_FALSE(muteRule(doc, u"no-such-rule"_s));
    REQUIRE(muteRule(doc, u"no-reflection"_s));
    REQUIRE(unmuteRule(doc, u"no-reflection"_s));
    CHECK(doc.project().info.mutedRules.isEmpty());
    CHECK_FALSE(unmuteRule(doc, u"no-reflection"_s));
    CHECK(doc.undoStack()->count() == 2);
}

TEST_CASE("Severity keys and labels")
{
    CHECK(severityKey(Severity::Error) == u"error"_s);
    CHECK(severityKey(Severity::Warning) == u"warning"_s);
    CHECK(severityKey(Severity::Suggestion) == u"suggestion"_s);
    CHECK(severityLabel(Severity::Suggestion) == u"Suggestion"_s);
    // Errors are reported first.
    Project p = cleanProject();
    act(p, 0).toolId = YouTubeTool;
    act(p, 1).phase = Phase::Unset;
    const QList<Finding> findings = runAdvisor(p);
    REQUIRE(findings.size() >= 2);
    CHECK(findings.first().severity == Severity::Error);
}

TEST_CASE("A moment's breaks count towards its time, both ways")
{
    Project p = cleanProject();
    p.moments[0].name = u"Day 1"_s;
    p.moments[0].minutes = 420;
    act(p, 2).duration = Duration::exact(150);
    SECTION("150 of 420 minutes is reported as largely unplanned")
    {
        const QList<Finding> findings = findingsOf(p, u"in-class-underplanned"_s);
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].message.startsWith(u"“Day 1” has 150 of 420 minutes planned."_s));
        CHECK(findingsOf(p, u"in-class-over-time"_s).isEmpty());
    }
    SECTION("a lunch and two breaks bring it over half")
    {
        p.moments[0].agenda = { AgendaItem { 7, AgendaKind::Break, 0, {}, 15 },
            AgendaItem { 8, AgendaKind::Lunch, 0, u"Lunch with the sales director"_s, 45 },
            AgendaItem { 9, AgendaKind::Break, 0, {}, 15 } };
        CHECK(findingsOf(p, u"in-class-underplanned"_s).isEmpty());
    }
    SECTION("breaks that do not fit any more make it overrun, and the message says so")
    {
        act(p, 2).duration = Duration::exact(400);
        CHECK(findingsOf(p, u"in-class-over-time"_s).isEmpty());
        p.moments[0].agenda = { AgendaItem { 7, AgendaKind::Lunch, 0, {}, 45 } };
        const QList<Finding> findings = findingsOf(p, u"in-class-over-time"_s);
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].message.contains(u"about 400 minutes and its breaks 45 minutes, but it lasts 420"_s));
    }
    SECTION("a moment without a name is named by its place")
    {
        p.moments[0].name.clear();
        CHECK(findingsOf(p, u"in-class-underplanned"_s).value(0).message.startsWith(u"Moment 1 has 150 of 420"_s));
    }
    SECTION("activities of another moment do not count")
    {
        Moment day2;
        day2.id = 300;
        day2.name = u"Day 2"_s;
        day2.minutes = 420;
        p.moments.append(day2);
        act(p, 2).momentId = day2.id;
        act(p, 2).duration = Duration::exact(400);
        const QList<Finding> findings = findingsOf(p, u"in-class-underplanned"_s);
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].itemId == WorkshopMoment);
        CHECK(findings[0].message.contains(u"0 of 420"_s));
    }
}

TEST_CASE("After a tool change the old tool's benefit is offered to be replaced, in one step")
{
    Project p = newProject();
    const Tool *sharePoint = p.toolByName(u"SharePoint"_s);
    const Tool *moodle = p.toolByName(u"Moodle"_s);
    REQUIRE(sharePoint);
    REQUIRE(moodle);
    Objective objective;
    objective.id = p.maxId() + 1;
    objective.statement = u"List the five steps of the ordering process"_s;
    Activity read;
    read.id = objective.id + 1;
    read.title = u"Read the ordering guide"_s;
    read.phase = Phase::PreClass;
    read.direction = Direction::OneToMany;
    read.toolId = sharePoint->id;
    read.benefit = sharePoint->benefit;
    objective.activities = { read };
    p.objectives = { objective };
    Document doc(p);
    CHECK(findingsOf(doc.project(), u"benefit-from-other-tool"_s).isEmpty());

    // The designer moves the reading to Moodle; the benefit still speaks of SharePoint.
    Activity moved = doc.project().objectives[0].activities[0];
    moved.toolId = moodle->id;
    doc.changeActivity(moved);
    const int stepsBefore = doc.undoStack()->count();
    const QList<Finding> findings = findingsOf(doc.project(), u"benefit-from-other-tool"_s);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].message
        == u"The benefit of “Read the ordering guide” is the one SharePoint brings, but the activity now uses Moodle."_s);
    CHECK(findings[0].fixLabel == u"Use the benefit of Moodle"_s);
    REQUIRE(applyFix(doc, findings[0]));
    CHECK(doc.undoStack()->count() == stepsBefore + 1);
    const QString benefit = doc.project().objectives[0].activities[0].benefit;
    CHECK(benefit.endsWith(moodle->benefit));
    CHECK(benefit.contains(u"Moodle"_s));
    CHECK(findingsOf(doc.project(), u"benefit-from-other-tool"_s).isEmpty());

    // A benefit the advisor proposed for the old tool is recognised too.
    Activity again = doc.project().objectives[0].activities[0];
    again.toolId = sharePoint->id;
    doc.changeActivity(again);
    const QList<Finding> back = findingsOf(doc.project(), u"benefit-from-other-tool"_s);
    REQUIRE(back.size() == 1);
    CHECK(back[0].message.contains(u"the one Moodle brings"_s));
    doc.undoStack()->undo();
    CHECK(doc.project().objectives[0].activities[0].toolId == moodle->id);
}

TEST_CASE("An empty plan says how to start")
{
    const QList<Finding> findings = runAdvisor(newProject());
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].ruleId == u"plan-empty"_s);
    CHECK(findings[0].severity == Severity::Suggestion);
    CHECK(findings[0].message.startsWith(u"The plan has no objectives yet. Add your first objective"_s));
    CHECK(findings[0].message.contains(u"in-class moments"_s));
}

TEST_CASE("Names in messages are shortened at a word boundary, never inside a word")
{
    Project p = cleanProject();
    p.objectives[0].statement
        = u"Understand the consequences of late deliveries for international customers and suppliers"_s;
    const Finding f = findingsOf(p, u"objective-not-measurable"_s).value(0);
    CHECK(f.message.contains(u"“Understand the consequences of late deliveries for…”"_s));
    act(p, 0).title = u"Read   the\nsupplier-escalation-procedure-and-the-customer-communication-guide-before-class"_s;
    act(p, 0).toolId = 0;
    const Finding g = findingsOf(p, u"activity-without-tool"_s).value(0);
    CHECK(g.message.contains(u"“Read the…”"_s));
}

TEST_CASE("Each guessed mark is its own finding, and Keep it clears only that mark", "[guesses]")
{
    Project p = cleanProject();
    act(p, 0).guesses = {{u"phase"_s, u"line 3: phase guessed"_s}, {u"direction"_s, u"line 3: direction guessed"_s}};
    act(p, 1).guesses = {{u"duration"_s, u"line 4: duration guessed"_s}};
    const QList<Finding> findings = findingsOf(p, u"imported-guess"_s);
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].severity == Severity::Suggestion);
    CHECK(findings[0].message.startsWith(u"Phase of "_s));
    CHECK(findings[1].message.startsWith(u"Direction of "_s));
    CHECK(findings[1].itemPath == u"objectives[0].activities[0].guesses[1]"_s);
    CHECK(findings[2].itemPath == u"objectives[0].activities[1].guesses[0]"_s);

    Document doc(p);
    const Project before = doc.project();
    REQUIRE(applyFix(doc, findings[1]));
    REQUIRE(doc.project().objectives[0].activities[0].guesses.size() == 1);
    CHECK(doc.project().objectives[0].activities[0].guesses[0].field.toStdString() == "phase");
    CHECK(doc.project().objectives[0].activities[0].guesses[0].reason.toStdString() == "line 3: phase guessed");
    CHECK(doc.undoStack()->count() == 1);
    CHECK(doc.project().objectives[0].activities[0].guesses
        == QList<GuessMark>{GuessMark{u"phase"_s, u"line 3: phase guessed"_s}});
    CHECK(doc.project().objectives[0].activities[0].direction == before.objectives[0].activities[0].direction);
    CHECK(findingsOf(doc.project(), u"imported-guess"_s).size() == 2);
    doc.undoStack()->undo();
    CHECK(doc.project() == before);
}
