// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QByteArrayView>
#include <QDate>
#include <QStringList>

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
};

// Keys of every supported format, in menu order.
QStringList exportFormats();

// What a user interface shows for a format (File → Export…, the save dialog's filter).
struct ExportFormatInfo {
    QString key;    // "html"
    QString suffix; // "html"
    QString label;  // translated, e.g. "Web page (HTML)"
};
QList<ExportFormatInfo> exportFormatInfos();

// Writes the plan for `project` to `path` through QSaveFile. Returns an empty string on
// success, else a one-line message for people.
QString exportProject(const Project &project, const ExportOptions &options, const QString &path);

// Writes the plan into an open device (previews, printing, tests). Same result convention.
// The whole document is rendered before the first byte is written, so `out` may be a pipe
// (sequential) even for the ZIP formats.
QString exportToDevice(const Project &project, const ExportOptions &options, QIODevice &out);

// Writes `bytes` to the file descriptor `fd` (standard output, a pipe, a device), through
// short writes; empty on success, else why it failed in words for people ("no space left on
// the device").
QString writeToStream(int fd, QByteArrayView bytes);

} // namespace bw
