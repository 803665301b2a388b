// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportcontrol.h"
#include "model/project.h"
#include "plan/planmodel.h"

#include <QByteArrayView>
#include <QDate>
#include <QDateTime>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

class QIODevice;

namespace bw {

struct ExportOptions {
    enum class Paper { A4, Letter };
    QString format;            // pdf docx odt html md csv json ics
    Paper paper = Paper::A4;
    bool clientVersion = false; // leaves out the design review
    bool csvBom = false;        // UTF-8 byte-order mark for Excel
    QStringList sections;       // section keys to include; empty = all
    QDate date;                 // date on the cover; null = today (fixed for reproducible output)
    // The "Revision history" section (the project's named versions), when it has versions.
    bool revisionHistory = true;
    // The "Changes since <changesLabel>" section: what changed from `changesBase` (a named
    // version's project, resolved by the caller: the export reads no file) to the project.
    std::shared_ptr<const Project> changesBase;
    QString changesLabel;
    // DOCX only: the current plan as a Word document whose differences from the plan of `base`
    // are Word revisions (w:ins / w:del by `author` at `date`), for the reader to accept or
    // reject one by one. Other formats refuse it.
    struct TrackedChanges {
        std::shared_ptr<const Project> base;
        QString label; // the version's name
        QString author; // who the revisions are by; empty = "Blendwise"
        QDateTime date; // when they were made; invalid = now
    };
    std::optional<TrackedChanges> trackedChangesSince;
    // Where the export adds what the reader should know about a file that was written
    // (characters no font can draw, …), one translated line each; nullptr when nobody asks.
    QStringList *warnings = nullptr;
};

// The plan options an export builds its plan with.
plan::PlanOptions planOptions(const ExportOptions &options);

// Keys of every supported format, in menu order.
QStringList exportFormats();

// What a user interface shows for a format (File → Export…, the save dialog's filter).
struct ExportFormatInfo {
    QString key;    // "html"
    QString suffix; // "html"
    QString label;  // translated, e.g. "Web page (HTML)"
};
QList<ExportFormatInfo> exportFormatInfos();

// What an export came to. A cancelled export is neither a success nor an error to show: it
// wrote nothing (an existing file at the path is left as it was).
struct ExportResult {
    enum class Status { Written, Failed, Cancelled };
    ExportResult() = default;
    ExportResult(Status status, QString error = {}, QStringList warnings = {})
        : status(status)
        , error(std::move(error))
        , warnings(std::move(warnings))
    {
    }

    Status status = Status::Written;
    QString error; // Failed: a one-line message for people that names the file
    QStringList warnings; // Written: what the reader should know (ExportOptions::warnings)

    bool ok() const { return status == Status::Written; }
    bool failed() const { return status == Status::Failed; }
    bool cancelled() const { return status == Status::Cancelled; }
    static ExportResult failure(const QString &message) { return { Status::Failed, message }; }
};

// Writes the plan for `project` to `path` through QSaveFile, which is committed only when the
// whole document was written and the export was not cancelled. Runs on any thread: the plan
// is built and written in the project's language (PlanLanguageScope) without touching the
// application's translators. Progress and cancel go through `control`.
ExportResult exportProject(const Project &project, const ExportOptions &options, const QString &path,
                           const ExportControl &control = {});

// Writes the plan into an open device (previews, printing, tests). Same conventions. The whole
// document is rendered before the first byte is written, so `out` may be a pipe (sequential)
// even for the ZIP formats, and a cancelled export writes nothing.
ExportResult exportToDevice(const Project &project, const ExportOptions &options, QIODevice &out,
                            const ExportControl &control = {});

// Writes `bytes` to the file descriptor `fd` (standard output, a pipe, a device), through
// short writes; empty on success, else why it failed in words for people ("no space left on
// the device").
QString writeToStream(int fd, QByteArrayView bytes);

} // namespace bw
