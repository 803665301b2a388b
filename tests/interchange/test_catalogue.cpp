// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/catalogue.h"
#include "interchange/jsoninterchange.h"

#include "qtprint.h"

#include <QSet>

using namespace bw;

TEST_CASE("The built-in catalogue has every tool the method names", "[catalogue]")
{
    const QList<Tool> &tools = builtinCatalogue();
    REQUIRE(tools.size() >= 40);
    for (const char *name : { "LinkedIn Groups", "Yammer", "Viva Engage", "Wikipedia", "YouTube", "Prezi", "Skype",
             "Microsoft Teams", "SurveyMonkey", "Padlet", "SharePoint", "E-mail", "Zoom", "Slack", "Miro",
             "Google Docs", "Microsoft Forms", "Mentimeter" }) {
        INFO(name);
        CHECK(builtinTool(QString::fromLatin1(name)) != nullptr);
    }
    CHECK(builtinTool(QStringLiteral("microsoft TEAMS")) == builtinTool(QStringLiteral("Microsoft Teams")));
    CHECK(builtinTool(QStringLiteral("No such tool")) == nullptr);

    QSet<QString> names;
    for (const Tool &t : tools) {
        INFO(t.name.toStdString());
        CHECK(!t.name.isEmpty());
        CHECK(t.id == 0);
        CHECK(!t.directions.isEmpty());
        CHECK(!t.description.isEmpty());
        CHECK(!t.setup.isEmpty());
        names.insert(t.name.toLower());
        if (t.status == ToolStatus::Retired)
            CHECK(builtinTool(t.replacement) != nullptr);
    }
    CHECK(names.size() == tools.size());
}

TEST_CASE("A new project starts with the whole catalogue and fresh ids", "[catalogue]")
{
    const Project p = newProject();
    CHECK(p.info.title == QStringLiteral("Untitled plan"));
    CHECK(p.info.language == QStringLiteral("en"));
    CHECK(p.objectives.isEmpty());
    CHECK(p.moments.isEmpty());
    REQUIRE(p.tools.size() == builtinCatalogue().size());
    QSet<Id> ids;
    for (int i = 0; i < p.tools.size(); ++i) {
        Tool copy = p.tools[i];
        CHECK(copy.id > 0);
        ids.insert(copy.id);
        copy.id = 0;
        CHECK(copy == builtinCatalogue()[i]);
    }
    CHECK(ids.size() == p.tools.size());
}

TEST_CASE("Built-in templates load as complete projects", "[catalogue][templates]")
{
    const QList<TemplateInfo> templates = builtinTemplates();
    QStringList names;
    for (const TemplateInfo &t : templates) {
        names.append(t.name);
        CHECK(!t.label.isEmpty());
        CHECK(!t.description.isEmpty());
    }
    CHECK(names.contains(QStringLiteral("it-risk")));
    CHECK(names.contains(QStringLiteral("pm-initiative")));

    for (const QString &name : names) {
        INFO(name.toStdString());
        const auto project = templateProject(name);
        REQUIRE(project);
        CHECK(!project->objectives.isEmpty());
        CHECK(!project->moments.isEmpty());
        CHECK(!project->subgroups.isEmpty());
        CHECK(!project->roles.isEmpty());
        CHECK(!project->info.rules.isEmpty());
        CHECK(!project->info.evaluation.isEmpty());
        // The full catalogue is there, and every activity's tool resolves.
        for (const Tool &t : builtinCatalogue())
            CHECK(project->toolByName(t.name) != nullptr);
        QSet<QString> toolNames;
        for (const Tool &t : project->tools)
            toolNames.insert(t.name.toLower());
        CHECK(toolNames.size() == project->tools.size());
        for (const Objective &o : project->objectives)
            for (const Activity &a : o.activities) {
                CHECK(project->tool(a.toolId) != nullptr);
                CHECK(project->moment(a.momentId) != nullptr);
                CHECK(a.phase != Phase::Unset);
                CHECK(a.direction != Direction::Unset);
            }
        // Ids are unique across the whole project.
        QSet<Id> ids;
        int count = 0;
        auto note = [&](Id id) {
            ids.insert(id);
            ++count;
        };
        for (const auto &m : project->moments)
            note(m.id);
        for (const auto &o : project->objectives) {
            note(o.id);
            for (const auto &a : o.activities)
                note(a.id);
        }
        for (const auto &t : project->tools)
            note(t.id);
        for (const auto &g : project->subgroups)
            note(g.id);
        for (const auto &r : project->roles)
            note(r.id);
        CHECK(ids.size() == count);
        CHECK(!ids.contains(0));
    }
}

TEST_CASE("A template tool keeps the catalogue's texts for the keys it leaves out", "[catalogue][templates]")
{
    const auto project = templateProject(QStringLiteral("it-risk"));
    REQUIRE(project);
    const Tool *sharePoint = project->toolByName(QStringLiteral("SharePoint"));
    REQUIRE(sharePoint);
    CHECK(sharePoint->clientProvided); // the template's own value
    CHECK(sharePoint->description == builtinTool(QStringLiteral("SharePoint"))->description);
    CHECK(sharePoint->setup == builtinTool(QStringLiteral("SharePoint"))->setup);
}

TEST_CASE("Unknown template names are refused", "[catalogue][templates]")
{
    CHECK_FALSE(templateProject(QStringLiteral("no-such-template")));
    CHECK_FALSE(templateProject(QString()));
    CHECK_FALSE(templateProject(QStringLiteral("../catalogue/tools")));
}
