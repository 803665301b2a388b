// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace bw {

class ChangeInfo : public Command
{
public:
    ChangeInfo(Document *document, const ProjectInfo &info, bool mergeable);
    void redo() override;
    void undo() override;
    int id() const override { return m_mergeable ? MergeInfo : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectInfo m_old;
    ProjectInfo m_new;
    bool m_mergeable;
};

// Replaces one of the project's small lists (moments, roles, sub-groups) as a whole; these are
// edited together in the properties dialog, so one dialog "OK" is one undo step.
template <typename T>
class SetList : public Command
{
public:
    using Setter = void (DocumentMutator::*)(const QList<T> &);
    using Member = QList<T> Project::*;
    SetList(Document *document, const QString &text, Member member, Setter setter, QList<T> value)
        : Command(document, text)
        , m_setter(setter)
        , m_old(project().*member)
        , m_new(std::move(value))
    {
    }
    void redo() override
    {
        auto m = mutator();
        (m.*m_setter)(m_new);
    }
    void undo() override
    {
        auto m = mutator();
        (m.*m_setter)(m_old);
    }

private:
    Setter m_setter;
    QList<T> m_old;
    QList<T> m_new;
};

} // namespace bw
