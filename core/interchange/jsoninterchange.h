// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QByteArray>
#include <QLatin1String>
#include <QStringList>

#include <optional>

namespace bw {

// JSON interchange, version 1 (PRODUCT.md §7), plus the model's fields that §7 leaves out:
// "planVersion" (the plan's own version shown on the cover; "version" is the format's),
// "subgroups" (objective as a 0-based index), "roles", "rules", "evaluation", "maxTools",
// "mutedRules", brand "logo" (base64) and the tool fields "cost", "description", "benefit",
// "access", "setup". Activities name their tool and their moment.
constexpr int JsonInterchangeVersion = 1;
constexpr QLatin1String JsonInterchangeFormat("blendwise-plan");

// Every field of the project, keys in a fixed order, UTF-8, indented. Ids are not written.
QByteArray projectToJson(const Project &project);

struct JsonImportResult {
    std::optional<Project> project;
    QString error; // names the place, e.g. "objectives[2].activities[0].phase: …"
    QStringList warnings; // unknown keys ignored, tools taken from the catalogue …
};
// Ids are assigned from 1 in reading order. A tool an activity names but "tools" does not list
// comes from the built-in catalogue, else it is added as a plain tool (with a warning). A listed
// tool that is also in the built-in catalogue takes the catalogue's values for the keys it omits.
// projectFromJson(projectToJson(p)) equals p up to ids.
JsonImportResult projectFromJson(const QByteArray &json);

} // namespace bw
