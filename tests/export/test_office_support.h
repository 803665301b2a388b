// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "plan/planmodel.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace officetest {

// Renders `project` with `exporter` into memory; fails the test case on an error message.
QByteArray render(const bw::Exporter &exporter, const bw::Project &project, const bw::ExportOptions &options = {});

// Writes bytes to a fresh temporary file with the given suffix; returns its path.
QString writeTemp(const QByteArray &bytes, const QString &suffix);

// Runs a command-line client; returns its standard output, or a null string (with a printed
// reason) when it is not installed or fails.
QString run(const QString &program, const QStringList &arguments, int timeoutMs = 120000);
bool installed(const QString &program);

// LibreOffice headless conversion of `path` to plain text (UTF-8); null when unavailable.
QString officeText(const QString &path);

// One file out of a ZIP package read back with QuaZip.
QByteArray zipEntry(const QByteArray &package, const QString &name);
QStringList zipEntries(const QByteArray &package);

// True when `xml` parses as well-formed XML.
bool wellFormed(const QByteArray &xml, QString *error = nullptr);

// The texts of a project made to break naive exporters.
bw::Project hostileProject();
QStringList hostileStrings();

} // namespace officetest
