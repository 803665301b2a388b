// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

namespace bw {

class Document;

// The only writer of a Document's Project. Each operation changes one thing and emits the
// matching signals. Only commands can get one (its constructor is reachable from Command
// alone), which is how "every change is an undoable command" is enforced by the compiler.
//
// Ownership: operations that take an item out (take*) hand the value back to the caller; a
// command keeps removed items by value for its undo, so nothing is ever deleted that an undo
// might need.
class DocumentMutator
{
public:
    void insertObjective(int row, Objective objective);
    Objective takeObjective(int row);
    void setObjectiveFields(int row, const Objective &fields); // statement, measure, notes
    void moveObjective(int from, int to);

    void insertActivity(int objectiveRow, int row, Activity activity);
    Activity takeActivity(int objectiveRow, int row);
    void setActivity(int objectiveRow, int row, const Activity &activity);
    // Moves and sets the phase in one notification.
    void moveActivity(int fromObjective, int fromRow, int toObjective, int toRow, Phase phase);

    void insertTool(int row, Tool tool);
    Tool takeTool(int row);
    void setTool(int row, const Tool &tool);

    void setInfo(const ProjectInfo &info);
    void setMoments(const QList<Moment> &moments);
    void setRoles(const QList<Role> &roles);
    void setOrigins(const QList<ProjectOrigin> &origins);
    void setSubGroups(const QList<SubGroup> &subgroups);
    void setVersions(const QList<Version> &versions);
    // Everything but the versions, as one reset of every view (restoring a version).
    void replaceContent(const Project &content);

    const Project &project() const;

private:
    friend class Command;
    explicit DocumentMutator(Document &document) : m_doc(document) {}
    Document &m_doc;
};

} // namespace bw
