// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace bw::cli {

// True when the arguments ask for a headless command (new, import, export, check, templates,
// --help, --version, or anything that is not a file to open).
bool isHeadless(int argc, char *argv[]);

// Runs a headless command; returns the process exit code (PRODUCT.md §6).
int run(int argc, char *argv[]);

} // namespace bw::cli
