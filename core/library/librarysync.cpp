// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysync.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// The context of the library's texts, declared so that lupdate files them under it too.
class Texts {
    Q_DECLARE_TR_FUNCTIONS(bw::Library)
};

bool usedByAnActivity(const Project &project, Id toolId)
{
    for (const Objective &objective : project.objectives)
        for (const Activity &activity : objective.activities)
            if (activity.toolId == toolId)
                return true;
    return false;
}

} // namespace

QString UpstreamChange::describe() const
{
    switch (kind) {
    case ToolRetired:
        return replacement.isEmpty()
            ? Texts::tr("The library retired \"%1\".").arg(toolName)
            : Texts::tr("The library retired \"%1\"; its replacement is \"%2\".").arg(toolName, replacement);
    case ClientBlocksTool:
        return Texts::tr("%1 now blocks \"%2\".").arg(clientName, toolName);
    case PatternRevised:
        return Texts::tr("The pattern \"%1\" was revised in the library.").arg(pattern ? pattern->title : QString());
    case TemplateRevised:
        return Texts::tr("The template this project came from was revised in the library.");
    }
    return {};
}

std::optional<LibrarySnapshot> fetchLibrarySnapshot(
    TeamLibrary &library, const QList<LibraryOrigin> &origins, LibraryError *error)
{
    LibrarySnapshot snapshot;
    bool needClients = false, needTemplates = false;
    for (const LibraryOrigin &origin : origins) {
        needClients |= origin.kind == LibraryKind::Client;
        needTemplates |= origin.kind == LibraryKind::Template;
        if (origin.kind == LibraryKind::Pattern) {
            std::optional<ActivityPattern> p = library.pattern(origin.libraryId, error);
            if (*error)
                return std::nullopt;
            if (p)
                snapshot.patterns.insert(p->meta.id, *p);
        }
    }
    // Tools always, whole: a project tool with a retired library tool's name counts even without
    // an origin (upstreamChanges), and a retired tool's replacement is looked up by name.
    for (const LibraryTool &t : library.tools(error))
        snapshot.tools.insert(t.meta.id, t);
    if (*error)
        return std::nullopt;
    if (needClients) {
        for (const LibraryClient &c : library.clients(error))
            snapshot.clients.insert(c.meta.id, c);
        if (*error)
            return std::nullopt;
    }
    if (needTemplates) {
        for (const LibraryTemplate &t : library.templates(error))
            snapshot.templates.insert(t.meta.id, t.meta);
        if (*error)
            return std::nullopt;
    }
    return snapshot;
}

QList<UpstreamChange> upstreamChanges(
    const Project &project, const QList<LibraryOrigin> &origins, const LibrarySnapshot &library)
{
    QList<UpstreamChange> changes;
    auto retiredChange = [&library](const Tool &local, const LibraryTool &upstream, const LibraryOrigin &origin) {
        UpstreamChange change;
        change.kind = UpstreamChange::ToolRetired;
        change.origin = origin;
        change.newRowVersion = upstream.meta.rowVersion;
        change.localId = local.id;
        change.toolName = local.name;
        change.replacement = upstream.tool.replacement;
        for (const LibraryTool &t : library.tools)
            if (!change.replacement.isEmpty() && t.tool.name.compare(change.replacement, Qt::CaseInsensitive) == 0)
                change.replacementTool = t.tool;
        return change;
    };
    // Tools linked to the library by name only (no tool origin).
    for (const Tool &local : project.tools) {
        if (local.status == ToolStatus::Retired)
            continue;
        const bool linked = std::any_of(origins.cbegin(), origins.cend(), [&local](const LibraryOrigin &o) {
            return o.kind == LibraryKind::Tool && o.localId == local.id;
        });
        if (linked)
            continue;
        for (const LibraryTool &upstream : library.tools)
            if (upstream.tool.status == ToolStatus::Retired
                && upstream.tool.name.trimmed().compare(local.name.trimmed(), Qt::CaseInsensitive) == 0) {
                changes << retiredChange(local, upstream, { LibraryKind::Tool, upstream.meta.id, 0, local.id });
                break;
            }
    }
    for (const LibraryOrigin &origin : origins) {
        switch (origin.kind) {
        case LibraryKind::Tool: {
            const Tool *local = project.tool(origin.localId);
            const auto it = library.tools.constFind(origin.libraryId);
            if (!local || it == library.tools.constEnd() || local->status == ToolStatus::Retired
                || it->tool.status != ToolStatus::Retired)
                break;
            changes << retiredChange(*local, *it, origin);
            break;
        }
        case LibraryKind::Client: {
            const auto it = library.clients.constFind(origin.libraryId);
            if (it == library.clients.constEnd() || it->meta.rowVersion <= origin.rowVersion)
                break;
            for (const Tool &tool : project.tools) {
                if (tool.oftenBlocked || !usedByAnActivity(project, tool.id)
                    || !it->toolsBlocked.contains(tool.name, Qt::CaseInsensitive))
                    continue;
                UpstreamChange change;
                change.kind = UpstreamChange::ClientBlocksTool;
                change.origin = origin;
                change.newRowVersion = it->meta.rowVersion;
                change.localId = tool.id;
                change.toolName = tool.name;
                change.clientName = it->name;
                changes << change;
            }
            break;
        }
        case LibraryKind::Pattern: {
            const auto it = library.patterns.constFind(origin.libraryId);
            if (it == library.patterns.constEnd() || it->meta.rowVersion <= origin.rowVersion
                || !project.activity(origin.localId))
                break;
            UpstreamChange change;
            change.kind = UpstreamChange::PatternRevised;
            change.origin = origin;
            change.newRowVersion = it->meta.rowVersion;
            change.localId = origin.localId;
            change.pattern = *it;
            changes << change;
            break;
        }
        case LibraryKind::Template: {
            const auto it = library.templates.constFind(origin.libraryId);
            if (it == library.templates.constEnd() || it->rowVersion <= origin.rowVersion)
                break;
            UpstreamChange change;
            change.kind = UpstreamChange::TemplateRevised;
            change.origin = origin;
            change.newRowVersion = it->rowVersion;
            changes << change;
            break;
        }
        }
    }
    return changes;
}

