// SPDX-License-Identifier: GPL-3.0-or-later
// The studio's meaning colours come from the core palette, the one the PDF and every export
// format draw with, in the light and the dark theme alike.
#include "model/palette.h"
#include "theme.h"

#include <catch2/catch.hpp>

#include <QFile>

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

TEST_CASE("Direction icons are drawn in the palette's colours", "[ui][theme]")
{
    // The icons are SVG files; their colour is written in them, so this keeps them in step.
    ui::Theme::instance(); // loads the icon resources
    const std::pair<Direction, const char *> icons[] = {
        { Direction::OneToMany, "direction-one-to-many" },
        { Direction::ManyToOne, "direction-many-to-one" },
        { Direction::ManyToMany, "direction-many-to-many" },
    };
    for (const auto &[direction, name] : icons) {
        for (const char *folder : { ":/icons/", ":/icons/dark/" }) {
            QFile file(QLatin1String(folder) + QLatin1String(name) + QLatin1String(".svg"));
            INFO(file.fileName().toStdString());
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QByteArray svg = file.readAll().toLower();
            CHECK(svg.contains(palette::directionColour(direction).name().toLatin1()));
        }
    }
}
