// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

namespace bw {

// GitHub-flavoured Markdown: headings, GFM tables, task lists for setup checklists and the
// blend chart drawn with block characters. Every user string is backslash-escaped, so it can
// neither open a table cell nor become a link, emphasis or HTML.
class MarkdownExporter : public Exporter
{
public:
    QString key() const override;
    QString fileSuffix() const override;
    QString label() const override;
    QString write(const plan::Plan &plan, const Project &project, const ExportOptions &options, QIODevice &out,
                  const ExportControl &control) const override;
};

} // namespace bw
