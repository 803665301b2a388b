// SPDX-License-Identifier: GPL-3.0-or-later
#include "randomproject.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace bw::test {

namespace {

int between(QRandomGenerator &r, int low, int high) // inclusive
{
    return int(r.bounded(qint64(low), qint64(high) + 1));
}

bool chance(QRandomGenerator &r, int percent)
{
    return between(r, 1, 100) <= percent;
}

template <typename T> const T &pick(QRandomGenerator &r, const QList<T> &list)
{
    return list.at(between(r, 0, int(list.size()) - 1));
}

template <typename E> E anyValue(QRandomGenerator &r, bool withUnset = false)
{
    QList<E> values = enumValues<E>();
    if (withUnset && enumKey(E {}).isEmpty())
        values.append(E {});
    return pick(r, values);
}

QString text(QRandomGenerator &r)
{
    static const QList<QString> pieces = { u""_s, u"Workshop"_s, u"Kick-off 🚀"_s, u"מפגש"_s, u"研讨会"_s,
        u"Line\nbreak"_s, u"tab\there"_s, u"\u0001control"_s, u"“quoted” \"and\" \\ slash"_s, u"  spaced  "_s,
        u"e\u0301 combining"_s, u"👩‍👩‍👧 family"_s };
    QString out;
    const int parts = between(r, 0, 3);
    for (int i = 0; i < parts; ++i)
        out += pick(r, pieces);
    return out;
}

// Names drawn from a few, so that they repeat.
QString name(QRandomGenerator &r, const QList<QString> &pool)
{
    return chance(r, 80) ? pick(r, pool) : text(r);
}

QDateTime start(QRandomGenerator &r)
{
    if (chance(r, 15))
        return {};
    const QDate day = QDate(2020, 1, 1).addDays(between(r, 0, 3000));
    return QDateTime(day, QTime(between(r, 0, 23), between(r, 0, 59)));
}

} // namespace

