// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportservice.h"

#include "i18n/plantranslator.h"

#include "csvexporter.h"
#include "docxexporter.h"
#include "exporter.h"
#include "htmlexporter.h"
#include "icsexporter.h"
#include "imsccexporter.h"
#include "jsonexporter.h"
#include "markdownexporter.h"
#include "odtexporter.h"
#include "pdfexporter.h"
#include "planglyphs.h"
#include "xlsxexporter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
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
        v.push_back(std::make_unique<XlsxExporter>());
        v.push_back(std::make_unique<JsonExporter>());
        v.push_back(std::make_unique<IcsExporter>());
        v.push_back(std::make_unique<ImsccExporter>());
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
    if (options.trackedChangesSince && options.format != u"docx")
        return tr("Tracked changes are only available in Word documents (DOCX).");
    if (options.trackedChangesSince && !options.trackedChangesSince->base)
        return tr("Tracked changes need the version to compare with.");
    return {};
}

plan::Plan planFor(const Exporter &exporter, const Project &project, const ExportOptions &options)
{
    if (!exporter.usesPlan())
        return {};
    plan::Plan plan = plan::buildPlan(project, planOptions(options));
    if (options.warnings && exporter.drawsGlyphs())
        options.warnings->append(glyphWarnings(plan));
    return plan;
}

// Renders the whole document into memory. Every destination then gets the finished bytes:
// a ZIP package (DOCX, ODT) needs a seekable device to be built, which a pipe is not, and a
// failed export then never leaves half a document anywhere.
ExportResult render(const Exporter &exporter, const Project &project, const ExportOptions &options,
                    QByteArray &bytes, const ExportControl &control)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // The document speaks the project's language, whatever the interface's, on this thread only.
    const PlanLanguageScope planLanguage(PlanLanguage(project.info.language));
    const plan::Plan plan = planFor(exporter, project, options);
    if (control.cancelled())
        return { ExportResult::Status::Cancelled, {} };
    const QString error = exporter.write(plan, project, options, buffer, control);
    // A cancel wins over what the exporter said: it stopped because it was asked to.
    if (control.cancelled())
        return { ExportResult::Status::Cancelled, {} };
    if (!error.isEmpty())
        return ExportResult::failure(error);
    return {};
}

// Writes all of `bytes` to `fd`, through short writes and signals; 0, or the errno that stopped it.
int writeAll(int fd, QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : EIO;
        done += n;
    }
    return 0;
}

// Why a write failed, in the user's words rather than the C library's.
QString writeFailure(int error)
{
    switch (error) {
    case ENOSPC:
        return tr("no space left on the device");
    case EDQUOT:
        return tr("the disk quota is used up");
    case EFBIG:
        return tr("the file would be larger than this system allows");
    case EPIPE:
        return tr("the program reading the output has stopped");
    case EROFS:
        return tr("the device is read-only");
    default:
        return qt_error_string(error);
    }
}

// An existing destination that is not a regular file (a device such as /dev/null, a FIFO, a
// terminal): the document is streamed into it. Renaming a new file over it would replace the
// device node itself.
bool isStreamTarget(const QString &path)
{
    struct stat status { };
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 && !S_ISREG(status.st_mode)
        && !S_ISDIR(status.st_mode);
}

} // namespace

plan::PlanOptions planOptions(const ExportOptions &options)
{
    plan::PlanOptions p;
    p.sections = options.sections;
    p.clientVersion = options.clientVersion;
    p.date = options.date;
    p.revisionHistory = options.revisionHistory;
    p.changesBase = options.changesBase;
    p.changesLabel = options.changesLabel;
    return p;
}

QString writeToStream(int fd, QByteArrayView bytes)
{
    if (const int error = writeAll(fd, bytes))
        return writeFailure(error);
    return {};
}

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
    QByteArray bytes;
    if (const ExportResult rendered = render(*exporter, project, options, bytes, control); !rendered.ok())
        return rendered;
    if (out.write(bytes) != bytes.size())
        return ExportResult::failure(out.errorString());
    return {};
}

ExportResult exportProject(const Project &project, const ExportOptions &options, const QString &path,
                           const ExportControl &control)
{
    const Exporter *exporter = findExporter(options.format);
    if (const QString error = validate(options, exporter); !error.isEmpty())
        return ExportResult::failure(error);
    const QString name = QFileInfo(path).fileName();
    QByteArray bytes;
    if (const ExportResult rendered = render(*exporter, project, options, bytes, control); !rendered.ok())
        return rendered.cancelled() ? rendered
                                    : ExportResult::failure(tr("Cannot export “%1”: %2").arg(name, rendered.error));

    if (isStreamTarget(path)) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
        if (fd < 0)
            return ExportResult::failure(tr("Cannot write “%1”: %2").arg(name, writeFailure(errno)));
        const int error = writeAll(fd, bytes);
        const int closed = ::close(fd) == 0 ? 0 : errno;
        if (error || closed)
            return ExportResult::failure(tr("Cannot write “%1”: %2").arg(name, writeFailure(error ? error : closed)));
        return {};
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failure(tr("Cannot write “%1”: %2").arg(name, file.errorString()));
    // Checked once more just before the commit: a cancel that came while the document was
    // rendered still leaves no file.
    if (control.cancelled()) {
        file.cancelWriting(); // the previous file, if any, stays as it was
        return { ExportResult::Status::Cancelled, {} };
    }
    // Straight to the descriptor, so that the failure's errno is known ("no space left on the
    // device"); QSaveFile only reports "Unknown error" for a failed buffered write. Nothing is
    // buffered in the QSaveFile, so its commit (sync and rename) follows these bytes.
    if (const int error = writeAll(file.handle(), bytes)) {
        file.cancelWriting(); // the previous file, if any, stays as it was
        return ExportResult::failure(tr("Cannot write “%1”: %2").arg(name, writeFailure(error)));
    }
    errno = 0;
    if (!file.commit()) {
        const int error = errno;
        return ExportResult::failure(
            tr("Cannot write “%1”: %2").arg(name, error ? writeFailure(error) : file.errorString()));
    }
    return {};
}

} // namespace bw
