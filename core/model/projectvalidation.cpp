// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectvalidation.h"

#include "textshortening.h"

#include <QCoreApplication>
#include <QSet>

namespace bw {

namespace {

// The one context of this file's texts, declared so that lupdate files every text under it
// too: free functions call ProjectValidation::tr, the Validator declares the same context.
class ProjectValidation {
    Q_DECLARE_TR_FUNCTIONS(bw::ProjectValidation)
};

// A name as it appears in a message: on one line and cut, so that a 50 MB title cannot flood
// a dialog or a terminal.
QString shownName(const QString &name)
{
    constexpr int Longest = 40;
    return shortenAtWord(name, Longest);
}

QString named(const QString &item, const QString &name)
{
    const QString shown = shownName(name);
    return shown.isEmpty() ? item : ProjectValidation::tr("%1 “%2”").arg(item, shown);
}

// True when every surrogate is half of a pair: only such text survives UTF-8 (SQLite, JSON).
bool isValidUtf16(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= n || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i;
        } else if (c.isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

// A file name as attached: no folder part (neither / nor \\), not "." or "..", no control
// characters. Empty means no file.
bool isPlainFileName(const QString &name)
{
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return false;
    for (const QChar c : name)
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() < 0x20 || c.unicode() == 0x7F)
            return false;
    return true;
}

// A value the enumeration declares; `unsetAllowed` for Phase and Direction, whose unset value
// (empty key) means "not chosen yet".
template <typename E> bool isKnown(E value, bool unsetAllowed = false)
{
    for (const auto &e : enumEntries<E>())
        if (e.value == value)
            return unsetAllowed || e.key[0] != '\0';
    return false;
}

// The field names below (the `what` of checkText, checkRange, checkEnum) are marked with
// QT_TRANSLATE_NOOP in full, not through a shorter macro: lupdate reads the source text and
// sees no macro's expansion, and these names are translated when a message is shown.

// JSON interchange path of an element: "objectives[2]".
QString element(const QString &list, int row)
{
    return list + QLatin1Char('[') + QString::number(row) + QLatin1Char(']');
}

class Validator {
    Q_DECLARE_TR_FUNCTIONS(bw::ProjectValidation)

public:
    explicit Validator(const Project &project)
        : m_project(project)
    {
    }

    QList<ProjectProblem> run()
    {
        for (const Moment &m : m_project.moments)
            m_momentIds.insert(m.id);
        for (const Tool &t : m_project.tools)
            m_toolIds.insert(t.id);
        for (const Objective &o : m_project.objectives) {
            m_objectiveIds.insert(o.id);
            for (const bw::Activity &a : o.activities)
                m_activityIds.insert(a.id);
        }
        for (const Role &r : m_project.roles)
            m_roleIds.insert(r.id);

        checkInfo();
        QSet<Id> seen;
        for (int i = 0; i < m_project.moments.size(); ++i)
            checkMoment(m_project.moments[i], i, seen);
        seen.clear();
        for (int i = 0; i < m_project.tools.size(); ++i)
            checkTool(m_project.tools[i], i, seen);
        seen.clear();
        QSet<Id> activities;
        for (int i = 0; i < m_project.objectives.size(); ++i)
            checkObjective(m_project.objectives[i], i, seen, activities);
        seen.clear();
        for (int i = 0; i < m_project.subgroups.size(); ++i)
            checkSubGroup(m_project.subgroups[i], i, seen);
        seen.clear();
        for (int i = 0; i < m_project.roles.size(); ++i)
            checkRole(m_project.roles[i], i, seen);
        // Agenda entries last: their ids must differ from every other item's (the interchange
        // and the project file keep them in one numbering with the moments they belong to).
        QSet<Id> others;
        for (const Moment &m : m_project.moments)
            others.insert(m.id);
        for (const Tool &t : m_project.tools)
            others.insert(t.id);
        others += m_objectiveIds;
        others += m_activityIds;
        for (const SubGroup &g : m_project.subgroups)
            others.insert(g.id);
        others += m_roleIds;
        seen.clear();
        for (int i = 0; i < m_project.moments.size(); ++i)
            checkAgenda(m_project.moments[i], i, others, seen);
        // Versions in the same numbering as everything else (Document::newId gives them theirs).
        others += seen;
        seen.clear();
        for (int i = 0; i < m_project.versions.size(); ++i)
            checkVersion(m_project.versions[i], i, others, seen);
        return m_problems;
    }

private:
    // The item being checked. Its path and its name for people are built only when there is a
    // problem to report: validation runs before every save, over every activity.
    struct Item {
        enum Kind { Info, Moment, Tool, Objective, Activity, SubGroup, Role, AgendaItem, Version };
        Kind kind = Info;
        int row = -1;
        int sub = -1; // the activity's row within its objective, the entry's within its agenda
        const QString *name = nullptr;
        const QString *parentName = nullptr; // an agenda entry's moment

