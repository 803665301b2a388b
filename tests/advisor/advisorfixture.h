// SPDX-License-Identifier: GPL-3.0-or-later
// A small plan that follows the method to the letter, so that each rule test can break exactly
// one thing and see exactly that rule fire.
#pragma once

#include "model/project.h"

namespace bw::test {

// Ids of the fixture's items, for tests that point at them.
enum FixtureId : Id {
    WorkshopMoment = 1,
    SharePointTool = 10,
    EngageTool,
    WhiteboardTool,
    FormsTool,
    YouTubeTool,
    StreamTool,
    SkypeTool,
    PreziTool,
    RiskObjective = 100,
    DefineRiskActivity,
    ShareRisksActivity,
    RankRisksActivity,
    QuizActivity,
    ReflectionActivity,
};

Project cleanProject();

} // namespace bw::test
