// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcommands.h"

namespace bw {

ChangeInfo::ChangeInfo(Document *document, const ProjectInfo &info, bool mergeable)
    : Command(document, tr("Edit project properties"))
    , m_old(project().info)
    , m_new(info)
    , m_mergeable(mergeable)
{
}

void ChangeInfo::redo()
{
    mutator().setInfo(m_new);
}

void ChangeInfo::undo()
{
    mutator().setInfo(m_old);
}

bool ChangeInfo::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeInfo *>(other);
    if (!o->m_mergeable)
        return false;
    m_new = o->m_new;
    return true;
}

} // namespace bw
