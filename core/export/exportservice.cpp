// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportservice.h"

#include "i18n/translations.h"

#include "csvexporter.h"
#include "docxexporter.h"
#include "exporter.h"
#include "htmlexporter.h"
#include "icsexporter.h"
#include "jsonexporter.h"
#include "markdownexporter.h"
#include "odtexporter.h"
#include "pdfexporter.h"
#include "planglyphs.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace bw {

Exporter::~Exporter() = default;

namespace {

// Every format, in menu order. Adding a format is one line here plus its class.
const std::vector<std::unique_ptr<Exporter>> &exporters()
{
    static const std::vector<std::unique_ptr<Exporter>> all = [] {
        std::vector<std::unique_ptr<Exporter>> v;
        v.push_back(std::make_unique<PdfExporter>());
        v.push_back(std::make_unique<DocxExporter>());
        v.push_back(std::make_unique<OdtExporter>());
        v.push_back(std::make_unique<HtmlExporter>());
        v.push_back(std::make_unique<MarkdownExporter>());
        v.push_back(std::make_unique<CsvExporter>());
        v.push_back(std::make_unique<JsonExporter>());
        v.push_back(std::make_unique<IcsExporter>());
        return v;
    }();
    return all;
}

const Exporter *findExporter(const QString &key)
{
    for (const auto &e : exporters())
        if (e->key() == key)
            return e.get();
    return nullptr;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("bw::ExportService", text);
}

// Checks what can be checked before anything is built or written.
QString validate(const ExportOptions &options, const Exporter *exporter)
{
    if (!exporter)
        return tr("Unknown export format “%1”; use one of: %2.").arg(options.format, exportFormats().join(u", "));
    const QStringList keys = plan::sectionKeys();
    for (const QString &s : options.sections)
        if (!keys.contains(s))
            return tr("Unknown plan section “%1”; use any of: %2.").arg(s, keys.join(u", "));
    return {};
}

plan::Plan planFor(const Exporter &exporter, const Project &project, const ExportOptions &options)
{
    if (!exporter.usesPlan())
        return {};
    plan::PlanOptions p;
    p.sections = options.sections;
    p.clientVersion = options.clientVersion;
    p.date = options.date;
    plan::Plan plan = plan::buildPlan(project, p);
    if (options.warnings && exporter.drawsGlyphs())
        options.warnings->append(glyphWarnings(plan));
    return plan;
}

} // namespace

QStringList exportFormats()
{
    QStringList keys;
    for (const auto &e : exporters())
        keys.append(e->key());
    return keys;
}

QList<ExportFormatInfo> exportFormatInfos()
{
    QList<ExportFormatInfo> infos;
    for (const auto &e : exporters())
        infos.append({ e->key(), e->fileSuffix(), e->label() });
    return infos;
}

QString exportToDevice(const Project &project, const ExportOptions &options, QIODevice &out)
{
    const Exporter *exporter = findExporter(options.format);
    if (const QString error = validate(options, exporter); !error.isEmpty())
        return error;
    // The document speaks the project's language, whatever the interface's.
    const ScopedLanguage planLanguage(project.info.language);
    return exporter->write(planFor(*exporter, project, options), project, options, out);
}

QString exportProject(const Project &project, const ExportOptions &options, const QString &path)
{
    const Exporter *exporter = findExporter(options.format);
    if (const QString error = validate(options, exporter); !error.isEmpty())
        return error;
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write “%1”: %2").arg(name, file.errorString());
    QString error;
    {
        // The document speaks the project's language, whatever the interface's.
        const ScopedLanguage planLanguage(project.info.language);
        error = exporter->write(planFor(*exporter, project, options), project, options, file);
    }
    if (!error.isEmpty()) {
        file.cancelWriting(); // the previous file, if any, stays as it was
        return tr("Cannot export “%1”: %2").arg(name, error);
    }
    if (!file.commit())
        return tr("Cannot write “%1”: %2").arg(name, file.errorString());
    return {};
}

} // namespace bw
