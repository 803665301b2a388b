// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/duration.h"
#include "model/enums.h"
#include "qtprint.h"

using namespace bw;

TEST_CASE("Duration parses exact minutes and ranges", "[model]")
{
    CHECK(Duration::fromString(QStringLiteral("30")) == Duration::exact(30));
    CHECK(Duration::fromString(QStringLiteral("10-15")) == Duration{10, 15});
    CHECK(Duration::fromString(QStringLiteral(" 10 \u2013 15 min")) == Duration{10, 15});
    CHECK(Duration::fromString(QString()) == Duration{});
    CHECK_FALSE(Duration::fromString(QStringLiteral("15-10")).has_value());
    CHECK_FALSE(Duration::fromString(QStringLiteral("-5")).has_value());
    CHECK_FALSE(Duration::fromString(QStringLiteral("abc")).has_value());
    CHECK(Duration{10, 15}.toKey() == QStringLiteral("10-15"));
    CHECK(Duration::exact(45).toKey() == QStringLiteral("45"));
    CHECK(Duration{10, 15}.typical() == 12.5);
}

TEST_CASE("Enum keys round-trip and reject unknown values", "[model]")
{
    for (Phase p : enumValues<Phase>())
        CHECK(enumFromKey<Phase>(enumKey(p)) == p);
    for (Direction d : enumValues<Direction>())
        CHECK(enumFromKey<Direction>(enumKey(d)) == d);
    CHECK(enumValues<Phase>().size() == 3);
    CHECK(enumKey(Phase::PreClass) == QStringLiteral("pre-class"));
    CHECK(enumKey(ToolType::CoCreate) == QStringLiteral("co-create"));
    CHECK_FALSE(enumFromKey<Phase>(u"during-class").has_value());
    CHECK(enumLabel(Direction::ManyToMany) == QStringLiteral("Many-to-many"));
}
