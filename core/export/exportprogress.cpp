// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportprogress.h"

#include <algorithm>

namespace bw {

ExportProgress::ExportProgress(const plan::Plan &plan, const ExportControl &control)
    : m_control(control)
{
    for (const plan::Section &section : plan.sections)
        for (const plan::Block &block : section.blocks)
            m_total += rowsOf(block);
    m_step = std::max(1, m_total / 200);
    m_control.report(0, m_total);
}

ExportProgress::ExportProgress(int total, const ExportControl &control)
    : m_control(control)
    , m_total(std::max(0, total))
    , m_step(std::max(1, m_total / 200))
{
    m_control.report(0, m_total);
}

int ExportProgress::rowsOf(const plan::Block &block)
{
    if (const auto *table = std::get_if<plan::Table>(&block))
        return std::max<int>(1, int(table->rows.size()));
    return 1;
}

bool ExportProgress::advance(int rows)
{
    m_done = std::min(m_total, m_done + rows);
    if (m_done - m_reportedAt >= m_step || m_done == m_total) {
        m_reportedAt = m_done;
        m_control.report(m_done, m_total);
    }
    return !m_control.cancelled();
}

} // namespace bw
