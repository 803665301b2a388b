// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QRandomGenerator>

namespace bw::test {

// Projects for property-style tests: random but reproducible (seeded), of the kinds the studio
// makes — names that repeat (two moments called "Workshop", tools "Zoom" and "zoom"), every
// enumeration value, ranges, offsets, dates, empty and unusual texts (emoji, right-to-left,
// control characters), references to none and to items.
Project randomProject(QRandomGenerator &random);

// Changes one value of `project` at random, often to one validate() refuses (a reversed or
// huge duration, an offset of years, a repeated or negative id, a reference to nothing, a
// muted rule twice, a lone surrogate, an unknown enumeration value …). Returns what it did,
// for the test's log.
QString mutateProject(Project &project, QRandomGenerator &random);

} // namespace bw::test
