// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportservice.h"

#include "i18n/plantranslator.h"

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

ExportResult exportToDevice(const Project &project, const ExportOptions &options, QIODevice &out,
                            const ExportControl &control)
{
    const Exporter *exporter = findExporter(options.format);
    if (const QString error = validate(options, exporter); !error.isEmpty())
        return ExportResult::failure(error);
    // The document speaks the project's language, whatever the interface's, on this thread only.
    const PlanLanguageScope planLanguage(PlanLanguage(project.info.language));
    const plan::Plan plan = planFor(*exporter, project, options);
    if (control.cancelled())
        return { ExportResult::Status::Cancelled, {} };
    const QString error = exporter->write(plan, project, options, out, control);
    // A cancel wins over what the exporter said: it stopped because it was asked to.
    if (control.cancelled())
        return { ExportResult::Status::Cancelled, {} };
    if (!error.isEmpty())
        return ExportResult::failure(error);
    return {};
}

ExportResult exportProject(const Project &project, const ExportOptions &options, const QString &path,
                           const ExportControl &control)
{
    const Exporter *exporter = findExporter(options.format);
    if (const QString error = validate(options, exporter); !error.isEmpty())
        return ExportResult::failure(error);
    const QString name = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failure(tr("Cannot write “%1”: %2").arg(name, file.errorString()));
    const ExportResult written = exportToDevice(project, options, file, control);
    // Checked once more just before the commit: a cancel that came while the last bytes were
    // written still leaves no file.
    if (written.cancelled() || control.cancelled()) {
        file.cancelWriting(); // the previous file, if any, stays as it was
        return { ExportResult::Status::Cancelled, {} };
    }
    if (written.failed()) {
        file.cancelWriting();
        return ExportResult::failure(tr("Cannot export “%1”: %2").arg(name, written.error));
    }
    if (!file.commit())
        return ExportResult::failure(tr("Cannot write “%1”: %2").arg(name, file.errorString()));
    return {};
}

} // namespace bw
