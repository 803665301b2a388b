// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportservice.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace exporttest {

// A built-in template as a project; fails the test case when it is missing.
bw::Project templ(const QString &name);

// The plan for `project` in `format`, rendered into memory through the export service.
QByteArray render(const bw::Project &project, const QString &format, bw::ExportOptions options = {});

// A strict RFC 4180 reader (CRLF record separators, quoted fields with doubled quotes).
// nullopt and a message when the text breaks the grammar.
std::optional<QList<QStringList>> parseCsv(const QByteArray &csv, QString *error);

// iCalendar content lines with the folding undone.
QStringList unfoldIcs(const QByteArray &ics);
// A TEXT value with its RFC 5545 escapes undone.
QString unescapeIcsText(const QString &value);

// Text every exporter must carry through unchanged (apart from dropped control characters):
// markup, entities, quotes, CDATA end, Markdown and CSV syntax, iCalendar separators,
// right-to-left script and emoji.
QString hostileText();
// hostileText() as it must read after export: its control characters dropped.
QString hostileTextClean();
// it-risk with hostileText() in every kind of text field (title, client, objective, activity,
// tool, moment, roles, rules, footer).
bw::Project hostileProject();

} // namespace exporttest
