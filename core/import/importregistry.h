// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <memory>
#include <vector>

namespace bw {

// The list behind importers(): adding a format is one line in importregistry.cpp plus its class.
const std::vector<std::unique_ptr<Importer>> &registeredImporters();

} // namespace bw
