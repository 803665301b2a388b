// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace bw::ui {

// Creates the QApplication, opens the main window (on the file named in argv, if any) and runs
// the event loop. Returns the exit code.
int runStudio(int argc, char *argv[]);

} // namespace bw::ui