        QString path() const
        {
            switch (kind) {
            case Info:
                return {};
            case Moment:
                return element(QStringLiteral("moments"), row);
            case Tool:
                return element(QStringLiteral("tools"), row);
            case Objective:
                return element(QStringLiteral("objectives"), row);
            case Activity:
                return element(element(QStringLiteral("objectives"), row) + QStringLiteral(".activities"), sub);
            case SubGroup:
                return element(QStringLiteral("subgroups"), row);
            case Role:
                return element(QStringLiteral("roles"), row);
            case AgendaItem:
                return element(element(QStringLiteral("moments"), row) + QStringLiteral(".agenda"), sub);
            case Version:
                return element(QStringLiteral("versions"), row);
            }
            return {};
        }

        QString label() const
        {
            const QString n = name ? *name : QString();
            switch (kind) {
            case Info:
                return tr("Project");
            case Moment:
                return named(tr("In-class moment %1").arg(row + 1), n);
            case Tool:
                return named(tr("Tool %1").arg(row + 1), n);
            case Objective:
                return named(tr("Objective %1").arg(row + 1), n);
            case Activity:
                return named(tr("Objective %1, activity %2").arg(row + 1).arg(sub + 1), n);
            case SubGroup:
                return named(tr("Sub-group %1").arg(row + 1), n);
            case Role:
                return named(tr("Role %1").arg(row + 1), n);
            case AgendaItem:
                return named(
                    tr("%1, agenda entry %2")
                        .arg(named(tr("In-class moment %1").arg(row + 1), parentName ? *parentName : QString()))
                        .arg(sub + 1),
                    n);
            case Version:
                return named(tr("Version %1").arg(row + 1), n);
            }
            return {};
        }

        QString at(const char *key) const
        {
            const QString base = path();
            return base.isEmpty() ? QString::fromLatin1(key) : base + QLatin1Char('.') + QLatin1String(key);
        }
    };

    void problem(const Item &item, const char *key, const QString &what)
    {
        m_problems.append({ item.at(key), item.label(), what });
    }

    void checkId(const Item &item, Id id, QSet<Id> &seen)
    {
        // The interchange does not carry the ids of every item; "id" is where it would be.
        if (id < 1 || id > Limits::MaxId)
            problem(item, "id", tr("the id %1 is outside 1–%2.").arg(id).arg(Limits::MaxId));
        else if (seen.contains(id))
            problem(item, "id", tr("the id %1 is used twice.").arg(id));
        seen.insert(id);
    }

    // `what` is a QT_TRANSLATE_NOOP text, translated only when there is a problem.
    void checkRange(const Item &item, const char *key, const char *what, qint64 value, qint64 low, qint64 high)
    {
        if (value < low || value > high)
            problem(item, key, tr("%1 %2 is outside %3–%4.").arg(tr(what)).arg(value).arg(low).arg(high));
    }

    void checkText(const Item &item, const char *key, const char *what, const QString &text)
    {
        if (!isValidUtf16(text))
            problem(item, key, tr("the %1 contains a broken character (a lone UTF-16 surrogate).").arg(tr(what)));
    }

