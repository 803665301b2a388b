// SPDX-License-Identifier: GPL-3.0-or-later
// The tool picker's ranking: direction fit first, then the friction a tool puts on learners.
#include "advisor/toolranking.h"
#include "qtprint.h"

using namespace bw;

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