SyncResult applyUpstreamChanges(
    const Project &project, const QList<LibraryOrigin> &origins, const QList<UpstreamChange> &chosen)
{
    SyncResult result { project, origins };
    Project &p = result.project;
    // Tools first: a revised pattern naming a retired tool's replacement then finds it in the
    // project, whatever order the designer ticked the changes in.
    QList<UpstreamChange> ordered = chosen;
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const UpstreamChange &a, const UpstreamChange &b) { return a.kind < b.kind; });
    for (const UpstreamChange &change : ordered) {
        switch (change.kind) {
        case UpstreamChange::ToolRetired: {
            const int row = p.toolRow(change.localId);
            if (row < 0)
                break;
            p.tools[row].status = ToolStatus::Retired;
            p.tools[row].replacement = change.replacement;
            Id replacementId = 0;
            if (!change.replacement.isEmpty()) {
                if (const Tool *existing = p.toolByName(change.replacement)) {
                    replacementId = existing->id;
                } else if (change.replacementTool) {
                    Tool added = *change.replacementTool;
                    added.id = p.maxId() + 1;
                    added.clientProvided = false;
                    p.tools.append(added);
                    replacementId = added.id;
                }
            }
            if (replacementId != 0)
                for (Objective &objective : p.objectives)
                    for (Activity &activity : objective.activities)
                        if (activity.toolId == change.localId)
                            activity.toolId = replacementId;
            break;
        }
        case UpstreamChange::ClientBlocksTool: {
            const int row = p.toolRow(change.localId);
            if (row >= 0)
                p.tools[row].oftenBlocked = true;
            break;
        }
        case UpstreamChange::PatternRevised: {
            const Project::ActivityPos pos = p.activityPos(change.localId);
            if (pos.isValid() && change.pattern) {
                Activity &activity = p.objectives[pos.objective].activities[pos.row];
                activity = change.pattern->applyTo(activity, p);
            }
            break;
        }
        case UpstreamChange::TemplateRevised:
            break;
        }
        bool recorded = false;
        for (LibraryOrigin &origin : result.origins)
            if (origin.kind == change.origin.kind && origin.libraryId == change.origin.libraryId
                && origin.localId == change.origin.localId) {
                origin.rowVersion = change.newRowVersion;
                recorded = true;
            }
        if (!recorded && change.kind == UpstreamChange::ToolRetired && p.tool(change.localId)) {
            // A tool linked by name: from now on the project knows it as the library's.
            LibraryOrigin linked = change.origin;
            linked.rowVersion = change.newRowVersion;
            result.origins.append(linked);
        }
    }
    return result;
}

} // namespace bw
