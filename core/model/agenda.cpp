// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda.h"

#include "projectvalidation.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace bw {

namespace {

int slotMinutes(const Duration &d)
{
    return std::clamp(d.max, 0, Limits::MaxMinutes);
}

} // namespace

MomentAgenda resolveAgenda(const Project &project, const Moment &moment)
{
    MomentAgenda out;
    out.momentId = moment.id;
    out.momentMinutes = std::max(0, moment.minutes);

    // The moment's in-class activities, in learning order.
    QList<const Activity *> members;
    QHash<Id, const Activity *> byId;
    for (const Objective &o : project.objectives)
        for (const Activity &a : o.activities)
            if (a.momentId == moment.id && a.phase == Phase::InClass) {
                members.append(&a);
                byId.insert(a.id, &a);
            }

    auto append = [&out](AgendaSlot slot) {
        slot.offset = out.plannedMinutes;
        out.plannedMinutes += slot.minutes;
        if (slot.kind == AgendaKind::Activity)
            out.activityMinutes += slot.minutes;
        out.entries.append(std::move(slot));
    };
    auto activitySlot = [](const Activity &a, Id itemId) {
        AgendaSlot s;
        s.kind = AgendaKind::Activity;
        s.itemId = itemId;
        s.activityId = a.id;
        s.title = a.title;
        s.minutes = slotMinutes(a.duration);
        s.estimated = a.duration.isSet();
        return s;
    };

    QSet<Id> placed;
    for (const AgendaItem &item : moment.agenda) {
        if (item.kind == AgendaKind::Activity) {
            const Activity *a = byId.value(item.activityId);
            if (!a || placed.contains(a->id))
                continue; // left the moment, left class time, or named twice
            placed.insert(a->id);
            append(activitySlot(*a, item.id));
        } else {
            AgendaSlot s;
            s.kind = item.kind;
            s.itemId = item.id;
            s.title = item.title;
            s.minutes = std::clamp(item.minutes, 0, Limits::MaxMinutes);
            append(std::move(s));
        }
    }
    for (const Activity *a : std::as_const(members))
        if (!placed.contains(a->id))
            append(activitySlot(*a, 0));

    if (moment.start.isValid())
        for (AgendaSlot &s : out.entries) {
            s.start = moment.start.addSecs(qint64(s.offset) * 60);
            s.end = s.start.addSecs(qint64(s.minutes) * 60);
        }
    return out;
}

QList<AgendaItem> agendaItems(const MomentAgenda &resolved, const std::function<Id()> &newId)
{
    QList<AgendaItem> out;
    out.reserve(resolved.entries.size());
    for (const AgendaSlot &s : resolved.entries) {
        AgendaItem item;
        item.id = s.itemId != 0 ? s.itemId : newId();
        item.kind = s.kind;
        if (s.kind == AgendaKind::Activity) {
            item.activityId = s.activityId;
        } else {
            item.title = s.title;
            item.minutes = s.minutes;
        }
        out.append(item);
    }
    return out;
}

Moment proposeNextMoment(const QList<Moment> &moments, const QDate &today)
{
    auto workingDay = [](QDate d) {
        while (d.dayOfWeek() > 5)
            d = d.addDays(1);
        return d;
    };
    Moment m;
    const Moment *previous = nullptr;
    for (const Moment &x : moments) // the latest dated moment, else the last one
        if (x.start.isValid() && (!previous || !previous->start.isValid() || x.start > previous->start))
            previous = &x;
    if (!previous && !moments.isEmpty())
        previous = &moments.last();

    if (previous && previous->start.isValid()) {
        m.start = QDateTime(workingDay(previous->start.date().addDays(1)), previous->start.time());
        m.minutes = previous->minutes > 0 ? previous->minutes : 420;
        m.mode = previous->mode;
        m.place = previous->place;
    } else {
        m.start = QDateTime(workingDay(today.addDays(1)), QTime(9, 0));
        m.minutes = previous && previous->minutes > 0 ? previous->minutes : 420;
        if (previous) {
            m.mode = previous->mode;
            m.place = previous->place;
        }
    }
    return m;
}

} // namespace bw