    void checkTexts(const Item &item, const char *key, const char *what, const QStringList &texts)
    {
        for (const QString &t : texts)
            checkText(item, key, what, t);
    }

    template <typename E>
    void checkEnum(const Item &item, const char *key, const char *what, E value, bool unsetAllowed = false)
    {
        if (!isKnown(value, unsetAllowed))
            problem(item, key, tr("the %1 (%2) is not one Blendwise knows.").arg(tr(what)).arg(int(value)));
    }

    void checkInfo()
    {
        const ProjectInfo &info = m_project.info;
        const Item item;
        checkText(item, "title", QT_TRANSLATE_NOOP("bw::ProjectValidation", "title"), info.title);
        checkText(item, "client", QT_TRANSLATE_NOOP("bw::ProjectValidation", "client"), info.client);
        checkText(item, "audience", QT_TRANSLATE_NOOP("bw::ProjectValidation", "audience"), info.audience);
        checkText(item, "author", QT_TRANSLATE_NOOP("bw::ProjectValidation", "author"), info.author);
        checkText(item, "summary", QT_TRANSLATE_NOOP("bw::ProjectValidation", "summary"), info.summary);
        checkText(item, "language", QT_TRANSLATE_NOOP("bw::ProjectValidation", "language"), info.language);
        checkText(item, "planVersion", QT_TRANSLATE_NOOP("bw::ProjectValidation", "plan version"), info.version);
        checkText(item, "brand.footer", QT_TRANSLATE_NOOP("bw::ProjectValidation", "footer"), info.brand.footer);
        checkText(item, "evaluation", QT_TRANSLATE_NOOP("bw::ProjectValidation", "evaluation plan"), info.evaluation);
        checkTexts(item, "rules", QT_TRANSLATE_NOOP("bw::ProjectValidation", "rules of use"), info.rules);
        checkTexts(item, "mutedRules", QT_TRANSLATE_NOOP("bw::ProjectValidation", "muted rules"), info.mutedRules);
        checkRange(item, "maxTools", QT_TRANSLATE_NOOP("bw::ProjectValidation", "the tool limit"), info.maxTools,
            Limits::MinToolLimit, Limits::MaxToolLimit);
        QSet<QString> muted;
        for (const QString &rule : info.mutedRules) {
            if (muted.contains(rule))
                problem(item, "mutedRules", tr("the rule “%1” is muted twice.").arg(shownName(rule)));
            muted.insert(rule);
        }
    }

    void checkMoment(const Moment &m, int row, QSet<Id> &seen)
    {
        const Item item { Item::Moment, row, -1, &m.name };
        checkId(item, m.id, seen);
        checkText(item, "name", QT_TRANSLATE_NOOP("bw::ProjectValidation", "name"), m.name);
        checkText(item, "place", QT_TRANSLATE_NOOP("bw::ProjectValidation", "place"), m.place);
        checkRange(item, "minutes", QT_TRANSLATE_NOOP("bw::ProjectValidation", "the length in minutes"), m.minutes, 0,
            Limits::MaxMinutes);
        if (m.start.isValid()) {
            // Repaired by normalize(); reported so that what passes is what a save writes.
            if (m.start.timeSpec() != Qt::LocalTime || m.start.time().second() || m.start.time().msec())
                problem(item, "start", tr("the start is not a local time in whole minutes."));
            const int year = m.start.date().year();
            if (year < Limits::FirstYear || year > Limits::LastYear)
                problem(item, "start",
                    tr("the start year %1 is outside %2–%3.").arg(year).arg(Limits::FirstYear).arg(Limits::LastYear));
        }
        checkEnum(item, "mode", QT_TRANSLATE_NOOP("bw::ProjectValidation", "mode"), m.mode);
    }

