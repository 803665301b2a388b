// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

namespace bw {

// OpenDocument text, written by hand into a QuaZip package ("mimetype" first and stored):
// real text:h headings with outline levels, a table-of-contents index, tables with
// table:table-header-rows, pictures, page size, header and footer with page fields.
// (QTextDocumentWriter's "odf" output has no page size, header, footer or repeated header rows.)
class OdtExporter : public Exporter
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
