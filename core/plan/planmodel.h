// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QByteArray>
#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <variant>

// The plan document as data. buildPlan() turns a Project into one Plan; every exporter (PDF,
// DOCX, ODT, HTML, Markdown, CSV, iCalendar) renders that same Plan, so no two formats can say
// different things. Every text in it is plain user or translated text — never markup — and each
// exporter escapes it for its own format.
namespace bw::plan {

// ---------------------------------------------------------------- options

// Section keys, in reading order: "cover", "revisions", "changes", "summary", "blend", "flow",
// "sequences", "schedule", "tools", "community", "evaluation", "attachments", "review".
QStringList sectionKeys();

struct PlanOptions {
    QStringList sections;       // keys to include; empty = all
    bool clientVersion = false; // leaves out the design review
    QDate date;                 // date on the cover; null = today (set it for reproducible output)
    // "Revision history": the project's named versions (Project::versions), when it has any.
    bool revisionHistory = true;
    // "Changes since <changesLabel>": what changed from `changesBase` (a named version's
    // project, resolved by the caller) to the project, in plain sentences grouped by objective.
    // None without a base.
    std::shared_ptr<const Project> changesBase;
    QString changesLabel; // the version's name, "1.0 — sent to client"
};

// ---------------------------------------------------------------- typed data

struct Cover {
    QString title;
    QString subtitle; // "Blended-learning plan" (translated)
    QString client;
    QString audience;
    QString author;
    QDate date;
    QString dateText; // date formatted for people in the project's language
    QString version;
    QByteArray logo;     // PNG, JPEG or SVG bytes; empty when there is none
    QString logoMime;    // "image/png", "image/jpeg", "image/svg+xml"; empty without a logo
    QColor accent;
    QString footer;
    QString language;    // BCP 47-ish, e.g. "en"

    // The accent every format draws with: the brand's, else Blendwise blue.
    QColor accentColour() const { return accent.isValid() ? accent : Brand::defaultAccent(); }
};

// Minutes (each activity's workloadMinutes() — Duration::typical() times the occurrences — in
// whole minutes: wholeMinutes()) and activity count.
struct BlendCell {
    double minutes = 0;
    int count = 0;

    BlendCell &operator+=(const BlendCell &o)
    {
        minutes += o.minutes;
        count += o.count;
        return *this;
    }
    friend bool operator==(const BlendCell &, const BlendCell &) = default;
};

// Totals per phase × direction, indexed by the enum values (Unset included so that the totals
// always equal the sum of every activity, even in an unfinished plan).
struct BlendSeries {
    QString label; // "Whole programme", or the objective: "2. Pitch the product" (shortened)
    Id objectiveId = 0;
    std::array<std::array<BlendCell, 4>, 4> cells{};

