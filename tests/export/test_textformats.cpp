// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkers.h"
#include "exporttestsupport.h"
#include "inductionproject.h"
#include "interchange/jsoninterchange.h"
#include "plan/planmodel.h"
#include "plan/plantext.h"
#include "qtprint.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace bw;
using exporttest::render;

namespace {

const QStringList textFormats{u"html"_s, u"md"_s, u"csv"_s, u"ics"_s, u"json"_s};

ExportOptions goldenOptions()
{
    ExportOptions o;
    o.date = QDate(2027, 1, 15);
    // The design review is left out so that rewording an advisor message does not change
    // every golden file; the review has its own tests.
    o.clientVersion = true;
    return o;
}

// Parses the file with Debian's python3-icalendar; an empty string when it parsed, the reason
// otherwise; nullopt when python3-icalendar is not installed.
std::optional<QString> icalendarParse(const QString &path)
{
    // Debian's module, with Debian's interpreter: another python3 in PATH would not have it.
    const QString python = QString::fromLatin1(test::systemPython());
    QProcess probe;
    probe.start(python, {u"-c"_s, u"import icalendar"_s});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return std::nullopt;
    QProcess p;
    p.start(python, {u"-c"_s,
                     u"import icalendar,sys; "
                     "c=icalendar.Calendar.from_ical(open(sys.argv[1],'rb').read()); "
                     "print(len(c.walk('VEVENT')))"_s,
                     path});
    p.waitForFinished(60000);
    if (p.exitCode() != 0)
        return QString::fromUtf8(p.readAllStandardError());
    return QString();
}

// Every event of the file as python3-icalendar reads it, its RRULE expanded by dateutil: one
// line "activity-12 2027-03-18 2027-03-25 …" per event (the UID up to its second dash, then
// the dates it happens on). nullopt when python3-icalendar is not installed; the error text
// in `error` when the file does not parse.
std::optional<QStringList> icalendarEvents(const QString &path, QString *error)
{
    const QString python = QString::fromLatin1(test::systemPython());
    QProcess probe;
    probe.start(python, { u"-c"_s, u"import icalendar, dateutil.rrule"_s });
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return std::nullopt;
    static const char *const script = R"(
import datetime, sys
import icalendar
from dateutil.rrule import rrulestr
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for ev in cal.walk('VEVENT'):
    start = ev.decoded('DTSTART')
    day = start.date() if isinstance(start, datetime.datetime) else start
    dates = [day]
    if 'RRULE' in ev:
        first = datetime.datetime.combine(day, datetime.time())
        dates = [d.date() for d in rrulestr(ev.get('RRULE').to_ical().decode(), dtstart=first)]
    uid = '-'.join(str(ev.get('UID')).split('-')[:2])
    print(uid, ' '.join(d.isoformat() for d in dates))
)";
    QProcess p;
    p.start(python, { u"-c"_s, QString::fromUtf8(script), path });
    p.waitForFinished(60000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return QStringList();
    }
    return QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

// The events the plan's schedule makes: one per moment, one per activity (a recurring one
// once, with all its dates), as icalendarEvents() prints them, sorted.
QStringList expectedEvents(const plan::Plan &plan)
{
    QMap<QString, QStringList> dates;
    for (const plan::ScheduleEntry &e : plan.schedule)
        dates[(e.kind == plan::ScheduleEntry::Kind::Moment ? u"moment-"_s : u"activity-"_s) + QString::number(e.id)]
            .append(e.date.toString(Qt::ISODate));
    QStringList out;
    for (auto it = dates.cbegin(); it != dates.cend(); ++it)
        out.append(it.key() + u' ' + it.value().join(u' '));
    return out;
}

QString lineValue(const QStringList &lines, const QString &prefix)
{
    for (const QString &l : lines)
        if (l.startsWith(prefix))
            return l.mid(prefix.size());
    return {};
}

} // namespace

TEST_CASE("Every text format renders both templates", "[export]")
{
    for (const QString &name : {u"it-risk"_s, u"pm-initiative"_s}) {
        const Project project = exporttest::templ(name);
        for (const QString &format : textFormats) {
            INFO(QString(name + u" as " + format).toStdString());
            const QByteArray bytes = render(project, format);
            REQUIRE(bytes.size() > 500);
            REQUIRE(QStringDecoder(QStringDecoder::Utf8).decode(bytes).data.size() > 0);
            if (format != u"csv" && format != u"ics") {
                // Titles are plain text in these formats; JSON escapes nothing in them either.
                CHECK(QString::fromUtf8(bytes).contains(project.info.title));
            }
        }
    }
}

