// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

namespace bw {

// An Excel workbook (Office Open XML, .xlsx) written with libxlsxwriter: an Activities sheet with
// one row per activity and every field the CSV export writes (same column titles; numbers as
// numbers, dates as dates; frozen header row, filters, drop-down lists for the phase and the
// direction), a Blend sheet with the minutes per phase and direction (the programme's and each
// objective's) and a Schedule sheet with the plan's dated entries: every in-class moment with
// its running order, and every dated occurrence of the activities before and after class.
class XlsxExporter : public Exporter {
public:
    QString key() const override;
    QString fileSuffix() const override;
    QString label() const override;
    QString write(const plan::Plan &plan, const Project &project, const ExportOptions &options, QIODevice &out,
        const ExportControl &control) const override;
};

} // namespace bw
