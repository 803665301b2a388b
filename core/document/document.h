// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QObject>
#include <QUndoStack>
#include <QUuid>

class QAction;

namespace bw {

class DocumentMutator;

// The open project. It owns the Project value and the QUndoStack.
//
// Rule: every change goes through one of the edit functions below, each of which pushes exactly
// one undoable command (see commands/). Nothing else writes to the Project. Widgets and item
// models read through project() and listen to the typed change signals; those signals are the
// only way anyone learns about a change, whether it came from an edit, an undo or a redo.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    explicit Document(Project project, QObject *parent = nullptr);
    ~Document() override;

    const Project &project() const { return m_project; }
    // For reading the history (count, texts, clean state). Views undo and redo through undo()
    // and redo() below, or the actions from createUndoAction(), which respect read-only.
    QUndoStack *undoStack() const { return m_undoStack; }

    // Made when the Document is created and never saved: tells this open project apart from any
    // other one, in this process or another (drag-and-drop payloads carry it).
    QUuid identity() const { return m_identity; }

    // A read-only document refuses every edit: the facade functions below do nothing (adds
    // return 0), and undo and redo are disabled. Every panel follows readOnlyChanged.
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    // Undo and redo that a read-only document refuses.
    bool canUndo() const;
    bool canRedo() const;
    void undo();
    void redo();
    // Like QUndoStack's actions (their text names the step), but triggering the document's
    // undo()/redo() and disabled while the document is read-only.
    QAction *createUndoAction(QObject *parent, const QString &prefix = {});
    QAction *createRedoAction(QObject *parent, const QString &prefix = {});

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    bool isModified() const;
    // Marks the current state as the saved one.
    void markSaved();

    // Replaces the whole project (open, recover). Clears the undo history.
    void resetProject(Project project);

    // A fresh id, never used before in this project.
    Id newId();

    // --- Edit facade: each call is one undoable command. Returns the new item's id for adds.
    Id addObjective(Objective objective, int row = -1);
    void removeObjective(Id id);
    // Changes the objective's own fields (statement, measure, instrument, notes); activities are untouched.
    // Consecutive mergeable edits of the same objective collapse into one undo step (typing).
    void changeObjective(const Objective &objective, bool mergeable = false);
    void moveObjective(Id id, int toRow);

    Id addActivity(Id objectiveId, Activity activity, int row = -1);
    void removeActivity(Id id);
    void changeActivity(const Activity &activity, bool mergeable = false);
    // Moves an activity to position toRow of objective toObjective, in the given phase: the
    // board's drag-and-drop and its keyboard equivalents. toRow counts in the target's list
    // after the activity has been taken out of its old place.
    void moveActivity(Id id, Id toObjective, int toRow, Phase phase);

    Id addTool(Tool tool);
    // Removes a tool; activities that used it are left without a tool (restored by undo).
    void removeTool(Id id);
    void changeTool(const Tool &tool, bool mergeable = false);
    // Points every activity that uses tool `from` at tool `to` (the advisor's "replace" fix).
    void replaceTool(Id from, Id to);

    void changeInfo(const ProjectInfo &info, bool mergeable = false);
    void setMoments(const QList<Moment> &moments);
    void setRoles(const QList<Role> &roles);
    // Team-library provenance (Project::origins) as a whole, e.g. after a publish: one undo step.
    void setOrigins(const QList<ProjectOrigin> &origins);
    void setSubGroups(const QList<SubGroup> &subgroups);

    // --- Named versions (Project::versions).
    // Adds `version` (id given here; its snapshot made by the storage layer, which knows the
    // project file: storage/documentversions.h marks, opens and restores versions) as one undo
    // step. The cover's version number follows: when the plan's version is the last marked one's
    // number (or the first "1.0"), it becomes the new name's leading number ("1.1 — sent to
    // client" → "1.1"); a version set by hand to something else stays. Returns the new version's
    // id, or 0 with the reason in `error` (read-only).
    Id addVersion(Version version, QString *error = nullptr);
    void removeVersion(Id id);
    const Version *version(Id id) const;
    // Replaces the plan (not its versions) with `content` as one undo step called `text`, as
    // "Update from CSV" does; nothing happens when the content is the plan as it is. False,
    // with the reason in `error`, when the project is open read-only.
    bool replaceContent(const QString &text, Project content, QString *error = nullptr);

    // Groups several edits into one undo step: beginMacro(tr("…")) … endMacro().
    void beginMacro(const QString &text);
    void endMacro();

Q_SIGNALS:
    void readOnlyChanged(bool readOnly);
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

    // The whole project was replaced; every view rebuilds.
    void projectReset();

    void objectiveAboutToBeInserted(int row);
    void objectiveInserted(int row, bw::Id id);
    void objectiveAboutToBeRemoved(int row, bw::Id id);
    void objectiveRemoved(int row, bw::Id id);
    void objectiveChanged(int row, bw::Id id);
    void objectiveAboutToBeMoved(int from, int to, bw::Id id);
    void objectiveMoved(int from, int to, bw::Id id);

    void activityAboutToBeInserted(bw::Id objectiveId, int row);
    void activityInserted(bw::Id objectiveId, int row, bw::Id id);
    void activityAboutToBeRemoved(bw::Id objectiveId, int row, bw::Id id);
    void activityRemoved(bw::Id objectiveId, int row, bw::Id id);
    void activityChanged(bw::Id id);
    void activityAboutToBeMoved(bw::Id id, bw::Id fromObjective, int fromRow, bw::Id toObjective, int toRow);
    void activityMoved(bw::Id id, bw::Id fromObjective, int fromRow, bw::Id toObjective, int toRow);

    void toolAboutToBeInserted(int row);
    void toolInserted(int row, bw::Id id);
    void toolAboutToBeRemoved(int row, bw::Id id);
    void toolRemoved(int row, bw::Id id);
    void toolChanged(int row, bw::Id id);

    void infoChanged();
    void momentsChanged();
    void rolesChanged();
    void subGroupsChanged();
    void versionsChanged();

    // Emitted after every change of any kind (including resets). Cheap consumers that
    // recompute everything (blend overview, advisor, preview) listen here, usually via a timer.
    void changed();

private:
    friend class DocumentMutator;
    void push(class QUndoCommand *command);

    Project m_project;
    QUndoStack *m_undoStack;
    QString m_filePath;
    QUuid m_identity;
    Id m_nextId = 1;
    int m_refusedMacros = 0; // beginMacro calls refused while read-only, to match their endMacro
    bool m_lastModified = false;
    bool m_readOnly = false;
};

} // namespace bw