    void checkTool(const Tool &t, int row, QSet<Id> &seen)
    {
        const Item item { Item::Tool, row, -1, &t.name };
        checkId(item, t.id, seen);
        checkText(item, "name", QT_TRANSLATE_NOOP("bw::ProjectValidation", "name"), t.name);
        checkText(item, "cost", QT_TRANSLATE_NOOP("bw::ProjectValidation", "cost"), t.cost);
        checkText(item, "url", QT_TRANSLATE_NOOP("bw::ProjectValidation", "address"), t.url);
        checkText(item, "replacement", QT_TRANSLATE_NOOP("bw::ProjectValidation", "replacement"), t.replacement);
        checkText(item, "description", QT_TRANSLATE_NOOP("bw::ProjectValidation", "description"), t.description);
        checkText(item, "benefit", QT_TRANSLATE_NOOP("bw::ProjectValidation", "benefit"), t.benefit);
        checkText(item, "access", QT_TRANSLATE_NOOP("bw::ProjectValidation", "access notes"), t.access);
        checkTexts(item, "setup", QT_TRANSLATE_NOOP("bw::ProjectValidation", "setup checklist"), t.setup);
        checkEnum(item, "type", QT_TRANSLATE_NOOP("bw::ProjectValidation", "type"), t.type);
        checkEnum(item, "status", QT_TRANSLATE_NOOP("bw::ProjectValidation", "status"), t.status);
        for (Direction d : t.directions)
            checkEnum(item, "directions", QT_TRANSLATE_NOOP("bw::ProjectValidation", "supported direction"), d);
    }

    void checkObjective(const Objective &o, int row, QSet<Id> &seen, QSet<Id> &activities)
    {
        const Item item { Item::Objective, row, -1, &o.statement };
        checkId(item, o.id, seen);
        checkText(item, "statement", QT_TRANSLATE_NOOP("bw::ProjectValidation", "statement"), o.statement);
        checkText(item, "measure", QT_TRANSLATE_NOOP("bw::ProjectValidation", "measure"), o.measure);
        checkText(item, "notes", QT_TRANSLATE_NOOP("bw::ProjectValidation", "notes"), o.notes);
        checkInstrument(item, o.instrument);
        for (int a = 0; a < o.activities.size(); ++a)
            checkActivity(o.activities[a], { Item::Activity, row, a, &o.activities[a].title }, activities);
    }

    void checkInstrument(const Item &item, const AssessmentInstrument &in)
    {
        checkText(item, "instrument.name", QT_TRANSLATE_NOOP("bw::ProjectValidation", "instrument's name"), in.name);
        checkText(item, "instrument.description",
            QT_TRANSLATE_NOOP("bw::ProjectValidation", "instrument's description"), in.description);
        checkText(item, "instrument.fileName", QT_TRANSLATE_NOOP("bw::ProjectValidation", "file name"), in.fileName);
        if (in.fileData.size() > Limits::MaxInstrumentFileBytes)
            problem(item, "instrument.file",
                tr("the attached file is larger than %1 MB.").arg(Limits::MaxInstrumentFileBytes / (1024 * 1024)));
        if (!isPlainFileName(in.fileName))
            problem(item, "instrument.fileName",
                tr("the file name “%1” is not a plain file name (no folders, no control characters).")
                    .arg(shownName(in.fileName)));
        if (in.fileName.isEmpty() && !in.fileData.isEmpty())
            problem(item, "instrument.fileName", tr("the attached file has no name."));
    }

