// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

namespace bw {

// The JSON interchange (PRODUCT.md §7): the project's data itself rather than the plan
// document, so that it can be imported again without loss.
class JsonExporter : public Exporter
{
public:
    QString key() const override;
    QString fileSuffix() const override;
    QString label() const override;
    bool usesPlan() const override { return false; }
    QString write(const plan::Plan &plan, const Project &project, const ExportOptions &options, QIODevice &out,
                  const ExportControl &control) const override;
};

} // namespace bw
