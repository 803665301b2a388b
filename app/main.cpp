// SPDX-License-Identifier: GPL-3.0-or-later
// One binary: a headless command when the arguments name one, the studio otherwise.
#include "cli.h"
#include "studio.h"

int main(int argc, char *argv[])
{
    if (bw::cli::isHeadless(argc, argv))
        return bw::cli::run(argc, argv);
    return bw::ui::runStudio(argc, argv);
}