    void checkRecurrence(const Item &item, const Recurrence &r)
    {
        checkEnum(item, "recurrence.unit", QT_TRANSLATE_NOOP("bw::ProjectValidation", "unit of the recurrence"), r.unit,
            true);
        if (!r.isSet()) {
            // Repaired by normalize(): an activity that happens once has no recurrence.
            if (r != Recurrence {})
                problem(item, "recurrence", tr("the recurrence has no unit but an interval, count or end."));
            return;
        }
        checkRange(item, "recurrence.interval", QT_TRANSLATE_NOOP("bw::ProjectValidation", "the interval"), r.interval,
            Limits::MinRecurrenceInterval, Limits::MaxRecurrenceInterval);
        checkRange(item, "recurrence.count", QT_TRANSLATE_NOOP("bw::ProjectValidation", "the number of occurrences"),
            r.count, 0, Limits::MaxRecurrenceCount);
        if (r.count == 0 && !r.until.isValid())
            problem(item, "recurrence", tr("the recurrence has neither a number of occurrences nor an end date."));
        if (r.until.isValid() && (r.until.year() < Limits::FirstYear || r.until.year() > Limits::LastYear))
            problem(item, "recurrence.until",
                tr("the end year %1 is outside %2–%3.")
                    .arg(r.until.year())
                    .arg(Limits::FirstYear)
                    .arg(Limits::LastYear));
    }

    void checkActivity(const Activity &a, const Item &item, QSet<Id> &seen)
    {
        checkId(item, a.id, seen);
        checkText(item, "title", QT_TRANSLATE_NOOP("bw::ProjectValidation", "title"), a.title);
        checkText(item, "instructions", QT_TRANSLATE_NOOP("bw::ProjectValidation", "instructions"), a.instructions);
        checkText(item, "deliverable", QT_TRANSLATE_NOOP("bw::ProjectValidation", "deliverable"), a.deliverable);
        checkText(item, "benefit", QT_TRANSLATE_NOOP("bw::ProjectValidation", "benefit"), a.benefit);
        // An import's guessed mark must name its field: the advisor could not say what to check.
        for (const GuessMark &mark : a.guesses) {
            if (mark.field.trimmed().isEmpty())
                problem(item, "guesses", tr("a guessed value names no field."));
            checkText(item, "guesses", QT_TRANSLATE_NOOP("bw::ProjectValidation", "guessed value"), mark.reason);
        }
        checkEnum(item, "phase", QT_TRANSLATE_NOOP("bw::ProjectValidation", "phase"), a.phase, true);
        checkEnum(item, "direction", QT_TRANSLATE_NOOP("bw::ProjectValidation", "direction"), a.direction, true);
        checkEnum(item, "grouping", QT_TRANSLATE_NOOP("bw::ProjectValidation", "grouping"), a.grouping);
        checkEnum(item, "ledBy", QT_TRANSLATE_NOOP("bw::ProjectValidation", "leader"), a.ledBy);
        checkEnum(item, "assessment", QT_TRANSLATE_NOOP("bw::ProjectValidation", "assessment"), a.assessment);
        const Duration &d = a.duration;
        if (d.min < 0 || d.max > Limits::MaxMinutes)
            problem(item, "minutes",
                tr("the duration %1–%2 minutes is outside 0–%3.").arg(d.min).arg(d.max).arg(Limits::MaxMinutes));
        else if (d.min > d.max)
            problem(item, "minutes", tr("the duration %1–%2 minutes is reversed.").arg(d.min).arg(d.max));
        checkRange(item, "offsetDays", QT_TRANSLATE_NOOP("bw::ProjectValidation", "the offset in days"), a.offsetDays,
            -Limits::MaxOffsetDays, Limits::MaxOffsetDays);
        if (a.toolId && !m_toolIds.contains(a.toolId))
            problem(item, "toolId", tr("the tool %1 is not in the project.").arg(a.toolId));
        if (a.momentId && !m_momentIds.contains(a.momentId))
            problem(item, "momentId", tr("the in-class moment %1 is not in the project.").arg(a.momentId));
        if (a.noTool && a.toolId)
            problem(
                item, "noTool", tr("the activity is marked as without a tool but names the tool %1.").arg(a.toolId));
        checkText(item, "ledByName", QT_TRANSLATE_NOOP("bw::ProjectValidation", "leader's name"), a.ledByName);
        if (a.ledByRoleId && !m_roleIds.contains(a.ledByRoleId))
            problem(item, "ledByRoleId", tr("the role %1 is not in the project.").arg(a.ledByRoleId));
        checkRecurrence(item, a.recurrence);
    }

