// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

#include <QPageSize>

namespace bw {

// The client-ready PDF: cover, contents with page numbers, running header and footer, vector
// chart, tables whose header rows repeat on every page: PlanPaginator's layout painted by
// PagePainter. Fonts are embedded (subset) by QPdfWriter.
class PdfExporter : public Exporter {
public:
    QString key() const override;
    QString fileSuffix() const override;
    QString label() const override;
    bool drawsGlyphs() const override { return true; }
    QString write(const plan::Plan &plan, const Project &project, const ExportOptions &options, QIODevice &out,
                  const ExportControl &control) const override;

    // The paper the options ask for (A4 or Letter): the preview and the printout use it too.
    static QPageSize pageSize(const ExportOptions &options);
};

} // namespace bw
