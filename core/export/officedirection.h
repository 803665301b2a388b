// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QStringView>

namespace bw {

// The social direction a line of a plan table names, so that the office formats can mark it
// in the direction's colour (the plan model stays plain text). A line names a direction when it
// is exactly the direction's label ("Many-to-many") or ends with it in brackets
// ("2.3 Peer review (Many-to-many)"). Unset when it names none.
Direction directionNamedBy(QStringView line);

} // namespace bw
