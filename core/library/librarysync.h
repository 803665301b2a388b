// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "teamlibrary.h"

#include <QHash>

namespace bw {

// Where an item of a project came from in the team library: the library item and the version
// of it the project took, and the project's own item it became (a tool's or activity's id; 0
// for the template the whole project came from, or a client profile). The project file will
// carry these from wave 2; until then the caller holds them.
struct LibraryOrigin {
    LibraryKind kind = LibraryKind::Tool;
    QString libraryId;
    int rowVersion = 0;
    Id localId = 0;

    friend bool operator==(const LibraryOrigin &, const LibraryOrigin &) = default;
};

// One change upstream that a designer may take into the project.
struct UpstreamChange {
    enum Kind {
        ToolRetired, // the library retired a tool the project uses (replacement: its successor)
        ClientBlocksTool, // the project's client profile now blocks a tool the project uses
        PatternRevised, // a pattern an activity came from was revised
        TemplateRevised, // the template the project came from was revised (told, not applied)
    };
    Kind kind = ToolRetired;
    LibraryOrigin origin;
    int newRowVersion = 0;
    Id localId = 0; // the project's tool (ToolRetired, ClientBlocksTool) or activity (PatternRevised)
    QString toolName; // ToolRetired, ClientBlocksTool
    QString replacement; // ToolRetired: the successor's name, empty when none
    std::optional<Tool> replacementTool; // ToolRetired: the successor as the library has it
    QString clientName; // ClientBlocksTool
    std::optional<ActivityPattern> pattern; // PatternRevised: the new version

    QString describe() const; // one translated line for the sync panel
};

// What the sync needs of the library, fetched once (fetchLibrarySnapshot) so that the
// comparison itself is a pure function.
struct LibrarySnapshot {
    QHash<QString, LibraryTool> tools; // by library id
    QHash<QString, LibraryClient> clients;
    QHash<QString, ActivityPattern> patterns;
    QHash<QString, LibraryMeta> templates;
};
std::optional<LibrarySnapshot> fetchLibrarySnapshot(
    TeamLibrary &library, const QList<LibraryOrigin> &origins, LibraryError *error);

// The upstream changes for a project with these origins. Only what changed since the origin's
// version counts (a tool already retired in the project, a pattern not revised, are not listed).
// A project tool that came from elsewhere (the built-in catalogue, typed in) but has the name of
// a tool the library retired is offered too: the team's catalogue names tools, and "Skype" is
// Skype wherever it came from. Taking that change links the tool to the library's (an origin).
QList<UpstreamChange> upstreamChanges(
    const Project &project, const QList<LibraryOrigin> &origins, const LibrarySnapshot &library);

struct SyncResult {
    Project project;
    QList<LibraryOrigin> origins; // with the versions taken
};

// Applies the chosen changes and returns the new project (one undo step for the studio):
// ToolRetired retires the project's tool and points every activity using it to the replacement
// (the project's tool of that name, else the library's, added); ClientBlocksTool marks the tool
// oftenBlocked so the advisor flags its activities; PatternRevised rewrites the activity's
// reusable fields (ActivityPattern::applyTo); TemplateRevised only records the version seen.
SyncResult applyUpstreamChanges(
    const Project &project, const QList<LibraryOrigin> &origins, const QList<UpstreamChange> &chosen);

} // namespace bw
