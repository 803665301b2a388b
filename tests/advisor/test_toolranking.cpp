// SPDX-License-Identifier: GPL-3.0-or-later
// The tool picker's ranking: direction fit first, then the friction a tool puts on learners.
#include "advisor/advisor.h"
#include "advisor/toolranking.h"
#include "catalogue/catalogue.h"
#include "qtprint.h"

using namespace bw;
using namespace Qt::StringLiterals;

namespace {

Tool makeTool(Id id, const QString &name, ToolType type, QList<Direction> directions)
{
    Tool t;
    t.id = id;
    t.name = name;
    t.type = type;
    t.directions = std::move(directions);
    return t;
}

QStringList rankedNames(const Project &p, const Activity &a, const QString &query = {})
{
    QStringList names;
    for (const auto &s : rankTools(p, a, query))
        names.append(p.tool(s.toolId)->name);
    return names;
}

Activity activity(Phase phase, Direction direction)
{
    Activity a;
    a.id = 100;
    a.phase = phase;
    a.direction = direction;
    return a;
}

} // namespace

TEST_CASE("A tool that supports the activity's direction ranks above one that does not")
{
    Project p;
    // The survey tool is client-provided and needs no account, yet cannot carry many-to-many.
    Tool forms = makeTool(1, QStringLiteral("Microsoft Forms"), ToolType::Survey, { Direction::ManyToOne });
    forms.clientProvided = true;
    Tool miro = makeTool(2, QStringLiteral("Miro"), ToolType::CoCreate, { Direction::ManyToMany });
    miro.needsAccount = true;
    p.tools = { forms, miro };

    const auto ranked = rankTools(p, activity(Phase::PreClass, Direction::ManyToMany));
    REQUIRE(ranked.size() == 2);
    CHECK(ranked[0].toolId == 2);
    CHECK(ranked[1].warnings.contains(QStringLiteral("Does not support Many-to-many")));
    CHECK(ranked[0].warnings.contains(QStringLiteral("Needs a personal account")));
}

TEST_CASE("Among fitting tools, the client's own comes first, then no-account, then unblocked")
{
    Project p;
    Tool linkedin = makeTool(1, QStringLiteral("LinkedIn Groups"), ToolType::Community, { Direction::ManyToMany });
    linkedin.needsAccount = true;
    linkedin.oftenBlocked = true;
    Tool padlet = makeTool(2, QStringLiteral("Padlet"), ToolType::Community, { Direction::ManyToMany });
    Tool engage = makeTool(3, QStringLiteral("Viva Engage"), ToolType::Community, { Direction::ManyToMany });
    engage.clientProvided = true;
    p.tools = { linkedin, padlet, engage };

    const auto ranked = rankTools(p, activity(Phase::PreClass, Direction::ManyToMany));
    CHECK(rankedNames(p, activity(Phase::PreClass, Direction::ManyToMany))
        == QStringList { QStringLiteral("Viva Engage"), QStringLiteral("Padlet"), QStringLiteral("LinkedIn Groups") });
    CHECK(ranked[0].reasons.contains(QStringLiteral("Provided by the client")));
    CHECK(ranked[2].warnings.contains(QStringLiteral("Often blocked on corporate networks")));
}

TEST_CASE("The expected tool type for phase and direction breaks ties between fitting tools")
{
    Project p;
    p.tools = { makeTool(1, QStringLiteral("Padlet"), ToolType::Community, { Direction::OneToMany }),
        makeTool(2, QStringLiteral("SharePoint"), ToolType::Content, { Direction::OneToMany }),
        makeTool(3, QStringLiteral("Zoom"), ToolType::Live, { Direction::OneToMany }) };
    CHECK(rankedNames(p, activity(Phase::PreClass, Direction::OneToMany)).first() == QStringLiteral("SharePoint"));

    Moment online;
    online.id = 50;
    online.mode = MomentMode::Virtual;
    p.moments = { online };
    Activity live = activity(Phase::InClass, Direction::OneToMany);
    live.momentId = 50;
    CHECK(rankedNames(p, live).first() == QStringLiteral("Zoom"));
    CHECK(expectedToolTypes(p, activity(Phase::PostClass, Direction::ManyToOne)).first() == ToolType::Survey);
}

