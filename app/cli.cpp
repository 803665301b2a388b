// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <cstring>
#include <cstdio>

namespace bw::cli {

bool isHeadless(int argc, char *argv[])
{
    return argc > 1 && (std::strcmp(argv[1], "--version") == 0);
}

int run(int, char *[])
{
    std::printf("blendwise %s\n", BLENDWISE_VERSION);
    return 0;
}

} // namespace bw::cli
