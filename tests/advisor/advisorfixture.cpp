// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisorfixture.h"

using namespace Qt::StringLiterals;

namespace bw::test {

namespace {

Tool tool(Id id, const QString &name, ToolType type, QList<Direction> directions, bool clientProvided)
{
    Tool t;
    t.id = id;
    t.name = name;
    t.type = type;
    t.directions = std::move(directions);
    t.clientProvided = clientProvided;
    t.benefit = u"You work where you already work."_s;
    return t;
}

Activity activity(Id id, const QString &title, Phase phase, Direction direction, Id toolId, int offsetDays)
{
    Activity a;
    a.id = id;
    a.title = title;
    a.phase = phase;
    a.direction = direction;
    a.toolId = toolId;
    a.duration = Duration::exact(30);
    a.benefit = u"You learn from colleagues."_s;
    a.momentId = WorkshopMoment;
    a.offsetDays = offsetDays;
    return a;
}

} // namespace

Project cleanProject()
{
    Project p;
    p.info.title = u"Measuring project risk"_s;
    p.info.rules = { u"Question ideas, not people."_s };
    p.info.maxTools = 8;

    Moment workshop;
    workshop.id = WorkshopMoment;
    workshop.name = u"Workshop"_s;
    workshop.minutes = 45; // its one in-class activity fills most of it
    p.moments = { workshop };

    const QList<Direction> all { Direction::OneToMany, Direction::ManyToOne, Direction::ManyToMany };
    Tool youtube = tool(YouTubeTool, u"YouTube"_s, ToolType::Content, { Direction::OneToMany }, false);
    youtube.oftenBlocked = true;
    Tool skype = tool(SkypeTool, u"Skype"_s, ToolType::Live, all, false);
    skype.status = ToolStatus::Retired;
    skype.replacement = u"Microsoft Teams"_s; // not in this project: the fix takes it from the catalogue
    Tool prezi
        = tool(PreziTool, u"Prezi"_s, ToolType::CoCreate, { Direction::OneToMany, Direction::ManyToMany }, false);
    prezi.needsAccount = true;
    p.tools = { tool(SharePointTool, u"SharePoint"_s, ToolType::Content, all, true),
        tool(EngageTool, u"Viva Engage"_s, ToolType::Community, all, true),
        tool(WhiteboardTool, u"Microsoft Whiteboard"_s, ToolType::CoCreate, { Direction::ManyToMany }, true),
        tool(FormsTool, u"Microsoft Forms"_s, ToolType::Survey, { Direction::ManyToOne }, true), youtube,
        tool(StreamTool, u"Microsoft Stream"_s, ToolType::Content, { Direction::OneToMany }, false), skype, prezi };

    Role champion;
    champion.id = 2;
    champion.name = u"Two volunteer project managers"_s;
    p.roles = { champion };

    Objective risk;
    risk.id = RiskObjective;
    risk.statement = u"Be able to calculate and rank the risks of an international project"_s;
    risk.activities = {
        activity(DefineRiskActivity, u"Define risk"_s, Phase::PreClass, Direction::OneToMany, SharePointTool, -7),
        activity(
            ShareRisksActivity, u"Share the risks you meet"_s, Phase::PreClass, Direction::ManyToMany, EngageTool, -5),
        activity(
            RankRisksActivity, u"Rank risks in sub-groups"_s, Phase::InClass, Direction::ManyToMany, WhiteboardTool, 0),
        activity(QuizActivity, u"Follow-up quiz"_s, Phase::PostClass, Direction::ManyToOne, FormsTool, 7),
        activity(ReflectionActivity, u"Reflection on your own project"_s, Phase::PostClass, Direction::ManyToMany,
            EngageTool, 14),
    };
    risk.activities[3].assessment = Assessment::Summative;
    p.objectives = { risk };
    return p;
}

} // namespace bw::test
