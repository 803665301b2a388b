// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace bw {

class AddTool : public Command
{
public:
    AddTool(Document *document, Tool tool);
    void redo() override;
    void undo() override;

private:
    Tool m_tool;
};

class RemoveTool : public Command
{
public:
    RemoveTool(Document *document, Id id);
    void redo() override;
    void undo() override;

private:
    Id m_id;
    int m_row = -1;
    Tool m_removed;        // owned here while removed
    QList<Id> m_users;     // activities that pointed at the tool, re-pointed on undo
};

class ChangeTool : public Command
{
public:
    ChangeTool(Document *document, const Tool &tool, bool mergeable);
    void redo() override;
    void undo() override;
    int id() const override { return m_mergeable ? MergeTool : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const Tool &value);
    Tool m_old;
    Tool m_new;
    bool m_mergeable;
};

// Points every activity using one tool at another.
class ReplaceTool : public Command
{
public:
    ReplaceTool(Document *document, Id from, Id to);
    void redo() override;
    void undo() override;

private:
    Id m_from;
    Id m_to;
    QList<Id> m_changed;
};

// Sets the tool of a list of activities; shared by RemoveTool and ReplaceTool.
void setActivityTools(DocumentMutator &m, const QList<Id> &activities, Id tool);

} // namespace bw
