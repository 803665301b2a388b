// SPDX-License-Identifier: GPL-3.0-or-later
#include "rule.h"

namespace bw {

bool Rule::fix(Document &, const AdvisorContext &, const Finding &) const
{
    return false;
}

Finding Rule::finding(Id itemId, QString itemPath, QString message, QString fixLabel) const
{
    return Finding { m_id, m_severity, std::move(message), itemId, std::move(itemPath), std::move(fixLabel) };
}

} // namespace bw
