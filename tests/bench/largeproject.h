// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

namespace bw {

// A realistic programme for benchmarks and scale tests: about 40 activities per objective
// (250 objectives for 10,000 activities), tools from the built-in catalogue, in-class moments,
// texts of realistic length with some non-ASCII, duration ranges and pre/post offsets.
// The same arguments always give the same project.
Project generateLargeProject(int activities, quint32 seed = 1);

} // namespace bw