Project randomProject(QRandomGenerator &r)
{
    Project p;
    Id next = between(r, 1, 50);
    const auto newId = [&] { return next += between(r, 1, 3); };

    ProjectInfo &i = p.info;
    i.title = text(r);
    i.client = text(r);
    i.audience = text(r);
    i.author = text(r);
    i.summary = text(r);
    i.language = pick(r, QList<QString> { u"en"_s, u"de"_s, u"fr"_s });
    i.version = text(r);
    i.brand.accent = QColor(between(r, 0, 255), between(r, 0, 255), between(r, 0, 255));
    i.brand.footer = text(r);
    if (chance(r, 30))
        i.brand.logo = QByteArray("\x89PNG\r\n\x1a\n\0\xff", 10).repeated(between(r, 1, 4));
    for (int n = between(r, 0, 3); n > 0; --n)
        i.rules.append(text(r));
    i.evaluation = text(r);
    i.maxTools = between(r, 1, 50);
    for (const QString &rule : { u"too-many-tools"_s, u"tool-retired"_s, u"no-reflection"_s })
        if (chance(r, 30))
            i.mutedRules.append(rule);

    const QList<QString> momentNames = { u"Workshop"_s, u"Workshop"_s, u"Webinar"_s, u"Day 1"_s };
    for (int n = between(r, 0, 4); n > 0; --n)
        p.moments.append(
            { newId(), name(r, momentNames), start(r), between(r, 0, 480), anyValue<MomentMode>(r), text(r), {} });

    const QList<QString> toolNames = { u"Zoom"_s, u"zoom"_s, u"Padlet"_s, u"Our wiki"_s, u"Miro"_s };
    for (int n = between(r, 0, 5); n > 0; --n) {
        Tool t;
        t.id = newId();
        t.name = name(r, toolNames);
        t.type = anyValue<ToolType>(r);
        for (Direction d : enumValues<Direction>())
            if (chance(r, 50))
                t.directions.append(d);
        t.synchronous = chance(r, 50);
        t.needsAccount = chance(r, 50);
        t.oftenBlocked = chance(r, 50);
        t.clientProvided = chance(r, 50);
        t.cost = text(r);
        t.url = text(r);
        t.status = anyValue<ToolStatus>(r);
        t.replacement = text(r);
        t.description = text(r);
        t.benefit = text(r);
        t.access = text(r);
        for (int s = between(r, 0, 3); s > 0; --s)
            t.setup.append(text(r));
        p.tools.append(t);
    }

    for (int n = between(r, 0, 4); n > 0; --n) {
        Objective o;
        o.id = newId();
        o.statement = text(r);
        o.measure = text(r);
        o.notes = text(r);
        if (chance(r, 40)) {
            o.instrument.name = text(r);
            o.instrument.description = text(r);
            if (chance(r, 60)) {
                o.instrument.fileName = pick(r,
                    QList<QString> {
                        u"rubric.pdf"_s, u"Grille d’évaluation.docx"_s, u"観察シート.xlsx"_s, u"no extension"_s });
                // NULs and high bytes on purpose; sometimes an empty file.
                o.instrument.fileData = QByteArray("%PDF-1.7\0\xff\xfe", 11).repeated(between(r, 0, 50));
            }
        }
        for (int a = between(r, 0, 5); a > 0; --a) {
            Activity act;
            act.id = newId();
            act.title = text(r);
            act.instructions = text(r);
            act.phase = anyValue<Phase>(r, true);
            act.direction = anyValue<Direction>(r, true);
            if (!p.tools.isEmpty() && chance(r, 70))
                act.toolId = pick(r, p.tools).id;
            else
                act.noTool = chance(r, 40);
            const int low = between(r, 0, 120);
            act.duration
                = chance(r, 20) ? Duration {} : Duration { low, low + (chance(r, 50) ? 0 : between(r, 1, 60)) };
            act.grouping = anyValue<Grouping>(r);
            act.ledBy = anyValue<LedBy>(r);
            if (act.ledBy == LedBy::Other || chance(r, 10)) // a name kept while another leader is chosen
                act.ledByName = name(r, { u"Sales director"_s, u"L&D contact"_s, u"Curator"_s });
            act.deliverable = text(r);
            act.benefit = text(r);
            act.assessment = anyValue<Assessment>(r);
            if (!p.moments.isEmpty() && chance(r, 70))
                act.momentId = pick(r, p.moments).id;
            act.offsetDays = between(r, -365, 365);
            if (chance(r, 30)) {
                act.recurrence.unit = anyValue<RecurrenceUnit>(r);
                act.recurrence.interval = chance(r, 10) ? 365 : between(r, 1, 4);
                if (chance(r, 60))
                    act.recurrence.count = chance(r, 10) ? 1000 : between(r, 1, 12);
                if (act.recurrence.count == 0 || chance(r, 20))
                    act.recurrence.until = QDate(2020, 1, 1).addDays(between(r, 0, 3500));
            }
            o.activities.append(act);
        }
        p.objectives.append(o);
    }

    for (int n = between(r, 0, 3); n > 0; --n)
        p.subgroups.append({ newId(), text(r), text(r),
            !p.objectives.isEmpty() && chance(r, 70) ? pick(r, p.objectives).id : Id(0), between(r, 0, 40) });
    for (int n = between(r, 0, 3); n > 0; --n) {
        Role role;
        role.id = newId();
        role.kind = anyValue<RoleKind>(r);
        if (role.kind == RoleKind::Custom || chance(r, 10))
            role.customKind = name(r, { u"Sponsor"_s, u"Buddy lead"_s, u"Coach"_s });
        role.name = text(r);
        role.duties = text(r);
        p.roles.append(role);
    }
    // Leaders by community role, once the roles exist.
    for (Objective &o : p.objectives)
        for (Activity &a : o.activities)
            if (!p.roles.isEmpty() && (a.ledBy == LedBy::Role || chance(r, 10)))
                a.ledByRoleId = pick(r, p.roles).id;

    // Agendas: some of the activities of each moment (sometimes of another moment: an entry
    // the plan skips), with breaks and lunches between them.
    QList<Id> activityIds;
    for (const Objective &o : p.objectives)
        for (const Activity &a : o.activities)
            activityIds.append(a.id);
    for (Moment &m : p.moments) {
        if (!chance(r, 50))
            continue;
        QList<Id> unused = activityIds;
        for (int n = between(r, 0, 5); n > 0; --n) {
            AgendaItem item;
            item.id = newId();
            item.kind = anyValue<AgendaKind>(r);
            if (item.kind == AgendaKind::Activity) {
                if (unused.isEmpty())
                    item.kind = AgendaKind::Break;
                else
                    item.activityId = unused.takeAt(between(r, 0, int(unused.size()) - 1));
            }
            if (item.kind != AgendaKind::Activity) {
                item.title = chance(r, 50) ? QString() : name(r, { u"Coffee"_s, u"Lunch ☕"_s, u"Stretch"_s });
                item.minutes = chance(r, 10) ? 0 : between(r, 5, 90);
            }
            m.agenda.append(item);
        }
    }
    return p;
}

