// SPDX-License-Identifier: GPL-3.0-or-later
// The IMS Common Cartridge 1.1 export, read the way Moodle's and Canvas's course importers read
// it: Python's zipfile and ElementTree (Debian's /usr/bin/python3) open the package, and the
// manifest is validated against the CC 1.1 schemas with xmllint.
#include "checkers.h"
#include "exporttestsupport.h"
#include "inductionproject.h"
#include "largeproject.h"
#include "plan/planmodel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;
using namespace bw;

namespace {

// Reads the package as the importers do and prints what they would see, as JSON. Moodle reads
// the manifest's first 500 bytes, lower-cased with spaces and quotes taken out, for the CC 1.1
// namespace (backup/converter/imscc11); both importers take the sections from
// organization/item/item (Canvas: "organizations organization > item > item"), each item's
// resource from identifierref, and the discussion topic and web link XML from the resource's
// single file.
const char *const readerScript = R"PY(
import json, re, sys, zipfile
import xml.etree.ElementTree as ET

CP = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1'
DT = 'http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1'
WL = 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1'
XHTML = 'http://www.w3.org/1999/xhtml'
NS = {'cp': CP}
CC11_TYPES = {'webcontent', 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment',
              'imsqti_xmlv1p2/imscc_xmlv1p1/question-bank',
              'associatedcontent/imscc_xmlv1p1/learning-application-resource',
              'imsdt_xmlv1p1', 'imswl_xmlv1p1', 'imsbasiclti_xmlv1p0'}

z = zipfile.ZipFile(sys.argv[1])
out = {'problems': []}
problems = out['problems']
if z.testzip() is not None:
    problems.append('corrupt zip entry ' + z.testzip())
names = z.namelist()
out['firstEntry'] = names[0] if names else ''
raw = z.read('imsmanifest.xml')
head = re.sub(r'\s', '', raw[:500].decode('utf-8', 'replace').lower()).replace('"', '').replace("'", '')
out['namespaceIn500'] = 'xmlns=http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1' in head
root = ET.fromstring(raw)
out['rootTag'] = root.tag
out['schema'] = root.findtext('cp:metadata/cp:schema', '', NS)
out['schemaversion'] = root.findtext('cp:metadata/cp:schemaversion', '', NS)
orgs = root.findall('cp:organizations/cp:organization', NS)
out['organizations'] = len(orgs)
top = orgs[0].findall('cp:item', NS) if orgs else []
out['rootItems'] = len(top)
out['rootItemHasTitle'] = bool(top) and top[0].find('cp:title', NS) is not None
resources = {r.get('identifier'): r for r in root.findall('cp:resources/cp:resource', NS)}

ids = [e.get('identifier') for e in root.iter() if e.get('identifier') is not None]
if len(ids) != len(set(ids)):
    problems.append('duplicate identifiers')
for item in root.iter('{%s}item' % CP):
    ref = item.get('identifierref')
    if ref is not None and ref not in resources:
        problems.append('unresolved identifierref ' + ref)
    if ref is not None and item.find('cp:item', NS) is not None:
        problems.append('a learning object item has child items: ' + item.get('identifier'))

out['sections'] = []
for s in (top[0].findall('cp:item', NS) if top else []):
    entries = []
    for e in s.findall('cp:item', NS):
        entries.append({'title': e.findtext('cp:title', '', NS), 'ref': e.get('identifierref') or ''})
    out['sections'].append({'identifier': s.get('identifier'), 'title': s.findtext('cp:title', '', NS),
                            'ref': s.get('identifierref') or '', 'entries': entries})

listed = set()
out['resources'] = {}
for rid, r in resources.items():
    kind = r.get('type')
    files = [f.get('href') for f in r.findall('cp:file', NS)]
    info = {'type': kind, 'files': files}
    out['resources'][rid] = info
    if kind not in CC11_TYPES:
        problems.append('resource type not in CC 1.1: %s (%s)' % (kind, rid))
    for f in files:
        listed.add(f)
        if f not in names:
            problems.append('listed file missing from the package: ' + f)
    if r.get('href') is not None and r.get('href') not in files:
        problems.append('href is not one of the files: ' + rid)
    if kind in ('imsdt_xmlv1p1', 'imswl_xmlv1p1') and (len(files) != 1 or r.get('href') is not None):
        problems.append('a topic or link needs exactly one file and no href: ' + rid)
    for f in files:
        if f not in names:
            continue
        try:
            doc = ET.fromstring(z.read(f))
        except ET.ParseError as e:
            problems.append('not well-formed: %s: %s' % (f, e))
            continue
        if kind == 'imsdt_xmlv1p1':
            if doc.tag != '{%s}topic' % DT:
                problems.append('topic root is %s in %s' % (doc.tag, f))
            text = doc.find('{%s}text' % DT)
            info['title'] = doc.findtext('{%s}title' % DT, '')
            info['texttype'] = text.get('texttype') if text is not None else ''
            info['text'] = text.text if text is not None else ''
            try:
                ET.fromstring('<div>' + (info['text'] or '') + '</div>')
            except ET.ParseError as e:
                problems.append('topic text is not well-formed XHTML: %s: %s' % (f, e))
        elif kind == 'imswl_xmlv1p1':
            if doc.tag != '{%s}webLink' % WL:
                problems.append('web link root is %s in %s' % (doc.tag, f))
            info['title'] = doc.findtext('{%s}title' % WL, '')
            url = doc.find('{%s}url' % WL)
            info['url'] = url.get('href') if url is not None else ''
        elif f.endswith('.html'):
            if doc.tag != '{%s}html' % XHTML:
                problems.append('page root is %s in %s' % (doc.tag, f))
            info['title'] = doc.findtext('{%s}head/{%s}title' % (XHTML, XHTML), '')
            info['text'] = ''.join(doc.find('{%s}body' % XHTML).itertext())
for n in names:
    if n != 'imsmanifest.xml' and n not in listed:
        problems.append('file in the package that no resource lists: ' + n)
print(json.dumps(out))
)PY";

