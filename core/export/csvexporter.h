// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

namespace bw {

// RFC 4180 CSV, one row per activity with every field (CRLF line ends, fields with a comma,
// quote or line break quoted, quotes doubled), optionally with a UTF-8 byte-order mark so that
// Excel reads the encoding right.
class CsvExporter : public Exporter
{
public:
    QString key() const override;
    QString fileSuffix() const override;
    QString label() const override;
    QString write(const plan::Plan &plan, const Project &project, const ExportOptions &options, QIODevice &out,
                  const ExportControl &control) const override;
};

} // namespace bw
