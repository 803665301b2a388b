// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advisor/rule.h"

#include <memory>

// One factory per rule; each rule lives in its own file of this folder.
namespace bw::rules {

std::unique_ptr<Rule> makeObjectiveWithoutStatement();
std::unique_ptr<Rule> makeObjectiveWithoutActivities();
std::unique_ptr<Rule> makeActivityWithoutPhase();
std::unique_ptr<Rule> makeActivityWithoutDirection();
std::unique_ptr<Rule> makeActivityWithoutTool();

std::unique_ptr<Rule> makeObjectiveNotMeasurable();
std::unique_ptr<Rule> makeContentDeliveryInClass();
std::unique_ptr<Rule> makeToolDirectionMismatch();
std::unique_ptr<Rule> makeToolOftenBlocked();
std::unique_ptr<Rule> makeToolRetired();
std::unique_ptr<Rule> makeLibraryRetiredTool();
std::unique_ptr<Rule> makeNoFollowUp();
std::unique_ptr<Rule> makeObjectiveWithoutSummative();
std::unique_ptr<Rule> makePracticeWithoutPreparation();
std::unique_ptr<Rule> makeTooManyTools();
std::unique_ptr<Rule> makeInClassOverTime();
std::unique_ptr<Rule> makeInClassUnderplanned();
std::unique_ptr<Rule> makeActivityWithoutMoment();
std::unique_ptr<Rule> makeOffsetContraryToPhase();
std::unique_ptr<Rule> makeBenefitFromOtherTool();

std::unique_ptr<Rule> makePlanEmpty();
std::unique_ptr<Rule> makeToolNeedsAccount();
std::unique_ptr<Rule> makeBenefitMissing();
std::unique_ptr<Rule> makeNoManyToMany();
std::unique_ptr<Rule> makeCommunityWithoutRoles();
std::unique_ptr<Rule> makeCommunityWithoutRules();
std::unique_ptr<Rule> makeNoReflection();
std::unique_ptr<Rule> makeImportedGuess();

} // namespace bw::rules
