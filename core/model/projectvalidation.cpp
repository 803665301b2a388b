// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectvalidation.h"

#include "textshortening.h"

#include <QCoreApplication>
#include <QSet>

namespace bw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bw::ProjectValidation", text);
}

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
    return shown.isEmpty() ? item : tr("%1 “%2”").arg(item, shown);
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

// A value the enumeration declares; `unsetAllowed` for Phase and Direction, whose unset value
// (empty key) means "not chosen yet".
template <typename E> bool isKnown(E value, bool unsetAllowed = false)
{
    for (const auto &e : enumEntries<E>())
        if (e.value == value)
            return unsetAllowed || e.key[0] != '\0';
    return false;
}

// Marks a text for translation where it is passed on, untranslated, to be translated only in a
// message (see Validator::checkText).
#define N(text) QT_TRANSLATE_NOOP("bw::ProjectValidation", text)

// JSON interchange path of an element: "objectives[2]".
QString element(const QString &list, int row)
{
    return list + QLatin1Char('[') + QString::number(row) + QLatin1Char(']');
}

class Validator {
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
        for (const Objective &o : m_project.objectives)
            m_objectiveIds.insert(o.id);

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
        return m_problems;
    }

private:
    // The item being checked. Its path and its name for people are built only when there is a
    // problem to report: validation runs before every save, over every activity.
    struct Item {
        enum Kind { Info, Moment, Tool, Objective, Activity, SubGroup, Role };
        Kind kind = Info;
        int row = -1;
        int sub = -1; // the activity's row within its objective
        const QString *name = nullptr;

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
        checkText(item, "title", N("title"), info.title);
        checkText(item, "client", N("client"), info.client);
        checkText(item, "audience", N("audience"), info.audience);
        checkText(item, "author", N("author"), info.author);
        checkText(item, "summary", N("summary"), info.summary);
        checkText(item, "language", N("language"), info.language);
        checkText(item, "planVersion", N("plan version"), info.version);
        checkText(item, "brand.footer", N("footer"), info.brand.footer);
        checkText(item, "evaluation", N("evaluation plan"), info.evaluation);
        checkTexts(item, "rules", N("rules of use"), info.rules);
        checkTexts(item, "mutedRules", N("muted rules"), info.mutedRules);
        checkRange(item, "maxTools", N("the tool limit"), info.maxTools, Limits::MinToolLimit, Limits::MaxToolLimit);
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
        checkText(item, "name", N("name"), m.name);
        checkText(item, "place", N("place"), m.place);
        checkRange(item, "minutes", N("the length in minutes"), m.minutes, 0, Limits::MaxMinutes);
        if (m.start.isValid()) {
            // Repaired by normalize(); reported so that what passes is what a save writes.
            if (m.start.timeSpec() != Qt::LocalTime || m.start.time().second() || m.start.time().msec())
                problem(item, "start", tr("the start is not a local time in whole minutes."));
            const int year = m.start.date().year();
            if (year < Limits::FirstYear || year > Limits::LastYear)
                problem(item, "start",
                    tr("the start year %1 is outside %2–%3.").arg(year).arg(Limits::FirstYear).arg(Limits::LastYear));
        }
        checkEnum(item, "mode", N("mode"), m.mode);
    }

    void checkTool(const Tool &t, int row, QSet<Id> &seen)
    {
        const Item item { Item::Tool, row, -1, &t.name };
        checkId(item, t.id, seen);
        checkText(item, "name", N("name"), t.name);
        checkText(item, "cost", N("cost"), t.cost);
        checkText(item, "url", N("address"), t.url);
        checkText(item, "replacement", N("replacement"), t.replacement);
        checkText(item, "description", N("description"), t.description);
        checkText(item, "benefit", N("benefit"), t.benefit);
        checkText(item, "access", N("access notes"), t.access);
        checkTexts(item, "setup", N("setup checklist"), t.setup);
        checkEnum(item, "type", N("type"), t.type);
        checkEnum(item, "status", N("status"), t.status);
        for (Direction d : t.directions)
            checkEnum(item, "directions", N("supported direction"), d);
    }

    void checkObjective(const Objective &o, int row, QSet<Id> &seen, QSet<Id> &activities)
    {
        const Item item { Item::Objective, row, -1, &o.statement };
        checkId(item, o.id, seen);
        checkText(item, "statement", N("statement"), o.statement);
        checkText(item, "measure", N("measure"), o.measure);
        checkText(item, "notes", N("notes"), o.notes);
        for (int a = 0; a < o.activities.size(); ++a)
            checkActivity(o.activities[a], { Item::Activity, row, a, &o.activities[a].title }, activities);
    }

    void checkActivity(const Activity &a, const Item &item, QSet<Id> &seen)
    {
        checkId(item, a.id, seen);
        checkText(item, "title", N("title"), a.title);
        checkText(item, "instructions", N("instructions"), a.instructions);
        checkText(item, "deliverable", N("deliverable"), a.deliverable);
        checkText(item, "benefit", N("benefit"), a.benefit);
        checkEnum(item, "phase", N("phase"), a.phase, true);
        checkEnum(item, "direction", N("direction"), a.direction, true);
        checkEnum(item, "grouping", N("grouping"), a.grouping);
        checkEnum(item, "ledBy", N("leader"), a.ledBy);
        checkEnum(item, "assessment", N("assessment"), a.assessment);
        const Duration &d = a.duration;
        if (d.min < 0 || d.max > Limits::MaxMinutes)
            problem(item, "minutes",
                tr("the duration %1–%2 minutes is outside 0–%3.").arg(d.min).arg(d.max).arg(Limits::MaxMinutes));
        else if (d.min > d.max)
            problem(item, "minutes", tr("the duration %1–%2 minutes is reversed.").arg(d.min).arg(d.max));
        checkRange(
            item, "offsetDays", N("the offset in days"), a.offsetDays, -Limits::MaxOffsetDays, Limits::MaxOffsetDays);
        if (a.toolId && !m_toolIds.contains(a.toolId))
            problem(item, "toolId", tr("the tool %1 is not in the project.").arg(a.toolId));
        if (a.momentId && !m_momentIds.contains(a.momentId))
            problem(item, "momentId", tr("the in-class moment %1 is not in the project.").arg(a.momentId));
    }

    void checkSubGroup(const SubGroup &g, int row, QSet<Id> &seen)
    {
        const Item item { Item::SubGroup, row, -1, &g.name };
        checkId(item, g.id, seen);
        checkText(item, "name", N("name"), g.name);
        checkText(item, "mission", N("mission"), g.mission);
        checkRange(item, "members", N("the number of members"), g.members, 0, Limits::MaxMembers);
        if (g.objectiveId && !m_objectiveIds.contains(g.objectiveId))
            problem(item, "objectiveId", tr("the objective %1 is not in the project.").arg(g.objectiveId));
    }

    void checkRole(const Role &r, int row, QSet<Id> &seen)
    {
        const Item item { Item::Role, row, -1, &r.name };
        checkId(item, r.id, seen);
        checkText(item, "name", N("name"), r.name);
        checkText(item, "duties", N("duties"), r.duties);
        checkEnum(item, "role", N("kind of role"), r.kind);
    }

    const Project &m_project;
    QSet<Id> m_momentIds, m_toolIds, m_objectiveIds;
    QList<ProjectProblem> m_problems;
};

} // namespace

QString ProjectProblem::message() const
{
    return tr("%1: %2").arg(item, what);
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
}

} // namespace bw
