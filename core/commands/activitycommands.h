// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace bw {

class AddActivity : public Command
{
public:
    AddActivity(Document *document, Id objectiveId, Activity activity, int row);
    void redo() override;
    void undo() override;

private:
    Id m_objectiveId;
    Activity m_activity;
    int m_row;
};

class RemoveActivity : public Command
{
public:
    RemoveActivity(Document *document, Id id);
    void redo() override;
    void undo() override;

private:
    Id m_id;
    Id m_objectiveId = 0;
    int m_row = -1;
    Activity m_removed; // owned here while removed
};

class ChangeActivity : public Command
{
public:
    ChangeActivity(Document *document, const Activity &activity, bool mergeable);
    void redo() override;
    void undo() override;
    int id() const override { return m_mergeable ? MergeActivity : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const Activity &value);
    Activity m_old;
    Activity m_new;
    bool m_mergeable;
};

class MoveActivity : public Command
{
public:
    MoveActivity(Document *document, Id id, Id toObjective, int toRow, Phase phase);
    void redo() override;
    void undo() override;

private:
    Id m_id;
    Id m_fromObjective = 0;
    int m_fromRow = -1;
    Phase m_fromPhase = Phase::Unset;
    Id m_toObjective;
    int m_toRow;
    Phase m_toPhase;
};

} // namespace bw