QString mutateProject(Project &p, QRandomGenerator &r)
{
    constexpr int Huge = std::numeric_limits<int>::max();
    QList<Activity *> activities;
    for (Objective &o : p.objectives)
        for (Activity &a : o.activities)
            activities.append(&a);
    Activity *a = activities.isEmpty() ? nullptr : pick(r, activities);

    QList<AgendaItem *> entries;
    for (Moment &m : p.moments)
        for (AgendaItem &e : m.agenda)
            entries.append(&e);
    AgendaItem *entry = entries.isEmpty() ? nullptr : pick(r, entries);

    switch (between(r, 0, 27)) {
    case 0:
        if (!a)
            break;
        a->duration = { between(r, 31, 200), between(r, 0, 30) };
        return u"reversed duration"_s;
    case 1:
        if (!a)
            break;
        a->duration = { Huge, Huge };
        return u"duration of 2147483647 minutes"_s;
    case 2:
        if (!a)
            break;
        a->duration.min = -between(r, 1, 100);
        return u"negative minutes"_s;
    case 3:
        if (!a)
            break;
        a->offsetDays = chance(r, 50) ? std::numeric_limits<int>::min() : between(r, 3651, Huge);
        return u"offset of years"_s;
    case 4:
        if (!a)
            break;
        a->toolId = 999999;
        return u"reference to a tool that does not exist"_s;
    case 5:
        if (!a)
            break;
        a->momentId = 999998;
        return u"reference to a moment that does not exist"_s;
    case 6:
        if (p.subgroups.isEmpty())
            break;
        p.subgroups.first().objectiveId = 999997;
        return u"reference to an objective that does not exist"_s;
    case 7:
        p.info.mutedRules += p.info.mutedRules.isEmpty() ? QStringList { u"tool-retired"_s, u"tool-retired"_s }
                                                         : QStringList { p.info.mutedRules.first() };
        return u"a muted rule twice"_s;
    case 8:
        if (activities.size() < 2)
            break;
        activities.last()->id = activities.first()->id;
        return u"two activities with one id"_s;
    case 9:
        if (p.tools.isEmpty())
            break;
        p.tools.last().id = chance(r, 50) ? 0 : -5;
        return u"a tool id that is not positive"_s;
    case 10:
        if (p.moments.isEmpty())
            break;
        p.moments.first().minutes = chance(r, 50) ? -1 : Huge;
        return u"moment minutes out of range"_s;
    case 11:
        if (p.moments.isEmpty())
            break;
        p.moments.first().start = QDateTime(QDate(chance(r, 50) ? 1 : 20000, 1, 1), QTime(9, 0));
        return u"a moment in year 1 or 20000"_s;
    case 12:
        p.info.maxTools = chance(r, 50) ? 0 : Huge;
        return u"tool limit out of range"_s;
    case 13:
        if (p.subgroups.isEmpty())
            break;
        p.subgroups.first().members = chance(r, 50) ? -3 : Huge;
        return u"members out of range"_s;
    case 14:
        p.info.title += QChar(0xD800);
        return u"a lone surrogate"_s;
    case 15:
        if (!a)
            break;
        a->phase = static_cast<Phase>(9);
        return u"an unknown phase"_s;
    case 16:
        if (p.objectives.isEmpty())
            break;
        p.objectives.last().id = std::numeric_limits<Id>::max();
        return u"an id at the end of the 64-bit range"_s;
    case 17:
        if (!p.moments.isEmpty())
            p.moments.first().start = QDateTime(QDate(2027, 3, 4), QTime(9, 30, 45, 500));
        return u"a start with seconds"_s;
    case 18:
        if (!a)
            break;
        a->recurrence = { RecurrenceUnit::Weeks, chance(r, 50) ? 0 : between(r, 366, Huge), 1, {} };
        return u"a recurrence interval out of range"_s;
    case 19:
        if (!a)
            break;
        a->recurrence = { RecurrenceUnit::Days, 1, chance(r, 50) ? -1 : between(r, 1001, Huge), {} };
        return u"a recurrence count out of range"_s;
    case 20:
        if (!a)
            break;
        a->recurrence = { RecurrenceUnit::Weeks, 1, 0, {} };
        return u"a recurrence without count or end"_s;
    case 21:
        if (!a)
            break;
        a->ledByRoleId = 999996;
        return u"a leading role that does not exist"_s;
    case 22:
        if (!entry)
            break;
        entry->kind = AgendaKind::Activity;
        entry->activityId = 999995;
        return u"an agenda entry of an activity that does not exist"_s;
    case 23:
        if (!entry || !a)
            break;
        entry->id = a->id;
        return u"an agenda entry with an activity's id"_s;
    case 24:
        if (!entry)
            break;
        entry->minutes = chance(r, 50) ? -1 : Huge;
        return u"agenda minutes out of range"_s;
    case 25:
        if (p.objectives.isEmpty())
            break;
        p.objectives.first().instrument.fileName = chance(r, 50) ? u"../../etc/passwd"_s : u"C:\\rubric.pdf"_s;
        return u"an instrument file name with folders"_s;
    case 26:
        if (p.objectives.isEmpty())
            break;
        p.objectives.first().instrument.fileName = u"huge.bin"_s;
        p.objectives.first().instrument.fileData = QByteArray(16 * 1024 * 1024 + 1, 'x');
        return u"an instrument file of more than 16 MB"_s;
    case 27:
        if (!a || p.tools.isEmpty())
            break;
        a->toolId = p.tools.first().id;
        a->noTool = true;
        return u"no tool, and a tool"_s;
    }
    return u"nothing"_s;
}

} // namespace bw::test
