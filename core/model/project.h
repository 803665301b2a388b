// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "duration.h"
#include "enums.h"

#include <QByteArray>
#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace bw {

// Stable identity of an item inside one project. Ids are never reused within a project,
// survive save/load, and are what commands, advisor findings and the UI hold on to
// (rows change when things move; ids do not). 0 means "none".
using Id = qint64;

struct Brand {
    // Blendwise blue: the accent of a plan whose brand sets none.
    static QColor defaultAccent() { return QColor(0x1F, 0x6F, 0xB2); }

    QColor accent = defaultAccent();
    QString footer;
    QByteArray logo; // PNG or SVG bytes; empty when there is none

    friend bool operator==(const Brand &, const Brand &) = default;
};

// One entry of an in-class moment's running order: one of the moment's in-class activities, or
// a break or lunch the designer placed between them. Start times are not stored: they follow
// from the moment's start and the lengths of the entries before (see plan/agenda.h).
struct AgendaItem {
    Id id = 0;
    AgendaKind kind = AgendaKind::Activity;
    Id activityId = 0; // kind == Activity: the activity (its duration gives the length)
    QString title;     // Break / Lunch: shown instead of the kind's label when set
    int minutes = 0;   // Break / Lunch: its length

    friend bool operator==(const AgendaItem &, const AgendaItem &) = default;
};

// An in-class moment: the time learners are together, face-to-face or virtually.
struct Moment {
    Id id = 0;
    QString name;
    QDateTime start; // local time, minute precision
    int minutes = 0;
    MomentMode mode = MomentMode::FaceToFace;
    QString place; // room, address or meeting link
    // The running order the designer set. In-class activities of this moment that it does not
    // name run after the named ones, in learning order; entries naming an activity that is no
    // longer in this moment's class time are skipped (plan/agenda.h resolves both).
    QList<AgendaItem> agenda;

    friend bool operator==(const Moment &, const Moment &) = default;
};

// "Every week for 8 weeks": an activity that repeats. The first occurrence is the activity's own
// date (its moment's day plus offsetDays); further ones follow every `interval` units, `count`
// times in all, or until `until` (inclusive) when count is 0.
struct Recurrence {
    RecurrenceUnit unit = RecurrenceUnit::None;
    int interval = 1;
    int count = 0;
    QDate until;

    bool isSet() const { return unit != RecurrenceUnit::None; }
    friend bool operator==(const Recurrence &, const Recurrence &) = default;
};

// A value an import guessed rather than read (a phase inferred from "before the workshop", a
// direction from a learning type). Kept on the activity so the advisor lists it as a "check this"
// finding until someone edits the field or confirms it.
struct GuessMark {
    QString field;  // the field's key: "phase", "direction", "duration", "tool", …
    QString reason; // the import note's place and text: "line 3: phase guessed as pre-class from …"

    friend bool operator==(const GuessMark &, const GuessMark &) = default;
};

struct Activity {
    Id id = 0;
    QString title;
    QString instructions;
    Phase phase = Phase::Unset;
    Direction direction = Direction::Unset;
    Id toolId = 0; // a tool of the project's catalogue; 0 = no tool chosen
    bool noTool = false; // deliberately without a tool ("in the room"); toolId is then 0
    Duration duration;
    Grouping grouping = Grouping::WholeGroup;
    LedBy ledBy = LedBy::Trainer;
    Id ledByRoleId = 0; // ledBy == Role: the community role that runs it
    QString ledByName;  // ledBy == Other: the free role ("sales director", "L&D contact")
    QString deliverable;
    QString benefit; // what the learner gains from the tool, told to learners
    Assessment assessment = Assessment::None;
    Id momentId = 0;     // the in-class moment it belongs to, 0 = none
    int offsetDays = 0;  // days before (<0) or after (>0) its moment, for pre/post activities
    Recurrence recurrence;
    QList<GuessMark> guesses; // values the import guessed, not yet checked; in import order

    friend bool operator==(const Activity &, const Activity &) = default;
};

// How an objective's success is assessed: a pitch rubric, a quiz, an observation grid. The
// optional file (a rubric as PDF or DOCX) is stored in the project and listed in the plan.
struct AssessmentInstrument {
    QString name;
    QString description;
    QString fileName;   // as attached, without directories; empty when no file
    QByteArray fileData;

