// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace bw {

// JSON interchange, version 1 (PRODUCT.md §7).
constexpr int JsonInterchangeVersion = 1;

QByteArray projectToJson(const Project &project);

struct JsonImportResult {
    std::optional<Project> project;
    QString error;       // names the place, e.g. "objectives[2].activities[0].phase: …"
    QStringList warnings; // unknown keys ignored, tools taken from the catalogue …
};
JsonImportResult projectFromJson(const QByteArray &json);

} // namespace bw