bool pythonWorks()
{
    QProcess probe;
    probe.start(QString::fromLatin1(test::systemPython()), { u"-c"_s, u"import zipfile, xml.etree.ElementTree"_s });
    return probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
}

struct Package {
    QTemporaryDir dir;
    QString path;
    QJsonObject read; // what readerScript printed
};

// Exports `project` as .imscc into a temporary file and reads it with readerScript; nullopt (and
// the test warned or, in CI, failed) when Python is missing.
std::unique_ptr<Package> exportAndRead(const Project &project)
{
    if (!pythonWorks()) {
        test::checkerMissing("python3 (zipfile, xml.etree) at /usr/bin/python3", "python3");
        return nullptr;
    }
    auto pkg = std::make_unique<Package>();
    REQUIRE(pkg->dir.isValid());
    pkg->path = pkg->dir.filePath(u"course.imscc"_s);
    ExportOptions options;
    options.format = u"imscc"_s;
    options.date = QDate(2027, 1, 15);
    const ExportResult result = exportProject(project, options, pkg->path);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());

    QProcess p;
    p.start(QString::fromLatin1(test::systemPython()), { u"-c"_s, QString::fromUtf8(readerScript), pkg->path });
    REQUIRE(p.waitForFinished(120000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    pkg->read = doc.object();
    return pkg;
}

// What both importers need of every package, whatever the plan.
void checkImportable(const QJsonObject &read)
{
    QStringList problems;
    for (const QJsonValue &v : read[u"problems"].toArray())
        problems.append(v.toString());
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
    CHECK(read[u"firstEntry"].toString() == u"imsmanifest.xml"_s);
    CHECK(read[u"namespaceIn500"].toBool());
    CHECK(read[u"rootTag"].toString() == u"{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}manifest"_s);
    CHECK(read[u"schema"].toString() == u"IMS Common Cartridge"_s);
    CHECK(read[u"schemaversion"].toString() == u"1.1.0"_s);
    CHECK(read[u"organizations"].toInt() == 1);
    CHECK(read[u"rootItems"].toInt() == 1);
    CHECK_FALSE(read[u"rootItemHasTitle"].toBool());
    // Sections are folders: a title and items, no resource of their own.
    for (const QJsonValue &s : read[u"sections"].toArray()) {
        CHECK(s[u"ref"].toString().isEmpty());
        CHECK_FALSE(s[u"title"].toString().isEmpty());
    }
}

QStringList refsOf(const QJsonObject &section)
{
    QStringList refs;
    for (const QJsonValue &e : section[u"entries"].toArray())
        refs.append(e[u"ref"].toString());
    return refs;
}

QString activityRef(Id id)
{
    return u"RES_ACTIVITY_"_s + QString::number(id);
}

// Moments in date order, as the package must list them.
QList<Moment> momentsByDate(const Project &p)
{
    QList<Moment> m = p.moments;
    std::stable_sort(m.begin(), m.end(), [](const Moment &a, const Moment &b) { return a.start < b.start; });
    return m;
}

std::optional<QString> xmllint()
{
    const QString path = QStandardPaths::findExecutable(u"xmllint"_s);
    if (path.isEmpty())
        return std::nullopt;
    return path;
}

} // namespace