    void checkAgenda(const Moment &m, int row, const QSet<Id> &others, QSet<Id> &seen)
    {
        QSet<Id> named; // activities this agenda names
        for (int i = 0; i < m.agenda.size(); ++i) {
            const AgendaItem &entry = m.agenda[i];
            const Item item { Item::AgendaItem, row, i, &entry.title, &m.name };
            checkId(item, entry.id, seen);
            if (others.contains(entry.id))
                problem(item, "id", tr("the id %1 is also the id of another item.").arg(entry.id));
            checkEnum(item, "kind", QT_TRANSLATE_NOOP("bw::ProjectValidation", "kind of entry"), entry.kind);
            checkText(item, "title", QT_TRANSLATE_NOOP("bw::ProjectValidation", "title"), entry.title);
            checkRange(item, "minutes", QT_TRANSLATE_NOOP("bw::ProjectValidation", "the length in minutes"),
                entry.minutes, 0, Limits::MaxMinutes);
            // The next three are repaired by normalize().
            if (entry.kind == AgendaKind::Activity) {
                if (!m_activityIds.contains(entry.activityId))
                    problem(item, "activityId", tr("the activity %1 is not in the project.").arg(entry.activityId));
                else if (named.contains(entry.activityId))
                    problem(item, "activityId", tr("the activity %1 is in this agenda twice.").arg(entry.activityId));
                named.insert(entry.activityId);
            } else if (entry.activityId) {
                problem(item, "activityId", tr("a break or lunch names the activity %1.").arg(entry.activityId));
            }
        }
    }

    void checkVersion(const bw::Version &v, int row, const QSet<Id> &others, QSet<Id> &seen)
    {
        const Item item { Item::Version, row, -1, &v.name };
        checkId(item, v.id, seen);
        if (others.contains(v.id))
            problem(item, "id", tr("the id %1 is also the id of another item.").arg(v.id));
        checkText(item, "name", QT_TRANSLATE_NOOP("bw::ProjectValidation", "name"), v.name);
        checkText(item, "note", QT_TRANSLATE_NOOP("bw::ProjectValidation", "note"), v.note);
        if (v.snapshot.isEmpty())
            problem(item, "snapshot", tr("the version holds no project."));
        if (v.created.isValid())
            checkRange(item, "created", QT_TRANSLATE_NOOP("bw::ProjectValidation", "the year"), v.created.date().year(),
                Limits::FirstYear, Limits::LastYear);
    }

    void checkSubGroup(const SubGroup &g, int row, QSet<Id> &seen)
    {
        const Item item { Item::SubGroup, row, -1, &g.name };
        checkId(item, g.id, seen);
        checkText(item, "name", QT_TRANSLATE_NOOP("bw::ProjectValidation", "name"), g.name);
        checkText(item, "mission", QT_TRANSLATE_NOOP("bw::ProjectValidation", "mission"), g.mission);
        checkRange(item, "members", QT_TRANSLATE_NOOP("bw::ProjectValidation", "the number of members"), g.members, 0,
            Limits::MaxMembers);
        if (g.objectiveId && !m_objectiveIds.contains(g.objectiveId))
            problem(item, "objectiveId", tr("the objective %1 is not in the project.").arg(g.objectiveId));
    }

    void checkRole(const Role &r, int row, QSet<Id> &seen)
    {
        const Item item { Item::Role, row, -1, &r.name };
        checkId(item, r.id, seen);
        checkText(item, "name", QT_TRANSLATE_NOOP("bw::ProjectValidation", "name"), r.name);
        checkText(item, "duties", QT_TRANSLATE_NOOP("bw::ProjectValidation", "duties"), r.duties);
        checkText(item, "customKind", QT_TRANSLATE_NOOP("bw::ProjectValidation", "custom kind"), r.customKind);
        checkEnum(item, "role", QT_TRANSLATE_NOOP("bw::ProjectValidation", "kind of role"), r.kind);
    }

