// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QByteArray>
#include <QLatin1String>
#include <QStringList>

#include <optional>

namespace bw {

// JSON interchange, version 1 (PRODUCT.md §7, described fully in docs/interchange.md), plus the
// model's fields that §7 leaves out: "planVersion" (the plan's own version shown on the cover;
// "version" is the format's), "subgroups", "roles", "rules", "evaluation", "maxTools",
// "mutedRules", brand "logo" (base64), the tool fields "cost", "description", "benefit",
// "access", "setup", and what came later within version 1: moment "agenda", objective
// "instrument", activity "noTool", "ledByRoleId", "ledByName", "recurrence", role "customKind".
//
// Identity: moments, agenda entries, tools, objectives, activities and roles carry an optional
// key "id" (a whole number, unique within its kind); activities refer to their tool and moment
// by key ("toolId", "momentId") and by name ("tool", "moment"), to their leading role by key
// only ("ledByRoleId"), agenda entries to their activity by key only ("activityId"), sub-groups
// to their objective by key ("objectiveId") and by
// position ("objective"). A key, when present, decides; the name (or position) is the fallback
// for documents without keys, and a name that two items share is refused there, with its path.
constexpr int JsonInterchangeVersion = 1;
constexpr QLatin1String JsonInterchangeFormat("blendwise-plan");

// Every field of the project, keys in a fixed order, UTF-8, indented. The project's ids of
// moments, agenda entries, tools, objectives, activities and roles are written as their keys;
// those of sub-groups are not written. The project is written as normalize() repairs it (what
// refers to a removed item is left out), as a save would store it.
QByteArray projectToJson(const Project &project);

struct JsonImportResult {
    std::optional<Project> project;
    QString error; // names the place, e.g. "objectives[2].activities[0].phase: …"
    QStringList warnings; // unknown keys ignored, tools taken from the catalogue …
};
// Ids are assigned from 1 in reading order; when the document's keys are unique across moments,
// tools and objectives (as export writes them), those items take their keys as ids and the
// others are numbered after the largest key, so projectToJson(projectFromJson(json)) == json. The
// project is normalize()d and validate()d as a project file is: a value out of range is refused
// with its path. A tool an activity names but "tools" does not list
// comes from the built-in catalogue, else it is added as a plain tool (with a warning). A listed
// tool that is also in the built-in catalogue takes the catalogue's values for the keys it omits.
// projectFromJson(projectToJson(p)) equals p up to ids.
JsonImportResult projectFromJson(const QByteArray &json);

} // namespace bw
