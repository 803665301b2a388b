// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QStringList>

namespace bw {

struct ExportOptions {
    enum class Paper { A4, Letter };
    QString format;            // pdf docx odt html md csv json ics
    Paper paper = Paper::A4;
    bool clientVersion = false; // leaves out the design review
    bool csvBom = false;        // UTF-8 byte-order mark for Excel
    QStringList sections;       // section keys to include; empty = all
};

// Keys of every supported format, in menu order.
QStringList exportFormats();

// Writes the plan for `project` to `path` through QSaveFile. Returns an empty string on
// success, else a one-line message for people.
QString exportProject(const Project &project, const ExportOptions &options, const QString &path);

} // namespace bw