    const Project &m_project;
    QSet<Id> m_momentIds, m_toolIds, m_objectiveIds, m_activityIds, m_roleIds;
    QList<ProjectProblem> m_problems;
};

} // namespace

QString ProjectProblem::message() const
{
    return QCoreApplication::translate("bw::ProjectValidation", "%1: %2").arg(item, what);
}

QList<ProjectProblem> validate(const Project &project)
{
    return Validator(project).run();
}

void normalize(Project &project)
{
    // Reads through const access and writes only what changes: the save normalizes a copy of
    // the document's project, which then shares its lists instead of copying 10,000 activities.
    const Project &p = project;
    QStringList muted;
    for (const QString &rule : p.info.mutedRules)
        if (!muted.contains(rule))
            muted.append(rule);
    if (muted.size() != p.info.mutedRules.size())
        project.info.mutedRules = muted;

    QSet<Id> moments, tools, objectives;
    for (qsizetype i = 0; i < p.moments.size(); ++i) {
        const QDateTime start = p.moments[i].start;
        moments.insert(p.moments[i].id);
        if (!start.isValid())
            continue;
        if (start.timeSpec() != Qt::LocalTime || start.time().second() || start.time().msec()) {
            QDateTime local = start.toLocalTime();
            local.setTime(QTime(local.time().hour(), local.time().minute()));
            project.moments[i].start = local;
        }
    }
    for (const Tool &t : p.tools)
        tools.insert(t.id);
    for (const Objective &o : p.objectives)
        objectives.insert(o.id);
    for (qsizetype o = 0; o < p.objectives.size(); ++o)
        for (qsizetype a = 0; a < p.objectives[o].activities.size(); ++a) {
            // Copied first: a write below may detach the list the reference would point into.
            const Id tool = p.objectives[o].activities[a].toolId;
            const Id moment = p.objectives[o].activities[a].momentId;
            if (tool && !tools.contains(tool))
                project.objectives[o].activities[a].toolId = 0;
            if (moment && !moments.contains(moment))
                project.objectives[o].activities[a].momentId = 0;
        }
    for (qsizetype i = 0; i < p.subgroups.size(); ++i)
        if (p.subgroups[i].objectiveId && !objectives.contains(p.subgroups[i].objectiveId))
            project.subgroups[i].objectiveId = 0;

    QSet<Id> roles, activities;
    for (const Role &r : p.roles)
        roles.insert(r.id);
    for (qsizetype o = 0; o < p.objectives.size(); ++o)
        for (qsizetype a = 0; a < p.objectives[o].activities.size(); ++a) {
            // Copied first: a write below may detach the list a reference would point into.
            const Id id = p.objectives[o].activities[a].id;
            const Id leader = p.objectives[o].activities[a].ledByRoleId;
            const Recurrence recurrence = p.objectives[o].activities[a].recurrence;
            activities.insert(id);
            if (leader && !roles.contains(leader))
                project.objectives[o].activities[a].ledByRoleId = 0;
            if (!recurrence.isSet() && recurrence != Recurrence {} && isKnown(recurrence.unit, true))
                project.objectives[o].activities[a].recurrence = Recurrence {};
        }
    // An agenda entry of a removed activity goes with it; an activity named twice in one
    // agenda keeps its first place; a break or lunch names no activity.
    for (qsizetype m = 0; m < p.moments.size(); ++m) {
        const QList<AgendaItem> agenda = p.moments[m].agenda; // a copy, for the same reason
        QList<AgendaItem> kept;
        QSet<Id> named;
        bool changed = false;
        for (const AgendaItem &entry : agenda) {
            AgendaItem e = entry;
            if (e.kind == AgendaKind::Activity) {
                if (!activities.contains(e.activityId) || named.contains(e.activityId)) {
                    changed = true;
                    continue;
                }
                named.insert(e.activityId);
            } else if (e.activityId && isKnown(e.kind)) {
                e.activityId = 0;
                changed = true;
            }
            kept.append(e);
        }
        if (changed)
            project.moments[m].agenda = kept;
    }
}

} // namespace bw
