// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <optional>

namespace bw {

// The built-in tool catalogue (resources/catalogue/tools.json), loaded once. Its tools have id 0.
const QList<Tool> &builtinCatalogue();
const Tool *builtinTool(const QString &name); // case-insensitive

// An empty project ("Untitled plan", English) whose tool catalogue is a copy of the built-in
// one, with ids from 1.
Project newProject();

struct TemplateInfo {
    QString name; // "it-risk"
    QString label;
    QString description;
};
// The built-in templates (resources/templates/*.json), sorted by name.
QList<TemplateInfo> builtinTemplates();
// The template as a new project, or nullopt for an unknown name. The tools the template lists
// come first, followed by every other built-in tool, so the designer has the full catalogue.
std::optional<Project> templateProject(const QString &name);

} // namespace bw