TEST_CASE("IMS CC: the it-risk plan has the structure Moodle and Canvas import", "[export][imscc]")
{
    Project project = exporttest::templ(u"it-risk"_s);
    REQUIRE(project.moments.size() >= 1);
    // A moment added last but dated first must come first; one activity without a moment goes
    // to "Other activities".
    Moment early;
    early.id = project.maxId() + 1;
    early.name = u"Kick-off call"_s;
    early.start = project.moments.first().start.addDays(-10);
    early.minutes = 60;
    early.mode = MomentMode::Virtual;
    project.moments.append(early);
    Activity &loose = project.objectives.last().activities.last();
    loose.momentId = 0;
    const Id looseId = loose.id;

    const auto pkg = exportAndRead(project);
    if (!pkg)
        return;
    const QJsonObject &read = pkg->read;
    checkImportable(read);

    const QJsonArray sections = read[u"sections"].toArray();
    const QList<Moment> moments = momentsByDate(project);
    REQUIRE(sections.size() == 1 + moments.size() + 1);
    CHECK(sections[0][u"title"].toString() == u"Overview"_s);
    CHECK(refsOf(sections[0].toObject()) == QStringList { u"RES_OVERVIEW"_s });
    CHECK(moments.first().id == early.id);
    CHECK(sections.last()[u"title"].toString() == u"Other activities"_s);
    CHECK(refsOf(sections.last().toObject()).contains(activityRef(looseId)));

    const QJsonObject resources = read[u"resources"].toObject();
    QStringList activityRefs;
    for (const QJsonValue &s : sections)
        for (const QString &ref : refsOf(s.toObject()))
            if (ref.startsWith(u"RES_ACTIVITY_"_s))
                activityRefs.append(ref);
    CHECK(activityRefs.size() == project.activityCount());
    CHECK(QSet<QString>(activityRefs.begin(), activityRefs.end()).size() == activityRefs.size());
    for (int i = 0; i < moments.size(); ++i) {
        const Moment &m = moments[i];
        const QJsonObject s = sections[i + 1].toObject();
        INFO(m.name.toStdString());
        CHECK(s[u"title"].toString().startsWith(m.name));
        const QStringList refs = refsOf(s);
        const qsizetype momentAt = refs.indexOf(u"RES_MOMENT_"_s + QString::number(m.id));
        REQUIRE(momentAt >= 0);
        // Before class before the moment's page; in class and after class after it.
        for (const Objective &o : project.objectives)
            for (const Activity &a : o.activities) {
                if (a.momentId != m.id)
                    continue;
                const qsizetype at = refs.indexOf(activityRef(a.id));
                INFO(a.title.toStdString());
                REQUIRE(at >= 0);
                if (a.phase == Phase::PreClass)
                    CHECK(at < momentAt);
                else
                    CHECK(at > momentAt);
            }
    }

    // Many-to-many activities are discussion topics, the others web pages; each tells its
    // instructions, phase, direction, tool and duration.
    for (const Objective &o : project.objectives)
        for (const Activity &a : o.activities) {
            const QJsonObject r = resources[activityRef(a.id)].toObject();
            INFO(a.title.toStdString());
            REQUIRE_FALSE(r.isEmpty());
            const bool topic = a.direction == Direction::ManyToMany;
            CHECK(r[u"type"].toString() == (topic ? u"imsdt_xmlv1p1"_s : u"webcontent"_s));
            const QString text = r[u"text"].toString();
            if (topic)
                CHECK(r[u"texttype"].toString() == u"text/html"_s);
            CHECK(r[u"title"].toString().endsWith(a.title));
            CHECK(text.contains(enumLabel(a.phase)));
            CHECK(text.contains(enumLabel(a.direction)));
            if (const Tool *t = project.tool(a.toolId)) {
                CHECK(text.contains(t->name));
                if (t->url.startsWith(u"https://"_s))
                    CHECK(text.contains(u"Open "_s + t->name));
            }
            if (a.duration.isSet())
                CHECK(text.contains(plan::formatDuration(a.duration)));
        }

    // The overview: the plan's summary, and each objective once, with its measure.
    const QString overview = resources[u"RES_OVERVIEW"_s][u"text"].toString();
    for (const Objective &o : project.objectives) {
        CHECK(overview.count(o.statement) == 1);
        if (!o.measure.isEmpty())
            CHECK(overview.contains(o.measure));
    }
    CHECK(overview.contains(project.info.summary));

    // Tools with a web address are web links, each once, pointing where the tool says.
    int links = 0;
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        if (r[u"type"].toString() != u"imswl_xmlv1p1")
            continue;
        ++links;
        const Tool *tool = project.tool(it.key().mid(QStringLiteral("RES_TOOL_").size()).toLongLong());
        REQUIRE(tool);
        CHECK(r[u"title"].toString() == tool->name);
        CHECK(r[u"url"].toString() == tool->url);
    }
    CHECK(links > 0);
}

