// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportcontrol.h"
#include "plan/planmodel.h"

namespace bw {

// Progress of a format that writes the plan block by block (HTML, Markdown, DOCX, ODT) or row by
// row (CSV, iCalendar), in rows written: a table counts its rows, any other block one. The
// total is known before the first row, so the bar never runs backwards. Reports at most about
// 200 times per export, since each report crosses to the GUI thread.
class ExportProgress {
public:
    // Rows of the plan's sections, as the block-writing formats count them.
    ExportProgress(const plan::Plan &plan, const ExportControl &control);
    // An explicit number of rows (one per activity, per calendar event …).
    ExportProgress(int total, const ExportControl &control);

    static int rowsOf(const plan::Block &block);

    // After writing `block` (or `rows` rows). False once the work is cancelled: stop writing.
    bool advance(const plan::Block &block) { return advance(rowsOf(block)); }
    bool advance(int rows = 1);
    bool cancelled() const { return m_control.cancelled(); }
    int total() const { return m_total; }

private:
    const ExportControl &m_control;
    int m_total = 0;
    int m_done = 0;
    int m_step = 1;
    int m_reportedAt = 0;
};

} // namespace bw
