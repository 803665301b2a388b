// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

namespace bw::test {

// A project in which every field of every item differs from its default, with emoji,
// right-to-left, CJK and combining text and one text of 100 kB.
Project fullSampleProject();

// A plain project of `activities` activities whose every text carries `tag`, so that two
// projects built with different tags differ everywhere (the kill test must tell them apart).
Project taggedProject(const QString &tag, int activities);

} // namespace bw::test
