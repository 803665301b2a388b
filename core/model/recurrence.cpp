// SPDX-License-Identifier: GPL-3.0-or-later
#include "recurrence.h"

#include "i18n/plantranslator.h"
#include "projectvalidation.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

struct RecurrenceText {
    BW_PLAN_TR_FUNCTIONS(bw::Recurrence)
};

int stepDays(const Recurrence &r)
{
    const int interval = std::clamp(r.interval, 1, 3650);
    return r.unit == RecurrenceUnit::Weeks ? interval * 7 : interval;
}

} // namespace

QList<QDate> occurrences(const Recurrence &recurrence, const QDate &first)
{
    if (!first.isValid())
        return {};
    if (!recurrence.isSet())
        return { first };
    const int step = stepDays(recurrence);
    QList<QDate> out;
    QDate d = first;
    const int count = recurrence.count > 0 ? std::min(recurrence.count, MaxOccurrences) : MaxOccurrences;
    while (out.size() < count) {
        if (recurrence.count <= 0 && (!recurrence.until.isValid() || d > recurrence.until))
            break;
        out.append(d);
        d = d.addDays(step);
    }
    if (out.isEmpty())
        out.append(first); // an until date before the first occurrence: it still happens once
    return out;
}

int occurrenceCount(const Recurrence &recurrence, const QDate &first)
{
    if (!recurrence.isSet())
        return 1;
    if (recurrence.count > 0)
        return std::min(recurrence.count, MaxOccurrences);
    if (!first.isValid() || !recurrence.until.isValid())
        return 1;
    return int(occurrences(recurrence, first).size());
}

QDate activityDate(const Project &project, const Activity &activity)
{
    const Moment *m = project.moment(activity.momentId);
    if (!m || !m->start.isValid())
        return {};
    if (activity.phase == Phase::InClass)
        return m->start.date();
    const int offset = std::clamp(activity.offsetDays, -Limits::MaxOffsetDays, Limits::MaxOffsetDays);
    return m->start.date().addDays(offset);
}

double workloadMinutes(const Activity &activity, const QDate &first)
{
    return activity.duration.typical() * occurrenceCount(activity.recurrence, first);
}

QString rrule(const Recurrence &recurrence)
{
    if (!recurrence.isSet())
        return {};
    QString out = recurrence.unit == RecurrenceUnit::Weeks ? u"FREQ=WEEKLY"_s : u"FREQ=DAILY"_s;
    out += u";INTERVAL="_s + QString::number(std::clamp(recurrence.interval, 1, 3650));
    if (recurrence.count > 0)
        out += u";COUNT="_s + QString::number(std::min(recurrence.count, MaxOccurrences));
    else if (recurrence.until.isValid())
        out += u";UNTIL="_s + recurrence.until.toString(u"yyyyMMdd"_s);
    return out;
}

QString describeRecurrence(const Recurrence &recurrence, const QLocale &locale)
{
    if (!recurrence.isSet())
        return {};
    // Spelled out rather than "%n week(s)" so that the untranslated English reads right too.
    const int n = std::clamp(recurrence.interval, 1, 3650);
    QString every;
    if (recurrence.unit == RecurrenceUnit::Weeks)
        every = n == 1 ? RecurrenceText::tr("every week") : RecurrenceText::tr("every %1 weeks").arg(n);
    else
        every = n == 1 ? RecurrenceText::tr("every day") : RecurrenceText::tr("every %1 days").arg(n);
    if (recurrence.count == 1)
        return RecurrenceText::tr("%1, once").arg(every);
    if (recurrence.count > 1)
        return RecurrenceText::tr("%1, %2 times").arg(every).arg(std::min(recurrence.count, MaxOccurrences));
    if (recurrence.until.isValid())
        return RecurrenceText::tr("%1 until %2").arg(every, locale.toString(recurrence.until, u"d MMMM yyyy"_s));
    return every;
}

} // namespace bw
