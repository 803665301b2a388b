// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

#include "interchange/jsoninterchange.h"
#include "interchange/jsonobjectreader.h"
#include "interchange/tooljson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace bw {

namespace {

QByteArray readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The catalogue ships inside the binary; a fault in it is a build defect, not a user error,
// so it is reported loudly and the catalogue is left empty rather than half-read.
QList<Tool> loadCatalogue()
{
    const QString path = QStringLiteral(":/catalogue/tools.json");
    const QJsonDocument doc = QJsonDocument::fromJson(readResource(path));
    QStringList warnings;
    QList<Tool> tools;
    try {
        JsonObjectReader root(doc.object(), QString(), &warnings);
        if (root.string(QLatin1String("format")) != QLatin1String("blendwise-catalogue"))
            root.fail(QLatin1String("format"), QStringLiteral("not a tool catalogue"));
        root.ignore(QLatin1String("version"));
        for (JsonObjectReader &t : root.objectList(QLatin1String("tools")))
            tools.append(readToolJson(t));
        root.warnUnknownKeys();
    } catch (const JsonReadError &e) {
        qCritical("Built-in tool catalogue %s: %s", qPrintable(path), qPrintable(e.message));
        return {};
    }
    for (const QString &w : std::as_const(warnings))
        qWarning("Built-in tool catalogue %s: %s", qPrintable(path), qPrintable(w));
    return tools;
}

QString templatePath(const QString &name)
{
    return QStringLiteral(":/templates/%1.json").arg(name);
}

} // namespace

const QList<Tool> &builtinCatalogue()
{
    static const QList<Tool> catalogue = loadCatalogue();
    return catalogue;
}

const Tool *builtinTool(const QString &name)
{
    for (const Tool &t : builtinCatalogue())
        if (t.name.compare(name, Qt::CaseInsensitive) == 0)
            return &t;
    return nullptr;
}

Project newProject()
{
    Project project;
    project.info.title = QCoreApplication::translate("bw::Catalogue", "Untitled plan");
    project.info.language = QStringLiteral("en");
    Id next = 1;
    for (Tool tool : builtinCatalogue()) {
        tool.id = next++;
        project.tools.append(tool);
    }
    return project;
}

QList<TemplateInfo> builtinTemplates()
{
    QList<TemplateInfo> out;
    const QStringList files
        = QDir(QStringLiteral(":/templates")).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QJsonObject about = QJsonDocument::fromJson(readResource(QStringLiteral(":/templates/") + file))
                                      .object()
                                      .value(QLatin1String("template"))
                                      .toObject();
        TemplateInfo info;
        info.name = file.chopped(5); // ".json"
        info.label = about.value(QLatin1String("label")).toString(info.name);
        info.description = about.value(QLatin1String("description")).toString();
        out.append(info);
    }
    return out;
}

std::optional<Project> templateProject(const QString &name)
{
    // Only plain names: a name like "../x" must not reach outside the templates folder.
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || !QFile::exists(templatePath(name)))
        return std::nullopt;
    JsonImportResult imported = projectFromJson(readResource(templatePath(name)));
    if (!imported.project) {
        qCritical("Built-in template %s: %s", qPrintable(name), qPrintable(imported.error));
        return std::nullopt;
    }
    Project project = std::move(*imported.project);
    Id next = project.maxId() + 1;
    for (Tool tool : builtinCatalogue()) {
        if (project.toolByName(tool.name))
            continue;
        tool.id = next++;
        project.tools.append(tool);
    }
    return project;
}

} // namespace bw