TEST_CASE("IMS CC: the moment's page has the timed running order", "[export][imscc]")
{
    const exporttest::Induction induction = exporttest::inductionProject();
    const auto pkg = exportAndRead(induction.project);
    if (!pkg)
        return;
    checkImportable(pkg->read);
    const QJsonObject resources = pkg->read[u"resources"].toObject();
    const QString day1 = resources[u"RES_MOMENT_"_s + QString::number(induction.day1)][u"text"].toString();
    INFO(day1.toStdString());
    // 9:00 start, 1.4 first, then the coffee break at 10:15 (1.4 takes 75 minutes), lunch.
    CHECK(day1.contains(u"Coffee"_s));
    CHECK(day1.contains(u"Lunch"_s));
    CHECK(day1.indexOf(u"1.4 "_s) < day1.indexOf(u"Coffee"_s));
    CHECK(day1.indexOf(u"Coffee"_s) < day1.indexOf(u"1.3 "_s));
    CHECK(day1.contains(u"255 of 240 minutes planned"_s));
    const QString news = resources[activityRef(induction.news)][u"text"].toString();
    CHECK(news.contains(u"Every week"_s));
    CHECK(news.contains(u"Due date"_s));
}

TEST_CASE("IMS CC: markup and control characters in every text stay text", "[export][imscc]")
{
    const Project project = exporttest::hostileProject();
    const auto pkg = exportAndRead(project);
    if (!pkg)
        return;
    checkImportable(pkg->read);
    const QString clean = exporttest::hostileTextClean();
    const QJsonArray sections = pkg->read[u"sections"].toArray();
    bool momentSeen = false;
    for (const QJsonValue &s : sections)
        momentSeen = momentSeen || s[u"title"].toString().startsWith(clean);
    CHECK(momentSeen);
    const QJsonObject resources = pkg->read[u"resources"].toObject();
    CHECK(resources[u"RES_OVERVIEW"_s][u"title"].toString() == clean);
    const Activity &a = project.objectives[0].activities[0];
    CHECK(resources[activityRef(a.id)][u"text"].toString().contains(clean));
}

TEST_CASE("IMS CC: a tool address that is not a web address gives no web link", "[export][imscc]")
{
    Project project = exporttest::templ(u"it-risk"_s);
    for (Tool &t : project.tools)
        t.url = u"ask the IT desk for the link"_s;
    const auto pkg = exportAndRead(project);
    if (!pkg)
        return;
    checkImportable(pkg->read);
    const QJsonObject resources = pkg->read[u"resources"].toObject();
    for (auto it = resources.begin(); it != resources.end(); ++it)
        CHECK(it.value()[u"type"].toString() != u"imswl_xmlv1p1"_s);
}

TEST_CASE("IMS CC: an empty project still makes a package with its overview", "[export][imscc]")
{
    Project project;
    project.info.title = u"Empty"_s;
    const auto pkg = exportAndRead(project);
    if (!pkg)
        return;
    checkImportable(pkg->read);
    CHECK(pkg->read[u"sections"].toArray().size() == 1);
}

