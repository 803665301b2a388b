// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

namespace bw {

// RFC 5545 iCalendar: one event per in-class moment (floating local time) and one all-day
// event per dated pre- or post-class activity, with stable UIDs so that re-importing an
// updated plan updates the events instead of duplicating them.
class IcsExporter : public Exporter
{
public:
    QString key() const override;
    QString fileSuffix() const override;
    QString label() const override;
    QString write(const plan::Plan &plan, const Project &project, const ExportOptions &options, QIODevice &out,
                  const ExportControl &control) const override;
};

} // namespace bw
