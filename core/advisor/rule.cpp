// SPDX-License-Identifier: GPL-3.0-or-later
#include "rule.h"

#include "advisorcontext.h"
#include "document/document.h"

namespace bw {

bool Rule::fix(Document &, const AdvisorContext &, const Finding &) const
{
    return false;
}

Finding Rule::finding(Id itemId, QString itemPath, QString message, QString fixLabel) const
{
    return Finding { m_id, m_severity, std::move(message), itemId, std::move(itemPath), std::move(fixLabel) };
}

bool Rule::assignBestTool(Document &document, const AdvisorContext &context, const Finding &finding)
{
    const Activity *activity = context.project().activity(finding.itemId);
    const Id best = activity ? context.bestToolFor(*activity) : 0;
    if (!best)
        return false;
    Activity changed = *activity;
    changed.toolId = best;
    document.changeActivity(changed);
    return true;
}

} // namespace bw