TEST_CASE("Retired tools sink to the bottom and name their replacement")
{
    Project p;
    Tool skype = makeTool(1, QStringLiteral("Skype"), ToolType::Live, { Direction::ManyToMany });
    skype.status = ToolStatus::Retired;
    skype.replacement = QStringLiteral("Microsoft Teams");
    skype.clientProvided = true;
    Tool trello = makeTool(2, QStringLiteral("Trello"), ToolType::SpeedUp, { Direction::OneToMany });
    trello.needsAccount = true;
    p.tools = { skype, trello };

    const auto ranked = rankTools(p, activity(Phase::InClass, Direction::ManyToMany));
    REQUIRE(ranked.size() == 2);
    CHECK(ranked[1].toolId == 1);
    CHECK(ranked[1].warnings.first() == QStringLiteral("Retired — use Microsoft Teams"));
    CHECK(toolWarnings(skype) == QStringList { QStringLiteral("Retired — use Microsoft Teams") });
}

TEST_CASE("Tools already used in the plan win ties, for consistency")
{
    Project p;
    p.tools = { makeTool(1, QStringLiteral("Mentimeter"), ToolType::Survey, { Direction::ManyToOne }),
        makeTool(2, QStringLiteral("Microsoft Forms"), ToolType::Survey, { Direction::ManyToOne }) };
    Objective o;
    o.id = 10;
    Activity other = activity(Phase::PostClass, Direction::ManyToOne);
    other.id = 11;
    other.toolId = 2;
    o.activities = { other };
    p.objectives = { o };
    const auto ranked = rankTools(p, activity(Phase::PreClass, Direction::ManyToOne));
    CHECK(ranked[0].toolId == 2);
    CHECK(ranked[0].reasons.contains(QStringLiteral("Already used in this plan")));
}

TEST_CASE("A query keeps only matching tools, a name that starts with it first")
{
    Project p;
    p.tools = { makeTool(1, QStringLiteral("Microsoft Teams"), ToolType::Live, { Direction::ManyToMany }),
        makeTool(2, QStringLiteral("Teamwork board"), ToolType::SpeedUp, { Direction::OneToMany }),
        makeTool(3, QStringLiteral("Padlet"), ToolType::Community, { Direction::ManyToMany }),
        makeTool(4, QStringLiteral("Steamroom"), ToolType::Community, { Direction::ManyToMany }) };
    // Direction favours Microsoft Teams and Steamroom, but the prefix match wins the type-ahead,
    // and a word starting with the query beats a match inside a word.
    CHECK(rankedNames(p, activity(Phase::PreClass, Direction::ManyToMany), QStringLiteral("tea"))
        == QStringList {
            QStringLiteral("Teamwork board"), QStringLiteral("Microsoft Teams"), QStringLiteral("Steamroom") });
    CHECK(rankTools(p, activity(Phase::PreClass, Direction::ManyToMany), QStringLiteral("zzz")).isEmpty());
    CHECK(rankTools(p, activity(Phase::PreClass, Direction::ManyToMany), QStringLiteral("  ")).size() == 4);
}

TEST_CASE("What an activity is for is read from its texts, in the plan's languages")
{
    auto purposeOf = [](const QString &title, const QString &instructions = {}) {
        Activity a = activity(Phase::PreClass, Direction::OneToMany);
        a.title = title;
        a.instructions = instructions;
        return activityPurpose(a);
    };
    CHECK(purposeOf(u"Product e-learning: the new CRM"_s) == ActivityPurpose::ELearning);
    CHECK(purposeOf(u"Complete the LMS module on the pricing tool"_s) == ActivityPurpose::ELearning);
    CHECK(purposeOf(u"Lernmodul Datenschutz"_s) == ActivityPurpose::ELearning);
    CHECK(purposeOf(u"Suivre la formation en ligne sur le logiciel"_s) == ActivityPurpose::ELearning);
    CHECK(purposeOf(u"Watch the demo of the quoting screen"_s) == ActivityPurpose::Video);
    CHECK(purposeOf(u"Vorbereitung"_s, u"Sehen Sie sich das Video zur Angebotserstellung an."_s)
        == ActivityPurpose::Video);
    CHECK(purposeOf(u"Bekijk de opname van de productdemo"_s) == ActivityPurpose::Video);
    CHECK(purposeOf(u"Films that shaped the brand"_s) == ActivityPurpose::General); // "lms" is not a word here
    CHECK(purposeOf(u"Define risk"_s) == ActivityPurpose::General);
}

