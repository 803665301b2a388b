// SPDX-License-Identifier: GPL-3.0-or-later
// The sync model: upstream changes for a project's library origins, and applying them.
#include "library/librarysync.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

Project sampleProject()
{
    Project p;
    Tool zoom;
    zoom.id = 1;
    zoom.name = u"Zoom"_s;
    Tool padlet;
    padlet.id = 2;
    padlet.name = u"Padlet"_s;
    p.tools = { zoom, padlet };
    Objective o;
    o.id = 10;
    o.statement = u"Pitch"_s;
    Activity a;
    a.id = 11;
    a.title = u"Kick-off call"_s;
    a.toolId = 1;
    Activity b;
    b.id = 12;
    b.title = u"Idea wall"_s;
    b.toolId = 2;
    b.offsetDays = 3;
    Activity c;
    c.id = 13;
    c.title = u"Wrap-up call"_s;
    c.toolId = 1;
    o.activities = { a, b, c };
    p.objectives = { o };
    return p;
}

LibraryTool libTool(const QString &id, const QString &name, int version)
{
    LibraryTool t;
    t.meta = { id, version, u"alice"_s, QDateTime::currentDateTimeUtc() };
    t.tool.name = name;
    return t;
}

} // namespace

TEST_CASE(
    "library sync: retired tool, blocked tool, revised pattern and template are listed and applied", "[librarysync]")
{
    const Project project = sampleProject();
    LibrarySnapshot library;
    LibraryTool zoom = libTool(u"t-zoom"_s, u"Zoom"_s, 2);
    zoom.tool.status = ToolStatus::Retired;
    zoom.tool.replacement = u"Teams"_s;
    LibraryTool teams = libTool(u"t-teams"_s, u"Teams"_s, 1);
    teams.tool.url = u"https://teams.example"_s;
    library.tools.insert(zoom.meta.id, zoom);
    library.tools.insert(teams.meta.id, teams);
    LibraryTool padlet = libTool(u"t-padlet"_s, u"Padlet"_s, 1);
    library.tools.insert(padlet.meta.id, padlet);
    library.clients.insert(u"c-acme"_s, { { u"c-acme"_s, 3, u"bob"_s, {} }, u"ACME"_s, {}, { u"padlet"_s } });
    ActivityPattern wall;
    wall.meta = { u"p-wall"_s, 4, u"alice"_s, {} };
    wall.title = u"Idea wall, revised"_s;
    wall.instructions = u"Post one idea each"_s;
    wall.toolName = u"Padlet"_s;
    wall.phase = Phase::PreClass;
    library.patterns.insert(wall.meta.id, wall);
    library.templates.insert(u"tpl"_s, { u"tpl"_s, 5, u"alice"_s, {} });

    const QList<LibraryOrigin> origins {
        { LibraryKind::Tool, u"t-zoom"_s, 1, 1 }, { LibraryKind::Tool, u"t-padlet"_s, 1, 2 },
        { LibraryKind::Client, u"c-acme"_s, 2, 0 }, { LibraryKind::Pattern, u"p-wall"_s, 3, 12 },
        { LibraryKind::Template, u"tpl"_s, 5, 0 }, // not revised since
    };
    const QList<UpstreamChange> changes = upstreamChanges(project, origins, library);
    REQUIRE(changes.size() == 3);
    CHECK(changes[0].kind == UpstreamChange::ToolRetired);
    CHECK(changes[0].replacement == u"Teams"_s);
    CHECK(changes[0].describe().contains(u"Teams"_s));
    CHECK(changes[1].kind == UpstreamChange::ClientBlocksTool);
    CHECK(changes[1].localId == 2);
    CHECK(changes[2].kind == UpstreamChange::PatternRevised);

    const SyncResult synced = applyUpstreamChanges(project, origins, changes);
    const Project &p = synced.project;
    CHECK(p.tool(1)->status == ToolStatus::Retired);
    const Tool *added = p.toolByName(u"Teams"_s);
    REQUIRE(added);
    CHECK(added->url == u"https://teams.example"_s);
    CHECK(p.activity(11)->toolId == added->id); // every activity of the retired tool moves
    CHECK(p.activity(13)->toolId == added->id);
    CHECK(p.tool(2)->oftenBlocked);
    const Activity *revised = p.activity(12);
    CHECK(revised->title == u"Idea wall, revised"_s);
    CHECK(revised->phase == Phase::PreClass);
    CHECK(revised->toolId == 2);
    CHECK(revised->offsetDays == 3); // the project's own placement is kept
    CHECK(synced.origins[0].rowVersion == 2);
    CHECK(synced.origins[3].rowVersion == 4);
    CHECK(project == sampleProject()); // the input is untouched: a pure function

    // Nothing new upstream: nothing to do.
    CHECK(upstreamChanges(p, synced.origins, library).isEmpty());
}

TEST_CASE("library sync: a project tool of a retired library tool's name is offered and then linked", "[librarysync]")
{
    // The project's Zoom came from the built-in catalogue: no origin, the same name.
    const Project project = sampleProject();
    LibrarySnapshot library;
    LibraryTool zoom = libTool(u"t-zoom"_s, u" zoom"_s, 3);
    zoom.tool.status = ToolStatus::Retired;
    zoom.tool.replacement = u"Teams"_s;
    library.tools.insert(zoom.meta.id, zoom);
    library.tools.insert(u"t-teams"_s, libTool(u"t-teams"_s, u"Teams"_s, 1));
    LibraryTool padlet = libTool(u"t-padlet"_s, u"Padlet"_s, 1); // not retired: nothing
    library.tools.insert(padlet.meta.id, padlet);

    const QList<UpstreamChange> changes = upstreamChanges(project, {}, library);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].kind == UpstreamChange::ToolRetired);
    CHECK(changes[0].localId == 1);
    CHECK(changes[0].toolName == u"Zoom"_s);
    CHECK(changes[0].replacement == u"Teams"_s);
    REQUIRE(changes[0].replacementTool);

    const SyncResult synced = applyUpstreamChanges(project, {}, changes);
    CHECK(synced.project.tool(1)->status == ToolStatus::Retired);
    const Tool *teams = synced.project.toolByName(u"Teams"_s);
    REQUIRE(teams);
    CHECK(synced.project.activity(11)->toolId == teams->id);
    REQUIRE(synced.origins.size() == 1);
    CHECK(synced.origins[0] == LibraryOrigin { LibraryKind::Tool, u"t-zoom"_s, 3, 1 });
    CHECK(upstreamChanges(synced.project, synced.origins, library).isEmpty());

    // A tool linked to another library tool is judged by that one, not by its name.
    const QList<LibraryOrigin> linked { { LibraryKind::Tool, u"t-padlet"_s, 1, 1 } };
    CHECK(upstreamChanges(project, linked, library).isEmpty());
}
