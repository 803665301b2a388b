// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX export as python3-openpyxl and LibreOffice Calc read it: the Activities sheet (the CSV
// export's columns, typed cells, frozen header, filters, drop-down lists), the Blend sheet and
// the Schedule sheet (day agendas, occurrences of recurring activities).
#include "test_office_support.h"

#include "checkers.h"
#include "export/docxexporter.h"
#include "export/exportservice.h"
#include "export/xlsxexporter.h"
#include "exporttestsupport.h"
#include "i18n/plantranslator.h"
#include "inductionproject.h"
#include "largeproject.h"
#include "plan/plantext.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace officetest;

namespace {

// Reads every sheet of the workbook with openpyxl: cell values (dates and times tagged), the
// frozen pane, the filter range, the data validations, whether the sheet is shown.
const char *const ReadWorkbook = R"PY(
import datetime, json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
def value(v):
    if isinstance(v, datetime.datetime):
        return {"date": v.date().isoformat(), "time": v.strftime("%H:%M")}
    if isinstance(v, datetime.time):
        return {"time": v.strftime("%H:%M")}
    if isinstance(v, datetime.date):
        return {"date": v.isoformat()}
    return v
sheets = []
for ws in wb.worksheets:
    sheets.append({
        "title": ws.title,
        "state": ws.sheet_state,
        "rows": [[value(c) for c in row] for row in ws.iter_rows(values_only=True)],
        "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "validations": [{"sqref": str(dv.sqref), "type": dv.type, "formula": dv.formula1}
                        for dv in ws.data_validations.dataValidation],
        "wrapped": [c.coordinate for row in ws.iter_rows() for c in row
                    if c.value is not None and c.alignment is not None and c.alignment.wrap_text],
        "widths": {k: d.width for k, d in ws.column_dimensions.items()},
        "heights": {str(k): d.height for k, d in ws.row_dimensions.items() if d.height},
    })
json.dump({"sheets": sheets, "title": wb.properties.title}, sys.stdout)
)PY";

