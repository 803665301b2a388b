// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/catalogue.h"
#include "import/importer.h"
#include "interchange/jsoninterchange.h"

#include <catch2/catch.hpp>

using namespace bw;
using namespace Qt::StringLiterals;

TEST_CASE("The importer registry finds formats by key and by content", "[import]")
{
    REQUIRE(findImporter(u"json"_s));
    CHECK_FALSE(findImporter(u"nope"_s));
    const QByteArray json = projectToJson(*templateProject(u"it-risk"_s));
    CHECK(detectImporter(json.left(65536), u"plan.txt"_s) == findImporter(u"json"_s));
    CHECK(detectImporter("hello", u"notes.txt"_s) == nullptr);
    const ImportResult r = findImporter(u"json"_s)->read(json, u"plan.json"_s, {});
    REQUIRE(r.project);
    CHECK(r.project->objectives.size() == templateProject(u"it-risk"_s)->objectives.size());
    const ImportResult bad = findImporter(u"json"_s)->read("{\"format\": 3", u"plan.json"_s, {});
    CHECK_FALSE(bad.project);
    CHECK_FALSE(bad.error.isEmpty());
}
