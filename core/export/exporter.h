// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportcontrol.h"
#include "export/exportservice.h"
#include "plan/planmodel.h"

#include <QString>

class QIODevice;

namespace bw {

// One file format of the plan document. Each format is one subclass in its own file, registered
// once in exportservice.cpp. An exporter renders the plan::Plan it is given (built once by the
// service) and writes bytes to `out`; it never opens files itself — the service writes through
// QSaveFile and commits only when write() succeeds, so a failed export leaves no partial file.
class Exporter
{
public:
    virtual ~Exporter();

    virtual QString key() const = 0;        // "html": the --format value and ExportOptions::format
    virtual QString fileSuffix() const = 0; // "html", without the dot
    virtual QString label() const = 0;      // translated, e.g. "Web page (HTML)"
    // False for formats that write the project's raw data: the service then skips building
    // the plan, which is most of the time of such an export at 10,000 activities.
    virtual bool usesPlan() const { return true; }
    // True for formats read with the plan's font stack (planFontFamilies()): the service then
    // warns about characters no installed font can draw.
    virtual bool drawsGlyphs() const { return false; }
    // Writes the whole document. `project` is there for formats that carry the raw data
    // (JSON); everything people read comes from `plan`. Returns an empty string on success,
    // else a one-line message for people. Runs on any thread (the studio exports in a worker):
    // it reports progress through `control` and returns early, with anything, once
    // control.cancelled() — the service then discards what was written.
    virtual QString write(const plan::Plan &plan, const Project &project, const ExportOptions &options,
                          QIODevice &out, const ExportControl &control) const = 0;
};

} // namespace bw