    bool isEmpty() const { return name.isEmpty() && description.isEmpty() && fileName.isEmpty(); }
    friend bool operator==(const AssessmentInstrument &, const AssessmentInstrument &) = default;
};

struct Objective {
    Id id = 0;
    QString statement;
    QString measure; // how success is measured / assessed
    AssessmentInstrument instrument;
    QString notes;
    QList<Activity> activities; // in learning order

    friend bool operator==(const Objective &, const Objective &) = default;
};

struct Tool {
    Id id = 0;
    QString name;
    ToolType type = ToolType::Community;
    QList<Direction> directions; // directions the tool supports
    bool synchronous = false;
    bool needsAccount = false;   // learners must create a new personal account
    bool oftenBlocked = false;   // often blocked on corporate networks
    bool clientProvided = false; // the client already provides it internally
    QString cost;                // free | freemium | paid | licensed (free text allowed)
    QString url;
    ToolStatus status = ToolStatus::Active;
    QString replacement; // name of the tool that replaces a retired one
    QString description;
    QString benefit; // default learner benefit
    QString access;  // access notes
    QStringList setup; // setup checklist

    bool supports(Direction d) const { return directions.contains(d); }
    friend bool operator==(const Tool &, const Tool &) = default;
};

struct SubGroup {
    Id id = 0;
    QString name;
    QString mission;
    Id objectiveId = 0;
    int members = 0;

    friend bool operator==(const SubGroup &, const SubGroup &) = default;
};

// A community role: champions, curators, a contact point, an expert mentor.
struct Role {
    Id id = 0;
    RoleKind kind = RoleKind::Champion;
    QString customKind; // kind == Custom: the designer's name for the kind ("Sponsor")
    QString name;   // person or function
    QString duties;

    friend bool operator==(const Role &, const Role &) = default;
};

// Everything about the project that is not a list of items.
struct ProjectInfo {
    QString title;
    QString client;
    QString audience;
    QString author;
    QString summary;
    QString language = QStringLiteral("en");
    QString version = QStringLiteral("1.0"); // version of the plan, shown on the cover
    Brand brand;
    QStringList rules;  // community rules of use
    QString evaluation; // evaluation plan
    int maxTools = 8;   // advisor threshold for "too many different tools"
    QStringList mutedRules; // advisor rule ids the designer has silenced for this project

    friend bool operator==(const ProjectInfo &, const ProjectInfo &) = default;
};

// A named version of the plan ("1.0 — sent to client"), kept inside the project file so that a
// consultant can say what changed since. The snapshot is the whole project as it was then,
// without versions of its own: a compressed project-file image (storage/versionsnapshot.h), so
// an old version opens through the same validation and migrations as an old file.
struct Version {
    Id id = 0;
    QString name;
    QDateTime created; // local time, minute precision
    QString note;
    QByteArray snapshot;

    friend bool operator==(const Version &, const Version &) = default;
};

// Where an item of the project came from in the team library (core/library): the library item
// (its kind — "tool", "client", "template", "pattern" — and uuid), the version of it the project
// took, and the project's own item it became (a tool's or an activity's id; 0 for the template
// the whole project came from, or the client profile applied). "Update from team library"
// compares these with the library.
struct ProjectOrigin {
    QString kind;
    QString libraryId;
    int rowVersion = 0;
    Id localId = 0;

    friend bool operator==(const ProjectOrigin &, const ProjectOrigin &) = default;
};

struct Project {
    ProjectInfo info;
    QList<Moment> moments;
    QList<Objective> objectives;
    QList<Tool> tools;
    QList<SubGroup> subgroups;
    QList<Role> roles;
    QList<Version> versions; // oldest first
    QList<ProjectOrigin> origins; // team-library provenance, in the order taken

    // Lookups. Linear scans are deliberate: they cost microseconds even at 10,000 activities,
    // and a cache would have to be kept in step with every edit.
    int objectiveRow(Id id) const;
    const Objective *objective(Id id) const;
    struct ActivityPos {
        int objective = -1;
        int row = -1;
        bool isValid() const { return objective >= 0; }
    };
    ActivityPos activityPos(Id id) const;
    const Activity *activity(Id id) const;
    int toolRow(Id id) const;
    const Tool *tool(Id id) const;
    const Tool *toolByName(const QString &name) const; // case-insensitive
    const Moment *moment(Id id) const;
    int activityCount() const;

    // Largest id in use, so that a loaded project continues numbering after it.
    Id maxId() const;

    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace bw
