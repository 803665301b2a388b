// SPDX-License-Identifier: GPL-3.0-or-later
#include "icsexporter.h"

#include "exportprogress.h"
#include "exporttext.h"
#include "model/recurrence.h"
#include "plan/plantext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values.
QString icsText(QStringView text)
{
    QString out;
    const QString clean = cleanText(text);
    out.reserve(clean.size() + 8);
    for (const QChar c : clean) {
        switch (c.unicode()) {
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u';':
            out += u"\\;"_s;
            break;
        case u',':
            out += u"\\,"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

// RFC 5545 §3.1: content lines longer than 75 octets are folded with CRLF and one space.
// Folds fall between UTF-8 sequences, never inside one, so every physical line stays valid
// UTF-8 for readers that decode line by line.
void appendLine(QByteArray &ics, const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    qsizetype pos = 0;
    int limit = 75; // the continuation's leading space counts towards the next line's 75
    while (utf8.size() - pos > limit) {
        qsizetype cut = pos + limit;
        while (cut > pos && (uchar(utf8[cut]) & 0xC0) == 0x80)
            --cut; // step back to the first byte of the sequence that would be split
        ics += utf8.mid(pos, cut - pos);
        ics += "\r\n ";
        pos = cut;
        limit = 74;
    }
    ics += utf8.mid(pos);
    ics += "\r\n";
}

QString dateTimeValue(const QDateTime &dt)
{
    return dt.toString(u"yyyyMMdd'T'HHmmss"_s); // floating local time: no Z, no TZID
}

QString dateValue(const QDate &d)
{
    return d.toString(u"yyyyMMdd"_s);
}

} // namespace

QString IcsExporter::key() const { return u"ics"_s; }
QString IcsExporter::fileSuffix() const { return u"ics"_s; }
QString IcsExporter::label() const
{
    return QCoreApplication::translate("bw::IcsExporter", "Calendar (iCalendar)");
}

QString IcsExporter::write(const plan::Plan &plan, const Project &, const ExportOptions &,
                           QIODevice &out, const ExportControl &control) const
{
    ExportProgress progress(int(plan.schedule.size()), control);
    const plan::Cover &c = plan.cover;
    // Ids are unique inside one project only; the digest of who the plan is for and by makes
    // the UIDs unique across the plans in one calendar, and stays the same between exports.
    const QByteArray digest = QCryptographicHash::hash(
        (c.title + u'\x1f' + c.client + u'\x1f' + c.author).toUtf8(), QCryptographicHash::Sha1);
    const QString uidSuffix = u'-' + QString::fromLatin1(digest.toHex().left(12)) + u"@blendwise";
    // The stamp is the plan's date, so that the same plan exported twice gives the same file.
    const QString stamp = dateValue(c.date) + u"T000000Z";

    QByteArray ics;
    ics.reserve(4096 + plan.schedule.size() * 600);
    appendLine(ics, u"BEGIN:VCALENDAR"_s);
    appendLine(ics, u"VERSION:2.0"_s);
    appendLine(ics, u"PRODID:-//Blendwise//Blendwise " BLENDWISE_VERSION "//EN"_s);
    appendLine(ics, u"CALSCALE:GREGORIAN"_s);
    appendLine(ics, u"METHOD:PUBLISH"_s);
    appendLine(ics, u"X-WR-CALNAME:" + icsText(c.title));

    for (const plan::ScheduleEntry &e : plan.schedule) {
        if (!progress.advance())
            return {};
        // A recurring activity is one event that repeats: its first entry carries the RRULE,
        // the plan's other occurrences are what a calendar expands it to.
        if (e.kind == plan::ScheduleEntry::Kind::Activity && e.occurrences > 1 && !e.recurrence.isSet())
            continue;
        appendLine(ics, u"BEGIN:VEVENT"_s);
        if (e.kind == plan::ScheduleEntry::Kind::Moment) {
            appendLine(ics, u"UID:moment-" + QString::number(e.id) + uidSuffix);
            appendLine(ics, u"DTSTAMP:" + stamp);
            appendLine(ics, u"DTSTART:" + dateTimeValue(e.start));
            appendLine(ics, u"DTEND:" + dateTimeValue(e.end));
            appendLine(ics, u"SUMMARY:" + icsText(e.title));
            if (!e.place.trimmed().isEmpty())
                appendLine(ics, u"LOCATION:" + icsText(e.place));
            QString description = enumLabel(e.mode);
            if (!e.description.isEmpty())
                description += u"\n\n" + e.description;
            appendLine(ics, u"DESCRIPTION:" + icsText(description));
        } else {
            appendLine(ics, u"UID:activity-" + QString::number(e.id) + uidSuffix);
            appendLine(ics, u"DTSTAMP:" + stamp);
            appendLine(ics, u"DTSTART;VALUE=DATE:" + dateValue(e.date));
            appendLine(ics, u"DTEND;VALUE=DATE:" + dateValue(e.date.addDays(1)));
            if (const QString rule = rrule(e.recurrence); !rule.isEmpty())
                appendLine(ics, u"RRULE:" + rule);
            appendLine(ics, u"SUMMARY:" + icsText(QString(e.number + u' ' + e.title)));
            QString description = enumLabel(e.phase);
            if (e.recurrence.isSet())
                description += u'\n' + describeRecurrence(e.recurrence, QLocale(c.language));
            if (!e.toolName.isEmpty())
                description += u'\n' + plan::PlanText::tool() + u": " + e.toolName;
            if (!e.description.trimmed().isEmpty())
                description += u"\n\n" + e.description;
            appendLine(ics, u"DESCRIPTION:" + icsText(description));
            // An assignment due that day should not show the learner as busy.
            appendLine(ics, u"TRANSP:TRANSPARENT"_s);
        }
        appendLine(ics, u"END:VEVENT"_s);
    }
    appendLine(ics, u"END:VCALENDAR"_s);

    if (out.write(ics) != ics.size())
        return out.errorString();
    return {};
}

} // namespace bw