TEST_CASE("Product e-learning and demos go to the client's LMS or video platform, never to Wikipedia")
{
    const Project p = newProject();
    Activity module = activity(Phase::PreClass, Direction::OneToMany);
    module.title = u"Product e-learning: quoting in the new CRM"_s;
    const QStringList forModule = rankedNames(p, module);
    REQUIRE(forModule.size() > 3);
    CHECK(forModule.first() == u"Company LMS"_s);
    CHECK(forModule.indexOf(u"Company video platform"_s) < forModule.indexOf(u"SharePoint"_s));
    CHECK(expectedToolTypes(p, module).first() == ToolType::ELearning);

    Activity demo = activity(Phase::PreClass, Direction::OneToMany);
    demo.title = u"Watch the demo of the quoting screen"_s;
    const QStringList forDemo = rankedNames(p, demo);
    CHECK(forDemo.first() == u"Company video platform"_s);
    CHECK(forDemo.at(1) == u"Company LMS"_s);

    // Wikipedia sinks below every tool that is not retired, and says why.
    for (const Activity &a : { module, demo }) {
        const QList<ToolSuggestion> ranked = rankTools(p, a);
        int wikipedia = -1, lastActive = -1;
        for (int i = 0; i < ranked.size(); ++i) {
            const Tool *t = p.tool(ranked[i].toolId);
            if (t->name == u"Wikipedia"_s) {
                wikipedia = i;
                CHECK(ranked[i].warnings.contains(u"Reference reading, not made for training or demos"_s));
            } else if (t->status == ToolStatus::Active) {
                lastActive = i;
            }
        }
        CHECK(wikipedia > lastActive);
    }
    // For an ordinary reading Wikipedia is still a fair choice.
    Activity reading = activity(Phase::PreClass, Direction::OneToMany);
    reading.title = u"Read up on the history of risk management"_s;
    CHECK(rankedNames(p, reading).indexOf(u"Wikipedia"_s) < 3);
}

TEST_CASE("The advisor's tool fix for an e-learning activity picks the client's LMS")
{
    Project p = newProject();
    Moment day;
    day.id = p.maxId() + 1;
    day.name = u"Bootcamp"_s;
    day.minutes = 60;
    p.moments = { day };
    Objective o;
    o.id = day.id + 1;
    o.statement = u"Enter a quote in the CRM"_s;
    Activity module = activity(Phase::PreClass, Direction::OneToMany);
    module.id = day.id + 2;
    module.title = u"Product e-learning on the CRM"_s;
    module.momentId = day.id;
    module.offsetDays = -3;
    Activity rolePlay = activity(Phase::InClass, Direction::ManyToMany);
    rolePlay.id = day.id + 3;
    rolePlay.title = u"Customer call role-play"_s;
    rolePlay.momentId = day.id;
    rolePlay.noTool = true;
    rolePlay.duration = Duration::exact(60);
    o.activities = { module, rolePlay };
    p.objectives = { o };
    QList<Finding> withoutTool;
    for (const Finding &f : runAdvisor(p))
        if (f.ruleId == u"activity-without-tool"_s)
            withoutTool.append(f);
    REQUIRE(withoutTool.size() == 1); // the role-play in the room is not "without a tool"
    CHECK(withoutTool[0].itemId == module.id);
    CHECK(withoutTool[0].fixLabel == u"Use Company LMS"_s);
}
