// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

namespace bw {

// Word document (Office Open XML), packaged with QuaZip: real Heading 1/2/3 styles, a TOC field,
// tables with repeating header rows, the chart and logo as pictures, page size and margins,
// header and footer with page numbers. The consultant edits it further in Word or LibreOffice.
// With ExportOptions::trackedChangesSince it also builds the plan of the base version and writes
// the differences as Word revisions (DocxBodyWriter::setRevisions), for the client's Review pane.
class DocxExporter : public Exporter
{
public:
    QString key() const override;
    QString fileSuffix() const override;
    QString label() const override;
    bool drawsGlyphs() const override { return true; }
    QString write(const plan::Plan &plan, const Project &project, const ExportOptions &options, QIODevice &out,
                  const ExportControl &control) const override;
};

} // namespace bw
