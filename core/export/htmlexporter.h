// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

namespace bw {

// One self-contained HTML file: inline CSS in the accent colour with a print stylesheet
// (paper size, page breaks, repeated table headers), the blend chart as inline SVG and the
// logo as a data: URI, so the file can be mailed, opened offline or printed to PDF as it is.
class HtmlExporter : public Exporter
{
public:
    QString key() const override;
    QString fileSuffix() const override;
    QString label() const override;
    QString write(const plan::Plan &plan, const Project &project, const ExportOptions &options, QIODevice &out,
                  const ExportControl &control) const override;

    // The chart alone as an SVG element (also used by the live preview).
    static QString chartSvg(const plan::Chart &chart);
};

} // namespace bw
