// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <optional>

namespace bw {

// The built-in tool catalogue (resources/catalogue/tools.json), loaded once.
const QList<Tool> &builtinCatalogue();
const Tool *builtinTool(const QString &name); // case-insensitive

// An empty project whose tool catalogue is seeded from the built-in one.
Project newProject();

struct TemplateInfo {
    QString name; // "it-risk"
    QString label;
    QString description;
};
QList<TemplateInfo> builtinTemplates();
// The template as a new project (catalogue seeded), or nullopt for an unknown name.
std::optional<Project> templateProject(const QString &name);

} // namespace bw
