// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor on whole plans: the built-in templates, and the plan a new user would try first.
#include "advisor/advisor.h"
#include "catalogue/catalogue.h"
#include "document/document.h"
#include "qtprint.h"

using namespace bw;
using namespace Qt::StringLiterals;

namespace {

QList<Finding> withSeverity(const QList<Finding> &findings, Severity severity)
{
    QList<Finding> out;
    for (const Finding &f : findings)
        if (f.severity == severity)
            out.append(f);
    return out;
}

const Finding *findingFor(const QList<Finding> &findings, const QString &ruleId)
{
    for (const Finding &f : findings)
        if (f.ruleId == ruleId)
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("The built-in templates pass the advisor without errors")
{
    for (const QString &name : { u"it-risk"_s, u"pm-initiative"_s }) {
        CAPTURE(name);
        const std::optional<Project> project = templateProject(name);
        REQUIRE(project.has_value());
        const QList<Finding> findings = runAdvisor(*project);
        for (const Finding &f : findings)
            UNSCOPED_INFO(severityKey(f.severity).toStdString()
                << " " << f.ruleId.toStdString() << ": " << f.message.toStdString());
        CHECK(withSeverity(findings, Severity::Error).isEmpty());
    }
    // The flagship template is an example of the method: not even a warning.
    const QList<Finding> itRisk = runAdvisor(*templateProject(u"it-risk"_s));
    CHECK(withSeverity(itRisk, Severity::Warning).isEmpty());
}

TEST_CASE("A lecture video in class on YouTube, Skype and “understand risk” each get a message and a fix")
{
    Project p = newProject();
    REQUIRE(p.toolByName(u"YouTube"_s));
    REQUIRE(p.toolByName(u"Skype"_s));
    Moment day;
    day.id = p.maxId() + 1;
    day.name = u"Training day"_s;
    day.minutes = 240;
    p.moments = { day };
    Objective objective;
    objective.id = day.id + 1;
    objective.statement = u"understand risk"_s;
    Activity lecture;
    lecture.id = day.id + 2;
    lecture.title = u"Lecture video on risk"_s;
    lecture.phase = Phase::InClass;
    lecture.direction = Direction::OneToMany;
    lecture.toolId = p.toolByName(u"YouTube"_s)->id;
    lecture.momentId = day.id;
    Activity call;
    call.id = day.id + 3;
    call.title = u"Discuss the risks you met"_s;
    call.phase = Phase::PostClass;
    call.direction = Direction::ManyToMany;
    call.toolId = p.toolByName(u"Skype"_s)->id;
    call.momentId = day.id;
    call.offsetDays = 7;
    objective.activities = { lecture, call };
    p.objectives = { objective };

    Document doc(p);
    const QList<Finding> findings = runAdvisor(doc.project());
    const Finding *inClass = findingFor(findings, u"content-delivery-in-class"_s);
    const Finding *blocked = findingFor(findings, u"tool-often-blocked"_s);
    const Finding *retired = findingFor(findings, u"tool-retired"_s);
    const Finding *vague = findingFor(findings, u"objective-not-measurable"_s);
    REQUIRE(inClass);
    REQUIRE(blocked);
    REQUIRE(retired);
    REQUIRE(vague);
    CHECK(inClass->message.contains(u"“Lecture video on risk”"_s));
    CHECK(inClass->fixLabel == u"Move before class"_s);
    CHECK(blocked->message.contains(u"YouTube"_s));
    CHECK(!blocked->fixLabel.isEmpty());
    CHECK(retired->message.contains(u"Microsoft Teams"_s));
    CHECK(retired->fixLabel == u"Replace with Microsoft Teams everywhere"_s);
    CHECK(vague->message.contains(u"“understand”"_s));
    CHECK(vague->fixLabel == u"Replace “understand” with “explain”"_s);

    // Each fix is one step, and together they leave none of those findings behind.
    for (const Finding *f : { inClass, blocked, retired, vague })
        REQUIRE(applyFix(doc, *f));
    CHECK(doc.undoStack()->count() == 4);
    const QList<Finding> after = runAdvisor(doc.project());
    for (const QString &rule :
        { u"content-delivery-in-class"_s, u"tool-often-blocked"_s, u"tool-retired"_s, u"objective-not-measurable"_s })
        CHECK_FALSE(findingFor(after, rule));
    CHECK(doc.project().objectives[0].statement == u"explain risk"_s);
    CHECK(doc.project().objectives[0].activities[1].toolId == doc.project().toolByName(u"Microsoft Teams"_s)->id);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    CHECK(doc.project() == p);
}

TEST_CASE("A product demo on YouTube is moved to the client's video platform, not to a wiki")
{
    Project p = newProject();
    Moment day;
    day.id = p.maxId() + 1;
    day.name = u"Hands-on lab"_s;
    day.minutes = 120;
    p.moments = { day };
    Objective objective;
    objective.id = day.id + 1;
    objective.statement = u"Raise a purchase order in the new ERP"_s;
    Activity demo;
    demo.id = day.id + 2;
    demo.title = u"Watch the demo of the order screen"_s;
    demo.phase = Phase::PreClass;
    demo.direction = Direction::OneToMany;
    demo.toolId = p.toolByName(u"YouTube"_s)->id;
    demo.benefit = u"You see every screen before the lab."_s;
    demo.momentId = day.id;
    demo.offsetDays = -2;
    objective.activities = { demo };
    p.objectives = { objective };

    Document doc(p);
    const QList<Finding> findings = runAdvisor(doc.project());
    const Finding *blocked = findingFor(findings, u"tool-often-blocked"_s);
    REQUIRE(blocked);
    CHECK(blocked->fixLabel == u"Switch to Company video platform"_s);
    REQUIRE(applyFix(doc, *blocked));
    CHECK(
        doc.project().objectives[0].activities[0].toolId == doc.project().toolByName(u"Company video platform"_s)->id);
}
