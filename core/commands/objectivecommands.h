// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace bw {

class AddObjective : public Command
{
public:
    AddObjective(Document *document, Objective objective, int row);
    void redo() override;
    void undo() override;

private:
    Objective m_objective;
    int m_row;
};

class RemoveObjective : public Command
{
public:
    RemoveObjective(Document *document, Id id);
    void redo() override;
    void undo() override;

private:
    Id m_id;
    int m_row = -1;
    Objective m_removed; // owned here while removed, with all its activities
};

class ChangeObjective : public Command
{
public:
    ChangeObjective(Document *document, const Objective &fields, bool mergeable);
    void redo() override;
    void undo() override;
    int id() const override { return m_mergeable ? MergeObjective : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Objective m_old;
    Objective m_new;
    bool m_mergeable;
};

class MoveObjective : public Command
{
public:
    MoveObjective(Document *document, Id id, int toRow);
    void redo() override;
    void undo() override;

private:
    Id m_id;
    int m_from = -1;
    int m_to;
};

} // namespace bw
