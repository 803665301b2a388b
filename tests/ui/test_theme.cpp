// SPDX-License-Identifier: GPL-3.0-or-later
// The studio's meaning colours come from the core palette, the one the PDF and every export
// format draw with, in the light and the dark theme alike.
#include "model/palette.h"
#include "theme.h"

#include <catch2/catch.hpp>

using namespace bw;

TEST_CASE("Studio colours are the core palette in every theme", "[ui][theme]")
{
    for (const auto mode : { ui::Theme::Mode::Light, ui::Theme::Mode::Dark }) {
        ui::Theme::instance()->setMode(mode);
        for (const Direction d : enumValues<Direction>())
            CHECK(ui::Theme::directionColor(d) == palette::directionColour(d));
        for (const Phase p : enumValues<Phase>())
            CHECK(ui::Theme::phaseColor(p) == palette::phaseColour(p));
    }
    ui::Theme::instance()->setMode(ui::Theme::Mode::Light);
}