bool openpyxlInstalled()
{
    QProcess p;
    p.start(QString::fromLatin1(test::systemPython()), { u"-c"_s, u"import openpyxl"_s });
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// The workbook as openpyxl reads it; an empty object (and a failed check) when it cannot.
QJsonObject readWorkbook(const QByteArray &xlsx)
{
    const QString path = writeTemp(xlsx, u"xlsx"_s);
    QProcess p;
    p.start(QString::fromLatin1(test::systemPython()), { u"-c"_s, QString::fromUtf8(ReadWorkbook), path });
    REQUIRE(p.waitForFinished(120000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonObject sheet(const QJsonObject &book, int index)
{
    const QJsonArray sheets = book.value(u"sheets"_s).toArray();
    REQUIRE(index < sheets.size());
    return sheets[index].toObject();
}

QJsonArray rows(const QJsonObject &sheet)
{
    return sheet.value(u"rows"_s).toArray();
}

QStringList texts(const QJsonArray &row)
{
    QStringList out;
    for (const QJsonValue &v : row)
        out.append(v.isString() ? v.toString() : QString());
    return out;
}

// The validation of a column's cells from row 2 down ("F2:F1048576"), or an empty object.
QJsonObject validationOf(const QJsonObject &sheet, const QString &column)
{
    for (const QJsonValue &v : sheet.value(u"validations"_s).toArray())
        if (v.toObject().value(u"sqref"_s).toString() == column + u"2:"_s + column + u"1048576"_s)
            return v.toObject();
    return {};
}

// The drop-down's values: the inline list "a,b,c" (quoted, as the file stores it).
QStringList listValues(const QJsonObject &validation)
{
    QString formula = validation.value(u"formula"_s).toString();
    if (formula.startsWith(u'"') && formula.endsWith(u'"'))
        formula = formula.mid(1, formula.size() - 2);
    return formula.split(u',');
}

bw::plan::Plan planOf(const bw::Project &project)
{
    bw::plan::PlanOptions options;
    options.date = QDate(2027, 3, 1); // as officetest::render() builds it
    return bw::plan::buildPlan(project, options);
}

// Column letter of a 0-based column below 26.
QString letter(int column)
{
    return QString(QChar(u'A' + column));
}

} // namespace

TEST_CASE("XLSX of the it-risk template: every activity field, typed, filtered, with drop-down lists", "[xlsx]")
{
    const bw::Project project = exporttest::templ(u"it-risk"_s);
    const QByteArray xlsx = render(bw::XlsxExporter(), project);
    REQUIRE(xlsx.startsWith("PK\x03\x04"));
    CHECK(zipEntries(xlsx).contains(u"xl/workbook.xml"_s));
    // The same plan gives the same bytes: the plan's date is the workbook's, the entries' 1980.
    CHECK(render(bw::XlsxExporter(), project) == xlsx);
    // libxlsxwriter's ZIP functions and QuaZip's share their names: each keeps its own, whichever
    // writes first (a DOCX is written through QuaZip).
    const QByteArray docx = render(bw::DocxExporter(), project);
    CHECK(zipEntries(docx).contains(u"word/document.xml"_s));
    CHECK(render(bw::XlsxExporter(), project) == xlsx);
    if (!openpyxlInstalled() && test::checkerMissing("python3 with openpyxl", "python3-openpyxl"))
        return;
    const bw::plan::Plan plan = planOf(project);
    REQUIRE(plan.activities.size() > 5);
    const QJsonObject book = readWorkbook(xlsx);
    CHECK(book.value(u"title"_s).toString() == plan.cover.title);
    const QJsonArray sheets = book.value(u"sheets"_s).toArray();
    REQUIRE(sheets.size() == 3); // English labels fit inline lists: no hidden lists sheet
    CHECK(sheet(book, 0).value(u"title"_s).toString() == u"Activities"_s);
    CHECK(sheet(book, 1).value(u"title"_s).toString() == u"The blend at a glance"_s);
    CHECK(sheet(book, 2).value(u"title"_s).toString() == u"Schedule"_s);

    SECTION("Activities: the CSV's columns, one row per activity, typed cells")
    {
        const QJsonObject a = sheet(book, 0);
        const QJsonArray r = rows(a);
        const QStringList columns = bw::plan::PlanText::activityColumns();
        REQUIRE(columns.size() == 19);
        CHECK(texts(r[0].toArray()) == columns);
        CHECK(r.size() == plan.activities.size() + 1);
        for (int i = 0; i < plan.activities.size(); ++i) {
            const bw::plan::ActivityRow &expected = plan.activities[i];
            const QJsonArray row = r[i + 1].toArray();
            INFO("activity " << expected.number.toStdString());
            REQUIRE(row.size() == 19);
            CHECK(row[0].isDouble());
            CHECK(row[0].toInt() == expected.objectiveNumber);
            CHECK(row[2].toString() == expected.number); // text: 2.10 is not 2.1
            CHECK(row[3].toString() == expected.title);
            CHECK(row[5].toString() == bw::enumLabel(expected.phase));
            CHECK(row[6].toString() == bw::enumLabel(expected.direction));
            if (expected.duration.isRange())
                CHECK(row[8].toString() == bw::plan::formatDuration(expected.duration));
            else if (expected.duration.isSet())
                CHECK(row[8].toInt() == expected.duration.max);
            CHECK(row[18].isDouble());
            CHECK(row[18].toInteger() == bw::plan::wholeMinutes(expected.minutes));
            if (expected.momentId) {
                CHECK(row[15].isDouble());
                CHECK(row[15].toInt() == expected.offsetDays);
            }
            if (expected.due.isValid())
                CHECK(row[16].toObject().value(u"date"_s).toString() == expected.due.toString(Qt::ISODate));
        }
        // it-risk starts with a pre-class activity, and dates its activities.
        CHECK(r[1].toArray()[5].toString() == u"Pre-class"_s);
        CHECK(std::any_of(
            plan.activities.cbegin(), plan.activities.cend(), [](const auto &x) { return x.due.isValid(); }));

        CHECK(a.value(u"freeze"_s).toString() == u"A2"_s);
        CHECK(a.value(u"filter"_s).toString() == u"A1:S"_s + QString::number(plan.activities.size() + 1));
        const QJsonObject phase = validationOf(a, letter(5));
        const QJsonObject direction = validationOf(a, letter(6));
        CHECK(phase.value(u"type"_s).toString() == u"list"_s);
        CHECK(direction.value(u"type"_s).toString() == u"list"_s);
        CHECK(listValues(phase) == QStringList { u"Pre-class"_s, u"In-class"_s, u"Post-class"_s });
        CHECK(listValues(direction) == QStringList { u"One-to-many"_s, u"Many-to-one"_s, u"Many-to-many"_s });
        // Long texts wrap; columns are as wide as their texts, within bounds.
        const QJsonArray wrapped = a.value(u"wrapped"_s).toArray();
        CHECK(wrapped.contains(u"E2"_s)); // instructions
        const QJsonObject widths = a.value(u"widths"_s).toObject();
        CHECK(widths.value(u"E"_s).toDouble() > 20);
        CHECK(widths.value(u"E"_s).toDouble() <= 51);
        CHECK(widths.value(u"A"_s).toDouble() >= 13); // "Objective no." on one line
        // A row is as high as its longest wrapped text needs (neither Excel nor Calc grows it).
        const QJsonObject heights = a.value(u"heights"_s).toObject();
        CHECK(heights.value(u"2"_s).toDouble() >= 45);
        CHECK_FALSE(heights.contains(u"1"_s)); // the header: one line
    }

    SECTION("Blend: minutes per phase and direction, for the programme and per objective")
    {
        const QJsonArray r = rows(sheet(book, 1));
        const bw::plan::BlendSeries &p = plan.blend.programme;
        // Row 1 the caption, row 3 the programme's label, row 4 the column titles.
        CHECK(r[0].toArray()[0].toString() == u"Minutes per phase and direction"_s);
        CHECK(r[2].toArray()[0].toString() == p.label);
        QStringList header { u"Phase"_s };
        for (bw::Direction d : p.shownDirections())
            header.append(bw::enumLabel(d));
        header.append(u"Total"_s);
        CHECK(texts(r[3].toArray()).mid(0, header.size()) == header);
        const auto phases = p.shownPhases();
        for (int i = 0; i < phases.size(); ++i) {
            const QJsonArray row = r[4 + i].toArray();
            CHECK(row[0].toString() == bw::enumLabel(phases[i]));
            CHECK(row[header.size() - 1].toInteger() == bw::plan::wholeMinutes(p.phaseTotal(phases[i]).minutes));
        }
        const QJsonArray totals = r[4 + phases.size()].toArray();
        CHECK(totals[0].toString() == u"Total"_s);
        CHECK(totals[header.size() - 1].toInteger() == bw::plan::wholeMinutes(p.total().minutes));
        // Every objective has its own table, labelled as the plan labels it.
        QStringList labels;
        for (const QJsonValue &row : r)
            labels.append(row.toArray().isEmpty() ? QString() : row.toArray()[0].toString());
        CHECK(labels.contains(u"Per objective"_s));
        for (const bw::plan::BlendSeries &o : plan.blend.objectives)
            CHECK(labels.contains(o.label));
    }

    SECTION("Schedule: every dated entry, moments with their times and running order")
    {
        const QJsonObject s = sheet(book, 2);
        const QJsonArray r = rows(s);
        CHECK(texts(r[0].toArray())
            == QStringList {
                u"Date"_s, u"Start"_s, u"End"_s, u"#"_s, u"What"_s, u"Phase"_s, u"Tool or place"_s, u"Minutes"_s });
        CHECK(s.value(u"freeze"_s).toString() == u"A2"_s);
        CHECK(s.value(u"filter"_s).toString().startsWith(u"A1:H"_s));
        int moments = 0;
        for (const QJsonValue &v : r) {
            const QJsonArray row = v.toArray();
            if (row[1].isObject() && row[3].isNull() && row[5].toString() == u"In-class"_s)
                ++moments;
        }
        // Each moment's own row has a start and no activity number; so does a break.
        const auto momentEntries = std::count_if(plan.schedule.cbegin(), plan.schedule.cend(),
            [](const auto &e) { return e.kind == bw::plan::ScheduleEntry::Kind::Moment; });
        CHECK(momentEntries > 0);
        CHECK(moments >= momentEntries);
        // The first dated entry is on the plan's first date, as an Excel date.
        CHECK(r[1].toArray()[0].toObject().value(u"date"_s).toString()
            == plan.schedule.first().date.toString(Qt::ISODate));
    }
}

TEST_CASE("XLSX schedule: day agendas with breaks and times, occurrences of recurring activities", "[xlsx][agenda]")
{
    const exporttest::Induction ind = exporttest::inductionProject();
    const QByteArray xlsx = render(bw::XlsxExporter(), ind.project);
    if (!openpyxlInstalled() && test::checkerMissing("python3 with openpyxl", "python3-openpyxl"))
        return;
    const bw::plan::Plan plan = planOf(ind.project);
    const QJsonObject book = readWorkbook(xlsx);
    const QJsonArray r = rows(sheet(book, 2));

    // Day 1: the moment 9:00–13:00, then 1.4 at 9:00–10:15, the coffee break at 10:15–10:30.
    const QString day1 = ind.project.moment(ind.day1)->start.date().toString(Qt::ISODate);
    int momentRow = -1;
    for (int i = 1; i < r.size(); ++i) {
        const QJsonArray row = r[i].toArray();
        if (row[0].toObject().value(u"date"_s).toString() == day1 && row[3].isNull()
            && row[1].toObject().value(u"time"_s).toString() == u"09:00"_s) {
            momentRow = i;
            break;
        }
    }
    REQUIRE(momentRow > 0);
    const QJsonArray moment = r[momentRow].toArray();
    CHECK(moment[2].toObject().value(u"time"_s).toString() == u"13:00"_s);
    CHECK(moment[7].toInt() == 240);
    const QJsonArray first = r[momentRow + 1].toArray();
    CHECK(first[3].toString() == u"1.4"_s);
    CHECK(first[1].toObject().value(u"time"_s).toString() == u"09:00"_s);
    CHECK(first[2].toObject().value(u"time"_s).toString() == u"10:15"_s);
    const QJsonArray coffee = r[momentRow + 2].toArray();
    CHECK(coffee[4].toString() == u"Coffee"_s);
    CHECK(coffee[1].toObject().value(u"time"_s).toString() == u"10:15"_s);
    CHECK(coffee[2].toObject().value(u"time"_s).toString() == u"10:30"_s);
    CHECK(coffee[7].toInt() == 15);
    const QJsonArray lunch = r[momentRow + 4].toArray();
    CHECK(lunch[4].toString() == u"Lunch"_s);
    CHECK(lunch[7].toInt() == 45);

    // The weekly market news: eight rows, "(3 of 8)" on the third.
    QStringList whats;
    for (const QJsonValue &v : r)
        whats.append(v.toArray()[4].toString());
    CHECK(whats.contains(u"Share one piece of market news (3 of 8)"_s));
    CHECK(whats.filter(u"Share one piece of market news ("_s).size() == 8);
    // Every schedule entry of the plan is there, plus one row per agenda slot.
    CHECK(r.size() > plan.schedule.size() + 1);

    // The Activities sheet says how often it repeats and which activity has no tool.
    const QJsonArray activities = rows(sheet(book, 0));
    QStringList repeats, tools;
    for (const QJsonValue &v : activities) {
        repeats.append(v.toArray()[17].toString());
        tools.append(v.toArray()[7].toString());
    }
    CHECK(repeats.contains(u"Every week, 8 times"_s));
    CHECK(tools.contains(u"No tool — in the room"_s));
}

TEST_CASE("XLSX in the project's language: translated titles, drop-down lists and sheet names", "[xlsx][i18n]")
{
    bw::Project project = exporttest::templ(u"it-risk"_s);
    project.info.language = u"de"_s;
    bw::ExportOptions options;
    options.format = u"xlsx"_s;
    QByteArray xlsx;
    QBuffer buffer(&xlsx);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(bw::exportToDevice(project, options, buffer).ok());
    if (!openpyxlInstalled() && test::checkerMissing("python3 with openpyxl", "python3-openpyxl"))
        return;
    QStringList columns, phases, directions;
    QString schedule;
    {
        const bw::PlanLanguageScope german { bw::PlanLanguage(u"de"_s) };
        columns = bw::plan::PlanText::activityColumns();
        for (bw::Phase p : bw::enumValues<bw::Phase>())
            phases.append(bw::enumLabel(p));
        for (bw::Direction d : bw::enumValues<bw::Direction>())
            directions.append(bw::enumLabel(d));
        schedule = bw::plan::PlanText::sectionTitle(u"schedule"_s);
    }
    REQUIRE(phases.first() != u"Pre-class"_s); // the German translation is there
    const QJsonObject book = readWorkbook(xlsx);
    const QJsonObject a = sheet(book, 0);
    CHECK(texts(rows(a)[0].toArray()) == columns);
    CHECK(sheet(book, 2).value(u"title"_s).toString() == schedule);
    const QJsonObject phase = validationOf(a, letter(5));
    const QJsonObject direction = validationOf(a, letter(6));
    // Inline where the labels fit, else a range of the hidden lists sheet.
    if (phase.value(u"formula"_s).toString().startsWith(u'"'))
        CHECK(listValues(phase) == phases);
    else
        CHECK(phase.value(u"formula"_s).toString().startsWith(u"Lists!"_s));
    if (direction.value(u"formula"_s).toString().startsWith(u'"'))
        CHECK(listValues(direction) == directions);
    else
        CHECK(direction.value(u"formula"_s).toString().startsWith(u"Lists!"_s));
    CHECK(rows(a)[1].toArray()[5].toString() == phases.first());
}

TEST_CASE("XLSX export reports progress and stops when cancelled", "[xlsx][cancel]")
{
    const exporttest::Induction ind = exporttest::inductionProject();
    bw::ExportOptions options;
    options.format = u"xlsx"_s;
    std::atomic_bool cancel { false };
    int reports = 0;
    bw::ExportControl control;
    control.cancel = &cancel;
    control.progress = [&](int done, int total) {
        ++reports;
        CHECK(done <= total);
        cancel = true; // stop after the first row
    };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CHECK(bw::exportToDevice(ind.project, options, buffer, control).cancelled());
    CHECK(reports >= 1);
    CHECK(bytes.isEmpty());

    // Uncancelled, it reports up to the total.
    int lastDone = 0, lastTotal = -1;
    bw::ExportControl watch;
    watch.progress = [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
    };
    QByteArray full;
    QBuffer fullBuffer(&full);
    fullBuffer.open(QIODevice::WriteOnly);
    REQUIRE(bw::exportToDevice(ind.project, options, fullBuffer, watch).ok());
    CHECK(lastDone == lastTotal);
    CHECK(full.startsWith("PK\x03\x04"));
}

TEST_CASE("XLSX opens in LibreOffice Calc", "[xlsx][office]")
{
    const bw::Project project = exporttest::templ(u"it-risk"_s);
    const QByteArray xlsx = render(bw::XlsxExporter(), project);
    if (!installed(u"soffice"_s) && test::checkerMissing("soffice", "libreoffice-calc-nogui"))
        return;
    const QString path = writeTemp(xlsx, u"xlsx"_s);
    QTemporaryDir out;
    REQUIRE(out.isValid());
    // A private profile: a running LibreOffice, or a parallel test, must not take the conversion.
    const QString profile = QUrl::fromLocalFile(out.filePath(u"profile"_s)).toString();
    // 44: comma, 34: quote, 76: UTF-8 — the first sheet, the Activities.
    const QString converted = run(u"soffice"_s,
        { u"-env:UserInstallation="_s + profile, u"--headless"_s, u"--convert-to"_s,
            u"csv:Text - txt - csv (StarCalc):44,34,76"_s, u"--outdir"_s, out.path(), path },
        180000);
    REQUIRE_FALSE(converted.isNull());
    QFile csv(QDir(out.path()).filePath(QFileInfo(path).completeBaseName() + u".csv"_s));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    const bw::plan::Plan plan = planOf(project);
    const QString firstLine = text.section(u'\n', 0, 0).trimmed();
    CHECK(firstLine.startsWith(u"Objective no.,Objective,Activity no.,Activity,Instructions,Phase,Direction"_s));
    for (const bw::plan::ActivityRow &r : plan.activities) {
        INFO(r.title.toStdString());
        CHECK(text.contains(r.title));
        if (r.due.isValid())
            CHECK(text.contains(r.due.toString(Qt::ISODate))); // shown as the date it is
    }
}

TEST_CASE("XLSX carries hostile and overlong texts through as Excel allows them", "[xlsx][hostile]")
{
    bw::Project project = exporttest::hostileProject();
    // Excel holds at most 32,767 characters in a cell: a longer text is cut, with an ellipsis.
    project.objectives[0].activities[1].instructions = QString(40000, u'x');
    const QByteArray xlsx = render(bw::XlsxExporter(), project);
    if (!openpyxlInstalled() && test::checkerMissing("python3 with openpyxl", "python3-openpyxl"))
        return;
    const QString clean = exporttest::hostileTextClean();
    const QJsonObject book = readWorkbook(xlsx);
    CHECK(book.value(u"title"_s).toString() == clean);
    const QJsonArray a = rows(sheet(book, 0));
    const QJsonArray first = a[1].toArray();
    CHECK(first[1].toString() == clean); // objective
    CHECK(first[3].toString() == clean); // title
    CHECK(first[4].toString() == clean); // instructions
    CHECK(first[7].toString() == clean); // tool
    CHECK(first[11].toString() == clean); // deliverable
    CHECK(first[14].toString() == clean); // moment
    const QString cut = a[2].toArray()[4].toString();
    CHECK(cut.size() == 32767);
    CHECK(cut.endsWith(u'\u2026'));
    QStringList whats;
    for (const QJsonValue &v : rows(sheet(book, 2)))
        whats.append(v.toArray()[4].toString());
    CHECK(whats.contains(clean)); // the moment on the schedule
}

TEST_CASE("XLSX of 10,000 activities: every row, filtered to the last", "[xlsx][scale]")
{
    const bw::Project project = bw::generateLargeProject(10000);
    bw::ExportOptions options;
    options.format = u"xlsx"_s;
    options.date = QDate(2027, 3, 1);
    QByteArray xlsx;
    QBuffer buffer(&xlsx);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(bw::exportToDevice(project, options, buffer).ok());
    if (!openpyxlInstalled() && test::checkerMissing("python3 with openpyxl", "python3-openpyxl"))
        return;
    QProcess p;
    p.start(QString::fromLatin1(test::systemPython()),
        { u"-c"_s,
            u"import sys, openpyxl; ws = openpyxl.load_workbook(sys.argv[1], read_only=True).worksheets[0]; "
            "rows = list(ws.iter_rows(values_only=True)); print(len(rows), rows[-1][2], rows[-1][18])"_s,
            writeTemp(xlsx, u"xlsx"_s) });
    REQUIRE(p.waitForFinished(300000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    const bw::plan::Plan plan = planOf(project);
    REQUIRE(plan.activities.size() == 10000);
    const bw::plan::ActivityRow &last = plan.activities.last();
    CHECK(QString::fromUtf8(p.readAllStandardOutput()).trimmed()
        == u"10001 %1 %2"_s.arg(last.number).arg(bw::plan::wholeMinutes(last.minutes)));
}
