// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleregistry.h"

#include "rules/rules.h"

namespace bw {

namespace {

std::vector<std::unique_ptr<Rule>> createRules()
{
    using namespace rules;
    std::vector<std::unique_ptr<Rule>> all;
    for (auto make : { makeObjectiveWithoutStatement, makeObjectiveWithoutActivities, makeActivityWithoutPhase,
             makeActivityWithoutDirection, makeActivityWithoutTool, makeObjectiveNotMeasurable,
             makeContentDeliveryInClass, makeToolDirectionMismatch, makeToolOftenBlocked, makeToolRetired,
             makeLibraryRetiredTool, makeNoFollowUp, makeObjectiveWithoutSummative, makePracticeWithoutPreparation,
             makeTooManyTools, makeInClassOverTime, makeInClassUnderplanned, makeActivityWithoutMoment,
             makeOffsetContraryToPhase, makeBenefitFromOtherTool, makePlanEmpty, makeToolNeedsAccount,
             makeBenefitMissing, makeNoManyToMany, makeCommunityWithoutRoles, makeCommunityWithoutRules,
             makeNoReflection, makeImportedGuess })
        all.push_back(make());
    return all;
}

} // namespace

const std::vector<std::unique_ptr<Rule>> &advisorRuleSet()
{
    static const std::vector<std::unique_ptr<Rule>> rules = createRules();
    return rules;
}

const Rule *findRule(const QString &ruleId)
{
    for (const auto &rule : advisorRuleSet())
        if (rule->id() == ruleId)
            return rule.get();
    return nullptr;
}

} // namespace bw