    const BlendCell &at(Phase p, Direction d) const { return cells[size_t(p)][size_t(d)]; }
    BlendCell &at(Phase p, Direction d) { return cells[size_t(p)][size_t(d)]; }
    BlendCell phaseTotal(Phase p) const;
    BlendCell directionTotal(Direction d) const;
    BlendCell total() const;
    // The phases / directions worth showing: the three real ones, plus Unset when it holds any.
    QList<Phase> shownPhases() const;
    QList<Direction> shownDirections() const;
};

struct Blend {
    BlendSeries programme;
    QList<BlendSeries> objectives; // same order as the project's objectives
};

// One activity with every field resolved to text people read (and the typed values for
// formats that need them). CSV writes one of these per line.
struct ActivityRow {
    Id objectiveId = 0;
    Id activityId = 0;
    int objectiveNumber = 0; // 1-based
    int activityNumber = 0;  // 1-based inside its objective
    QString number;          // "2.3"
    QString objectiveStatement;
    QString title;
    QString instructions;
    Phase phase = Phase::Unset;
    Direction direction = Direction::Unset;
    QString toolName; // empty when no tool is chosen
    bool noTool = false; // deliberately without a tool ("in the room")
    QString toolText; // toolName, "No tool — in the room" when noTool, else empty
    Duration duration;
    Recurrence recurrence;
    int occurrences = 1;   // how often it happens (occurrenceCount())
    QString recurrenceText; // "Every week, 8 times"; empty when it happens once
    double minutes = 0;    // learner time in all: workloadMinutes()
    Grouping grouping = Grouping::WholeGroup;
    LedBy ledBy = LedBy::Trainer;
    QString ledByText; // who leads, for people: the role's or free role's name, else the label
    QString deliverable;
    QString benefit; // the activity's own, else the tool's default benefit
    Assessment assessment = Assessment::None;
    Id momentId = 0;
    QString momentName;
    int offsetDays = 0;
    QDate due; // moment date + offset (in-class: the moment's date); null when not dated
};

struct ScheduleEntry {
    enum class Kind { Moment, Activity };
    Kind kind = Kind::Moment;
    QDate date;          // always set
    QDateTime start;     // moments only (local, floating)
    QDateTime end;       // moments only
    QString title;       // moment name or activity title
    QString description; // moment: the in-class activities; activity: its instructions
    QString place;       // moments only
    MomentMode mode = MomentMode::FaceToFace;
    Phase phase = Phase::InClass; // the activity's phase; InClass for moments
    QString toolName;
    QString number; // activity number "2.3"; empty for moments
    Id id = 0;      // moment or activity id (stable: iCalendar UIDs use it)
    // A recurring activity has one entry per occurrence, each on its own date. iCalendar writes
    // the first of them as one event that repeats (`recurrence`, counted from this entry's date:
    // for an in-class activity the first occurrence is part of its moment, so its entries start
    // at the second, with the count reduced to match) and leaves the others out.
    int occurrence = 1;  // 1-based
    int occurrences = 1; // of how many
    Recurrence recurrence; // activities: the repetition from this entry's date on
};

struct ToolEntry {
    Id toolId = 0;
    QString name;
    ToolType type = ToolType::Community;
    QList<Direction> directions; // directions it carries in this plan
    // Distinct learner benefits told in this plan, each with the activities that tell it:
    // "1.2, 1.6: You learn from …".
    QStringList benefits;
    QStringList access;          // access notes (account, firewall, client-provided, cost, notes)
    QStringList setup;           // setup checklist
    QString url;
    int activityCount = 0;
};

// A file attached to an objective's assessment instrument (a rubric, a checklist).
struct Attachment {
    Id objectiveId = 0;
    int objectiveNumber = 0; // 1-based
    QString objective;       // "1. Pitch the product" (shortened)
    QString instrument;      // the instrument's name
    QString fileName;
    qint64 bytes = 0;
};

// ---------------------------------------------------------------- document blocks

struct Heading {
    int level = 2; // 2 or 3: the section title itself is level 1 (Section::title)
    QString text;
    QString anchor; // stable id inside the document, e.g. "objective-2"
};

struct Paragraph {
    enum class Role { Body, Lead, Note };
    QString text; // may hold '\n' for line breaks
    Role role = Role::Body;
};

struct Field {
    QString label;
    QString value;
};

// Label → value pairs (a definition list / two-column table without header).
struct Fields {
    QList<Field> items;
};

struct List {
    enum class Style { Bullet, Numbered, Checklist };
    QStringList items;
    Style style = Style::Bullet;
};

struct Table {
    QStringList header;       // always present; repeat it when the table breaks across pages
    QList<QStringList> rows;  // each row has header.size() cells; a cell may hold '\n'
    QList<int> widths;        // relative column widths (same count as header)
    QList<bool> numeric;      // right-align this column (same count as header)
    // Optional: a stable key per row ("activity-12"), the same in every version of the plan,
    // by which a tracked-changes document pairs a row with its earlier self; empty when the
    // rows have none (they are then paired by their text).
    QStringList rowKeys;
};

// The blend at a glance: stacked bars, one per phase, split by direction.
struct Chart {
    QString title;
    QString valueAxis;     // "Minutes"
    QString categoryAxis;  // "Phase"
    BlendSeries series;
};

using Block = std::variant<Heading, Paragraph, Fields, List, Table, Chart>;

struct Section {
    QString key;   // one of sectionKeys() except "cover"
    QString title; // translated; the level-1 heading
    QList<Block> blocks;
};

// ---------------------------------------------------------------- the plan

struct Plan {
    Cover cover;
    bool includeCover = true;
    QList<Section> sections; // requested, non-empty sections, in reading order
    Blend blend;
    QList<ActivityRow> activities;  // every activity, objective by objective, in order
    QList<ScheduleEntry> schedule;  // moments and dated pre/post activities, by date
    QList<ToolEntry> tools;         // tools used by at least one activity, by name
    QList<Attachment> attachments;  // files attached to assessment instruments, objective by objective

    const Section *section(const QString &key) const;
    bool hasSection(const QString &key) const { return section(key) != nullptr; }
};

Plan buildPlan(const Project &project, const PlanOptions &options = {});

// "image/png", "image/jpeg", "image/svg+xml" or empty for unknown bytes.
QString imageMimeType(const QByteArray &bytes);

// An activity's minutes (workloadMinutes()) rounded to whole minutes, half away from zero: a
// 10–15 activity counts 13. Every total — the plan's blend, summary and objectives, and the
// studio's status bar — adds up these whole minutes, so the parts always add up to the total
// and the plan and the studio give the same figure.
qint64 wholeMinutes(double minutes);

// Minutes as people read them: whole minutes, "45" (12.5 shows as "13").
QString formatMinutes(double minutes);

// An activity's own length as people read it: "30", "10–15"; empty when not estimated.
QString formatDuration(const Duration &duration);

} // namespace bw::plan