TEST_CASE("IMS CC: the manifest and every topic and link are valid against the CC 1.1 schemas", "[export][imscc]")
{
    const std::optional<QString> lint = xmllint();
    if (!lint) {
        test::checkerMissing("xmllint", "libxml2-utils");
        return;
    }
    // The induction plan has everything: recurring activities, a running order with breaks, tools
    // with and without web addresses, many-to-many activities; the hostile one has markup and
    // control characters in every text.
    const bool hostile = GENERATE(false, true);
    INFO((hostile ? "hostile project" : "induction project"));
    const Project project = hostile ? exporttest::hostileProject() : exporttest::inductionProject().project;
    const auto pkg = exportAndRead(project);
    if (!pkg)
        return;
    checkImportable(pkg->read);

    const QString dir = pkg->dir.filePath(u"unpacked"_s);
    QProcess unpack;
    unpack.start(QString::fromLatin1(test::systemPython()),
        { u"-c"_s, u"import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])"_s, pkg->path, dir });
    REQUIRE(unpack.waitForFinished(60000));
    REQUIRE(unpack.exitCode() == 0);

    const QString schemas = QStringLiteral(BLENDWISE_TEST_DATA "/imscc-schemas/");
    // Moodle validates the manifest with cc11libxml2validator.xsd (backup/cc/validator.php).
    QList<std::pair<QString, QString>> checks { { u"imsmanifest.xml"_s, u"cc11libxml2validator.xsd"_s } };
    int topics = 0, links = 0;
    const QJsonObject resources = pkg->read[u"resources"].toObject();
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        const QString type = it.value()[u"type"].toString();
        const QString file = it.value()[u"files"].toArray().first().toString();
        if (type == u"imsdt_xmlv1p1") {
            checks.append({ file, u"ccv1p1_imsdt_v1p1.xsd"_s });
            ++topics;
        } else if (type == u"imswl_xmlv1p1") {
            checks.append({ file, u"ccv1p1_imswl_v1p1.xsd"_s });
            ++links;
        }
    }
    CHECK(topics > 0);
    CHECK(links > 0);
    for (const auto &[file, schema] : checks) {
        INFO(file.toStdString() << " against " << schema.toStdString());
        QProcess p;
        p.start(*lint, { u"--noout"_s, u"--nonet"_s, u"--schema"_s, schemas + schema, dir + u'/' + file });
        REQUIRE(p.waitForFinished(60000));
        INFO(p.readAllStandardError().toStdString());
        CHECK(p.exitStatus() == QProcess::NormalExit);
        CHECK(p.exitCode() == 0);
    }
}

TEST_CASE("IMS CC: the schemas catch a manifest that breaks the CC 1.1 profile", "[export][imscc]")
{
    // The validation above must be able to fail: a resource type from CC 1.0 and a titled root
    // item are both refused.
    const std::optional<QString> lint = xmllint();
    if (!lint) {
        test::checkerMissing("xmllint", "libxml2-utils");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"imsmanifest.xml"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" identifier="M"
    xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest">
  <metadata><schema>IMS Common Cartridge</schema><schemaversion>1.1.0</schemaversion>
    <lomimscc:lom><lomimscc:general><lomimscc:title><lomimscc:string>T</lomimscc:string></lomimscc:title></lomimscc:general></lomimscc:lom>
  </metadata>
  <organizations><organization identifier="O" structure="rooted-hierarchy"><item identifier="R"><title>Root</title></item></organization></organizations>
  <resources><resource identifier="X" type="imswl_xmlv1p0"><file href="x.xml"/></resource></resources>
</manifest>
)");
    f.close();
    QProcess p;
    p.start(*lint,
        { u"--noout"_s, u"--nonet"_s, u"--schema"_s,
            QStringLiteral(BLENDWISE_TEST_DATA "/imscc-schemas/cc11libxml2validator.xsd"), path });
    REQUIRE(p.waitForFinished(60000));
    const QString errors = QString::fromUtf8(p.readAllStandardError());
    INFO(errors.toStdString());
    CHECK(p.exitCode() != 0);
    CHECK(errors.contains(u"imswl_xmlv1p0"_s));
    CHECK(errors.contains(u"title"_s));
}

TEST_CASE("IMS CC: 10,000 activities export in time, every one in the package, and a cancel writes nothing",
    "[export][imscc]")
{
    const Project project = generateLargeProject(10000);
    QElapsedTimer timer;
    timer.start();
    const auto pkg = exportAndRead(project);
    if (!pkg)
        return;
    checkImportable(pkg->read);
    int activityItems = 0;
    for (const QJsonValue &s : pkg->read[u"sections"].toArray())
        for (const QString &ref : refsOf(s.toObject()))
            activityItems += ref.startsWith(u"RES_ACTIVITY_"_s) ? 1 : 0;
    CHECK(activityItems == 10000);
    CHECK(timer.elapsed() < 120000); // export and the Python reader together, on a slow machine

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"cancelled.imscc"_s);
    std::atomic_bool cancel { false };
    int reports = 0;
    ExportControl control;
    control.cancel = &cancel;
    control.progress = [&](int, int) {
        if (++reports == 3)
            cancel = true;
    };
    ExportOptions options;
    options.format = u"imscc"_s;
    CHECK(exportProject(project, options, path, control).cancelled());
    CHECK(reports >= 3);
    CHECK_FALSE(QFile::exists(path));
}