TEST_CASE("Golden files: it-risk as HTML, Markdown, CSV and iCalendar", "[export][golden]")
{
    // Regenerate after an intended change with BLENDWISE_UPDATE_GOLDEN=1, then review the diff.
    const bool update = qEnvironmentVariableIntValue("BLENDWISE_UPDATE_GOLDEN") == 1;
    const Project project = exporttest::templ(u"it-risk"_s);
    for (const QString &format : {u"html"_s, u"md"_s, u"csv"_s, u"ics"_s}) {
        INFO(format.toStdString());
        const QByteArray bytes = render(project, format, goldenOptions());
        QFile golden(QStringLiteral(BLENDWISE_TEST_DATA "/golden/it-risk.") + format);
        if (update) {
            REQUIRE(golden.open(QIODevice::WriteOnly));
            golden.write(bytes);
            continue;
        }
        REQUIRE(golden.open(QIODevice::ReadOnly));
        const QByteArray expected = golden.readAll();
        if (bytes != expected) {
            // Show the first differing line rather than two whole documents.
            const auto a = bytes.split('\n'), b = expected.split('\n');
            for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
                INFO("line " << i + 1);
                REQUIRE(a[i] == b[i]);
            }
        }
        CHECK(bytes == expected);
    }
}

TEST_CASE("CSV parses back: one record per activity with every field", "[export][csv]")
{
    for (const QString &name : {u"it-risk"_s, u"pm-initiative"_s}) {
        INFO(name.toStdString());
        const Project project = exporttest::templ(name);
        const plan::Plan plan = plan::buildPlan(project, {});
        const QByteArray csv = render(project, u"csv"_s);
        CHECK_FALSE(csv.startsWith("\xEF\xBB\xBF"));
        QString error;
        const auto records = exporttest::parseCsv(csv, &error);
        INFO(error.toStdString());
        REQUIRE(records.has_value());
        REQUIRE(records->size() == project.activityCount() + 1);
        const QStringList header = plan::PlanText::activityColumns() << plan::PlanText::keyColumn();
        CHECK(records->first() == header);
        for (qsizetype i = 1; i < records->size(); ++i) {
            const QStringList &rec = records->at(i);
            const plan::ActivityRow &row = plan.activities[i - 1];
            REQUIRE(rec.size() == header.size());
            CHECK(rec[0] == QString::number(row.objectiveNumber));
            CHECK(rec[1] == row.objectiveStatement);
            CHECK(rec[2] == row.number);
            CHECK(rec[3] == row.title);
            CHECK(rec[4] == QString(row.instructions).replace(u"\n"_s, u"\r\n"_s));
            CHECK(rec[7] == row.toolText);
            CHECK(rec[8] == plan::formatDuration(row.duration));
            CHECK(rec[10] == row.ledByText);
            CHECK(rec[14] == row.momentName);
            CHECK(rec[16] == (row.due.isValid() ? row.due.toString(Qt::ISODate) : QString()));
            CHECK(rec[17] == row.recurrenceText);
            CHECK(rec[18] == plan::formatMinutes(row.minutes));
            CHECK(rec[19] == QString::number(row.activityId));
        }
    }
    ExportOptions bom;
    bom.csvBom = true;
    CHECK(render(exporttest::templ(u"it-risk"_s), u"csv"_s, bom).startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("iCalendar: RFC 5545 structure, folding and a real parser", "[export][ics]")
{
    for (const QString &name : {u"it-risk"_s, u"pm-initiative"_s}) {
        INFO(name.toStdString());
        const Project project = exporttest::templ(name);
        const plan::Plan plan = plan::buildPlan(project, {});
        const QByteArray ics = render(project, u"ics"_s);
        CHECK(ics.endsWith("END:VCALENDAR\r\n"));
        for (const QByteArray &line : ics.split('\n')) {
            if (line.isEmpty())
                continue;
            REQUIRE(line.endsWith('\r')); // CRLF only, never a bare LF
            CHECK(line.size() - 1 <= 75); // octets, without the CRLF
            auto decoder = QStringDecoder(QStringDecoder::Utf8);
            (void)decoder.decode(line);
            CHECK_FALSE(decoder.hasError()); // folds never split a UTF-8 sequence
        }
        const QStringList lines = exporttest::unfoldIcs(ics);
        CHECK(lines.first() == u"BEGIN:VCALENDAR"_s);
        CHECK(lines.contains(u"VERSION:2.0"_s));
        CHECK(lines.contains(u"CALSCALE:GREGORIAN"_s));
        CHECK(lineValue(lines, u"PRODID:"_s).startsWith(u"-//Blendwise//"_s));
        CHECK(lines.count(u"BEGIN:VEVENT"_s) == expectedEvents(plan).size());
        const Moment &m = project.moments.first();
        CHECK(lines.contains(u"DTSTART:"_s + m.start.toString(u"yyyyMMdd'T'HHmmss"_s)));
        // Stable UIDs: the same export twice gives the same file.
        CHECK(render(project, u"ics"_s) == ics);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"plan.ics"_s);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(ics);
        f.close();
        const auto parsed = icalendarParse(path);
        if (!parsed) {
            test::checkerMissing("python3-icalendar for /usr/bin/python3", "python3-icalendar");
        } else {
            INFO(parsed->toStdString());
            CHECK(parsed->isEmpty());
        }
    }
}

TEST_CASE(
    "iCalendar: a recurring activity is one event whose RRULE expands to the plan's dates", "[export][ics][recurrence]")
{
    exporttest::Induction ind = exporttest::inductionProject();
    // An in-class activity that repeats too: its first time is part of day 2, the event that
    // repeats starts with the second.
    Activity *rolePlay = nullptr;
    for (Objective &o : ind.project.objectives)
        for (Activity &a : o.activities)
            if (a.id == ind.rolePlay)
                rolePlay = &a;
    REQUIRE(rolePlay != nullptr);
    rolePlay->recurrence = Recurrence { RecurrenceUnit::Weeks, 1, 3, {} };

    const plan::Plan plan = plan::buildPlan(ind.project, {});
    const QByteArray ics = render(ind.project, u"ics"_s);
    const QStringList lines = exporttest::unfoldIcs(ics);
    const auto uids = lines.filter(QRegularExpression(u"^UID:activity-"_s + QString::number(ind.news) + u"-"));
    CHECK(uids.size() == 1); // one event, not eight
    CHECK(lines.contains(u"RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=8"_s));
    CHECK(lines.contains(u"RRULE:FREQ=DAILY;INTERVAL=2;UNTIL=20270306"_s));
    CHECK(lines.contains(u"RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=2"_s)); // the role-play after day 2
    CHECK(lines.count(u"BEGIN:VEVENT"_s) == expectedEvents(plan).size());
    // The moment's description is its timed running order.
    const QString day1
        = exporttest::unescapeIcsText(lineValue(lines, u"DESCRIPTION:"_s + enumLabel(MomentMode::FaceToFace)));
    CHECK(day1.contains(plan::PlanText::formatTime(QTime(10, 30), plan.cover.language) + u"  Coffee"));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"induction.ics"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(ics);
    f.close();
    QString error;
    const auto events = icalendarEvents(path, &error);
    if (!events) {
        test::checkerMissing("python3-icalendar and python3-dateutil for /usr/bin/python3", "python3-icalendar");
    } else {
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        QStringList sorted = *events;
        sorted.sort();
        QStringList expected = expectedEvents(plan);
        expected.sort();
        CHECK(sorted == expected);
        const QString news = u"activity-"_s + QString::number(ind.news) + u' ';
        const auto line
            = std::find_if(sorted.cbegin(), sorted.cend(), [&](const QString &l) { return l.startsWith(news); });
        REQUIRE(line != sorted.cend());
        CHECK(line->split(u' ').size() == 1 + 8);
    }
}

TEST_CASE("HTML and Markdown render the day agendas, occurrences, instruments and attachments", "[export][agenda]")
{
    const exporttest::Induction ind = exporttest::inductionProject();
    const plan::Plan plan = plan::buildPlan(ind.project, {});
    const QString lang = plan.cover.language;
    const QString nineToQuarterPast
        = plan::PlanText::formatTime(QTime(9, 0), lang) + u"–" + plan::PlanText::formatTime(QTime(10, 15), lang);
    for (const QString &format : { u"html"_s, u"md"_s }) {
        INFO(format.toStdString());
        const QString text = QString::fromUtf8(render(ind.project, format));
        CHECK(text.contains(nineToQuarterPast));
        CHECK(text.contains(u"Coffee"_s));
        CHECK(text.contains(u"255 of 240 minutes planned"_s));
        CHECK(text.contains(u"(3 of 8)"_s));
        CHECK(text.contains(u"Every week, 8 times"_s));
        CHECK(text.contains(u"Pitch rubric"_s));
        CHECK(text.contains(u"pitch-rubric.pdf"_s));
        CHECK(text.contains(u"Attached documents"_s));
        CHECK(text.contains(u"No tool — in the room"_s));
        CHECK(text.contains(u"Sales buddy"_s));
        CHECK(text.contains(u"Sponsor"_s));
    }
}

TEST_CASE("Folding keeps long multi-byte text intact", "[export][ics]")
{
    Project project = exporttest::templ(u"it-risk"_s);
    auto &a = project.objectives[0].activities[0];
    a.title = QString(40, QChar(0x00E9)) + u"😀😀😀" + QString(30, u'x') + u"שלום";
    const QByteArray ics = render(project, u"ics"_s);
    const QStringList lines = exporttest::unfoldIcs(ics);
    const QString summary = lineValue(lines, u"SUMMARY:1.1 "_s);
    CHECK(summary == a.title);
}

TEST_CASE("User text with markup, controls, RTL and emoji stays text in every format",
          "[export][escaping]")
{
    const Project project = exporttest::hostileProject();
    const QString clean = exporttest::hostileTextClean();

    SECTION("HTML")
    {
        const QString html = QString::fromUtf8(render(project, u"html"_s));
        CHECK_FALSE(html.contains(u"<script"_s, Qt::CaseInsensitive));
        CHECK_FALSE(html.contains(u"]]>"_s));
        CHECK(html.contains(u"&lt;script&gt;alert(&quot;x &amp; y&quot;)&lt;/script&gt; ]]&gt; "
                            "&amp;amp; 'single' &quot;double&quot;"_s));
        CHECK(html.contains(u"שלום עולם 😀 مرحبا"_s));
        CHECK(html.contains(u"dir=\"auto\""_s)); // each text block picks its own direction
        for (char c : {'\x01', '\x07', '\x1b', '\r'})
            CHECK_FALSE(html.contains(QLatin1Char(c)));
        // The footer sits in a CSS string: it must not be able to end the style sheet.
        const qsizetype styleEnd = html.indexOf(u"</style>"_s);
        CHECK(html.indexOf(u"</style>"_s, styleEnd + 1) < 0);
    }
    SECTION("Markdown")
    {
        const QString md = QString::fromUtf8(render(project, u"md"_s));
        static const QRegularExpression rawTag(u"(^|[^\\\\])<(script|/script)"_s);
        CHECK_FALSE(rawTag.match(md).hasMatch());
        CHECK(md.contains(u"\\<script\\>alert(\"x \\& y\")\\</script\\>"_s));
        CHECK(md.contains(u"שלום עולם 😀 مرحبا"_s));
        // No user text opens a table cell: every row of a table has as many unescaped
        // separators as its header.
        static const QRegularExpression separator(u"(?<!\\\\)\\|"_s);
        int columns = -1;
        for (const QString &line : md.split(u'\n')) {
            if (!line.startsWith(u'|')) {
                columns = -1;
                continue;
            }
            const int n = int(line.count(separator));
            if (columns < 0)
                columns = n;
            INFO(line.toStdString());
            CHECK(n == columns);
        }
        // Nor starts a list, heading or link: the hostile title line is fully escaped.
        CHECK(md.contains(u"# \\<script\\>"_s));
        CHECK(md.contains(u"\\[link\\](http://x) \\# hash<br>\\- dash 1. one"_s));
    }
    SECTION("CSV")
    {
        QString error;
        const auto records = exporttest::parseCsv(render(project, u"csv"_s), &error);
        INFO(error.toStdString());
        REQUIRE(records.has_value());
        CHECK(records->at(1).at(3) == QString(clean).replace(u"\n"_s, u"\r\n"_s));
        CHECK(records->at(1).at(1) == QString(clean).replace(u"\n"_s, u"\r\n"_s));
        CHECK(records->size() == project.activityCount() + 1);
    }
    SECTION("iCalendar")
    {
        const QByteArray ics = render(project, u"ics"_s);
        const QStringList lines = exporttest::unfoldIcs(ics);
        CHECK(exporttest::unescapeIcsText(lineValue(lines, u"SUMMARY:1.1 "_s)) == clean);
        CHECK(exporttest::unescapeIcsText(lineValue(lines, u"LOCATION:"_s)) == clean);
        CHECK(exporttest::unescapeIcsText(lineValue(lines, u"X-WR-CALNAME:"_s)) == clean);
        for (const QString &l : lines) {
            // Separators inside values are escaped: no property gains parameters or values.
            if (l.startsWith(u"SUMMARY:"_s) || l.startsWith(u"LOCATION:"_s))
                CHECK_FALSE(l.contains(QRegularExpression(u"(?<!\\\\)[;,]"_s)));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hostile.ics"_s);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(ics);
        f.close();
        if (const auto parsed = icalendarParse(path)) {
            INFO(parsed->toStdString());
            CHECK(parsed->isEmpty());
        }
    }
    SECTION("JSON")
    {
        const auto back = projectFromJson(render(project, u"json"_s));
        INFO(back.error.toStdString());
        REQUIRE(back.project.has_value());
        CHECK(back.project->info.title == project.info.title);
        CHECK(back.project->objectives[0].activities[0].title
              == project.objectives[0].activities[0].title);
    }
}

TEST_CASE("Sections, client version and paper size reach the text formats", "[export][options]")
{
    const Project project = exporttest::templ(u"it-risk"_s);
    ExportOptions only;
    only.sections = {u"tools"_s};
    const QString html = QString::fromUtf8(render(project, u"html"_s, only));
    CHECK(html.contains(u"<section class=\"plan-section\" id=\"tools\">"_s));
    CHECK_FALSE(html.contains(u"id=\"sequences\""_s));
    CHECK_FALSE(html.contains(u"class=\"cover\""_s));
    const QString md = QString::fromUtf8(render(project, u"md"_s, only));
    CHECK(md.contains(u"\n## Tools\n"_s));
    CHECK_FALSE(md.contains(u"\n## Learning sequences\n"_s));

    CHECK(QString::fromUtf8(render(project, u"html"_s)).contains(u"id=\"review\""_s));
    ExportOptions client;
    client.clientVersion = true;
    CHECK_FALSE(QString::fromUtf8(render(project, u"html"_s, client)).contains(u"id=\"review\""_s));
    CHECK_FALSE(QString::fromUtf8(render(project, u"md"_s, client)).contains(u"## Design review"_s));

    ExportOptions letter;
    letter.paper = ExportOptions::Paper::Letter;
    CHECK(QString::fromUtf8(render(project, u"html"_s, letter)).contains(u"@page{size:letter;"_s));
    CHECK(QString::fromUtf8(render(project, u"html"_s)).contains(u"@page{size:A4;"_s));
}

TEST_CASE("HTML is one self-contained file with an SVG chart and the logo inline", "[export][html]")
{
    Project project = exporttest::templ(u"it-risk"_s);
    project.info.brand.logo = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    const QString html = QString::fromUtf8(render(project, u"html"_s));
    CHECK(html.contains(u"<img class=\"logo\" alt=\"\" src=\"data:image/png;base64,"_s));
    CHECK(html.count(u"<svg "_s) == 1);
    CHECK(html.contains(u"<thead>"_s));
    CHECK(html.contains(u"@media print"_s));
    CHECK(html.contains(u"break-before:page"_s));
    // Nothing is fetched from elsewhere.
    CHECK_FALSE(html.contains(u"<link"_s));
    CHECK_FALSE(html.contains(u"src=\"http"_s));
    CHECK_FALSE(html.contains(u"@import"_s));
}

TEST_CASE("The export service refuses bad options and never leaves a partial file", "[export]")
{
    const Project project = exporttest::templ(u"it-risk"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.html"_s);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("previous export");
    }
    ExportOptions bad;
    bad.format = u"html"_s;
    bad.sections = {u"appendix"_s};
    CHECK(exportProject(project, bad, path).error.contains(u"appendix"_s));
    bad = {};
    bad.format = u"docm"_s;
    CHECK(exportProject(project, bad, path).error.contains(u"docm"_s));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "previous export");
    f.close();

    ExportOptions ok;
    ok.format = u"html"_s;
    CHECK(exportProject(project, ok, path).ok());
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().startsWith("<!DOCTYPE html>"));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{u"plan.html"_s});

    CHECK(exportProject(project, ok, dir.filePath(u"missing/plan.html"_s)).failed());
    for (const QString &format : textFormats)
        CHECK(exportFormats().contains(format));
}
