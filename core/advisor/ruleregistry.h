// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rule.h"

#include <memory>
#include <vector>

namespace bw {

// Every rule of the advisor, created once: errors first, then warnings, then suggestions, so
// that a run reports the most serious findings first.
const std::vector<std::unique_ptr<Rule>> &advisorRuleSet();
const Rule *findRule(const QString &ruleId);

} // namespace bw
