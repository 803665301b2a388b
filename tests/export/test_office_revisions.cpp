// SPDX-License-Identifier: GPL-3.0-or-later
// For the client: the plan's revision history and "Changes since …" section in every format, and
// the Word document with tracked changes — read back with Python ("accept all" / "reject all"
// must give the current and the base plan's text) and opened by LibreOffice.
#include "test_office_support.h"

#include "checkers.h"

#include "catalogue/catalogue.h"
#include "diff/changetext.h"
#include "export/docxrevisions.h"
#include "export/exportservice.h"
#include "i18n/plantranslator.h"
#include "plan/planmodel.h"
#include "storage/versionsnapshot.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;
using namespace officetest;

namespace {

using bw::docx::AlignStep;

QStringList side(const QList<AlignStep> &steps, const QStringList &items, bool before)
{
    QStringList out;
    for (const AlignStep &s : steps) {
        const int i = before ? s.before : s.after;
        if (i >= 0)
            out.append(items.at(i));
    }
    return out;
}

QByteArray exportBytes(const bw::Project &project, bw::ExportOptions options, const QString &format)
{
    options.format = format;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bw::ExportResult result = bw::exportToDevice(project, options, buffer);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    return bytes;
}

// The story of issue 11's "done when": version 1.0 marked, then two activities moved (one to
// another phase, one to another place in its objective), a tool and a duration changed.
struct Story {
    bw::Project base;
    bw::Project now;
    QString movedInOrder; // the activity that changed its place
    QString movedPhase; // the activity that moved to another phase
    QString oldTool;
    QString newTool = u"Zulip Campus"_s;
};

Story story()
{
    Story s;
    bw::Project project = *bw::templateProject(u"it-risk"_s);
    project.info.version = u"1.0"_s;
    // A tool only this activity uses, so that its name is only in version 1.0's plan.
    bw::Tool classic;
    classic.id = project.maxId() + 1;
    classic.name = u"Skype Classic"_s;
    classic.type = bw::ToolType::Community;
    project.tools.append(classic);
    const bw::Id tooledId = project.objectives[0].activities[0].id;
    project.objectives[0].activities[0].toolId = classic.id;
    project.objectives[0].activities[0].noTool = false;
    s.oldTool = classic.name;
    bw::FileError error;
    const QByteArray snapshot = bw::VersionSnapshot::make(project, &error);
    REQUIRE_FALSE(snapshot.isEmpty());
    bw::LoadResult loaded = bw::VersionSnapshot::load(snapshot, u"1.0"_s);
    REQUIRE_FALSE(loaded.error);
    s.base = std::move(loaded.project);

    bw::Version v;
    v.id = project.maxId() + 1;
    v.name = u"1.0"_s;
    v.created = QDateTime(QDate(2026, 11, 30), QTime(9, 30));
    v.note = u"Sent to the client"_s;
    v.snapshot = snapshot;
    project.versions.append(v);
    project.info.version = u"1.1"_s;

    auto &first = project.objectives[0].activities;
    REQUIRE(first.size() >= 3);
    s.movedInOrder = first[2].title;
    first.move(2, 0); // to the top of its objective
    auto &second = project.objectives[1].activities;
    REQUIRE(!second.isEmpty());
    bw::Activity &phase = second[0];
    s.movedPhase = phase.title;
    phase.phase = phase.phase == bw::Phase::PreClass ? bw::Phase::PostClass : bw::Phase::PreClass;

    bw::Tool tool;
    tool.id = project.maxId() + 1;
    tool.name = s.newTool;
    tool.type = bw::ToolType::Community;
    project.tools.append(tool);
    bw::Activity &tooled = project.objectives[0].activities[1];
    REQUIRE(tooled.id == tooledId);
    tooled.toolId = tool.id;
    project.objectives[0].activities[0].duration = bw::Duration { 47, 47 };
    s.now = std::move(project);
    return s;
}

// Accepts or rejects every revision of a DOCX (or neither: "none") and prints its paragraphs'
// texts as JSON: accepting removes w:del (runs, paragraphs whose mark is deleted, rows whose
// w:trPr has w:del) and unwraps w:ins; rejecting does the opposite. Also lists the deleted and
// inserted texts ("revisions").
const char *const RevisionsScript = R"PY(
import json, sys, zipfile
from xml.etree import ElementTree as ET
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
path, mode = sys.argv[1], sys.argv[2]
root = ET.fromstring(zipfile.ZipFile(path).read('word/document.xml'))
def parents():
    return {c: p for p in root.iter() for c in p}
def text(e):
    out = []
    for x in e.iter():
        if x.tag in (W + 't', W + 'delText'):
            out.append(x.text or '')
        elif x.tag == W + 'br':
            out.append('\n')
        elif x.tag == W + 'tab':
            out.append('\t')
    return ''.join(out)
if mode == 'revisions':
    print(json.dumps({'ins': [text(e) for e in root.iter(W + 'ins')],
                      'del': [text(e) for e in root.iter(W + 'del')],
                      'authors': sorted({e.get(W + 'author') for e in root.iter() if e.tag in (W + 'ins', W + 'del')}),
                      'dates': sorted({e.get(W + 'date') for e in root.iter() if e.tag in (W + 'ins', W + 'del')})}))
    sys.exit(0)
if mode in ('accept', 'reject'):
    drop, keep = (W + 'del', W + 'ins') if mode == 'accept' else (W + 'ins', W + 'del')
    up = parents()
    for tr in list(root.iter(W + 'tr')):
        pr = tr.find(W + 'trPr')
        if pr is not None and pr.find(drop) is not None:
            up[tr].remove(tr)
    up = parents()
    for p in list(root.iter(W + 'p')):
        rpr = p.find(W + 'pPr/' + W + 'rPr')
        if rpr is not None and rpr.find(drop) is not None:
            up[p].remove(p)
    up = parents()
    for e in list(root.iter(drop)):
        up[e].remove(e)
    up = parents()
    for e in list(root.iter(keep)):
        p = up[e]
        i = list(p).index(e)
        p.remove(e)
        for k, c in enumerate(list(e)):
            p.insert(i + k, c)
print(json.dumps([text(p) for p in root.iter(W + 'p')], ensure_ascii=False))
)PY";

QJsonDocument runScript(const QByteArray &docx, const QString &mode)
{
    static QTemporaryDir dir;
    const QString script = dir.filePath(u"revisions.py"_s);
    if (!QFile::exists(script)) {
        QFile f(script);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(RevisionsScript);
    }
    const QString out = run(QString::fromLatin1(test::systemPython()), { script, writeTemp(docx, u"docx"_s), mode });
    REQUIRE_FALSE(out.isNull());
    return QJsonDocument::fromJson(out.toUtf8());
}

QStringList paragraphs(const QByteArray &docx, const QString &mode)
{
    QStringList out;
    for (const auto &v : runScript(docx, mode).array())
        out.append(v.toString());
    return out;
}

bool havePython()
{
    return QFile::exists(QString::fromLatin1(test::systemPython()))
        || test::checkerMissing("Python 3 (/usr/bin/python3)", "python3");
}

} // namespace

TEST_CASE("align() pairs what kept its order and gives both sequences back", "[office][revisions]")
{
    const QStringList before { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s };
    const QStringList after { u"a"_s, u"d"_s, u"b"_s, u"x"_s, u"e"_s, u"y"_s };
    const QList<AlignStep> steps = bw::docx::align(before, after);
    CHECK(side(steps, before, true) == before);
    CHECK(side(steps, after, false) == after);
    int paired = 0;
    for (const AlignStep &s : steps)
        if (s.paired()) {
            ++paired;
            CHECK(before.at(s.before) == after.at(s.after));
        }
    CHECK(paired == 3); // a, b, e (or a, d, e): "c" deleted, "x" and "y" inserted, one of b/d moved

    SECTION("a changed item between two that stayed pairs with its earlier self when allowed")
    {
        const QStringList was { u"one"_s, u"two"_s, u"three"_s };
        const QStringList now { u"one"_s, u"two and a half"_s, u"three"_s };
        const QList<AlignStep> gap = bw::docx::align(was, now, [](int, int) { return true; });
        REQUIRE(gap.size() == 3);
        CHECK(gap[1] == AlignStep { 1, 1 });
        CHECK(bw::docx::align(was, now).size() == 4); // without: deleted and inserted
    }
    SECTION("repeated keys are told apart")
    {
        const QStringList was { u"x"_s, u"x"_s };
        const QStringList now { u"x"_s, u"x"_s, u"x"_s };
        const QList<AlignStep> rep = bw::docx::align(was, now);
        CHECK(side(rep, was, true) == was);
        CHECK(side(rep, now, false) == now);
        CHECK(rep.size() == 3);
    }
}

TEST_CASE("The plan's revision history and changes since a version", "[office][revisions][plan]")
{
    const Story s = story();
    bw::plan::PlanOptions options;
    options.changesBase = std::make_shared<const bw::Project>(s.base);
    options.changesLabel = u"1.0"_s;
    const bw::plan::Plan plan = bw::plan::buildPlan(s.now, options);

    const bw::plan::Section *revisions = plan.section(u"revisions"_s);
    REQUIRE(revisions);
    CHECK(revisions->title == u"Revision history"_s);
    REQUIRE_FALSE(revisions->blocks.isEmpty());
    const auto *table = std::get_if<bw::plan::Table>(&revisions->blocks.first());
    REQUIRE(table);
    REQUIRE(table->rows.size() == 1);
    CHECK(table->rows[0] == QStringList { u"1.0"_s, u"30 November 2026"_s, u"Sent to the client"_s });

    const bw::plan::Section *changes = plan.section(u"changes"_s);
    REQUIRE(changes);
    CHECK(changes->title == u"Changes since 1.0"_s);
    // Revision history, then the changes, then the rest.
    REQUIRE(plan.sections.size() > 2);
    CHECK(plan.sections[0].key == u"revisions"_s);
    CHECK(plan.sections[1].key == u"changes"_s);

    // Every sentence of describeChanges(), each under its objective's heading.
    const auto lines = bw::diff::describeChanges(bw::diff::diffProjects(s.base, s.now), s.base, s.now);
    QStringList listed;
    QStringList headings;
    for (const auto &block : changes->blocks) {
        if (const auto *l = std::get_if<bw::plan::List>(&block))
            listed += l->items;
        if (const auto *h = std::get_if<bw::plan::Heading>(&block))
            headings.append(h->text);
    }
    QStringList expected;
    for (const auto &line : lines)
        expected.append(line.text);
    std::sort(listed.begin(), listed.end());
    std::sort(expected.begin(), expected.end());
    CHECK(listed == expected);
    CHECK(std::any_of(headings.cbegin(), headings.cend(), [](const QString &h) { return h.startsWith(u"1. "_s); }));
    CHECK(std::any_of(headings.cbegin(), headings.cend(), [](const QString &h) { return h.startsWith(u"2. "_s); }));
    const QString all = listed.join(u'\n');
    CHECK(all.contains(s.newTool));
    CHECK(all.contains(s.oldTool));

    SECTION("no versions, no revision history; the option turns it off")
    {
        bw::plan::PlanOptions off;
        off.revisionHistory = false;
        CHECK_FALSE(bw::plan::buildPlan(s.now, off).hasSection(u"revisions"_s));
        CHECK_FALSE(bw::plan::buildPlan(s.base, {}).hasSection(u"revisions"_s));
        CHECK_FALSE(bw::plan::buildPlan(s.now, {}).hasSection(u"changes"_s));
    }
    SECTION("nothing changed says so")
    {
        bw::plan::PlanOptions same;
        same.changesBase = std::make_shared<const bw::Project>(s.now);
        same.changesLabel = u"1.1"_s;
        const bw::plan::Plan p = bw::plan::buildPlan(s.now, same);
        const auto *c = p.section(u"changes"_s);
        REQUIRE(c);
        REQUIRE(c->blocks.size() == 1);
        CHECK(std::get<bw::plan::Paragraph>(c->blocks[0]).text == u"Nothing has changed since 1.1."_s);
    }
    SECTION("in the plan's language")
    {
        bw::Project french = s.now;
        french.info.language = u"fr"_s;
        bw::Project frenchBase = s.base;
        frenchBase.info.language = u"fr"_s;
        bw::plan::PlanOptions fr = options;
        fr.changesBase = std::make_shared<const bw::Project>(frenchBase);
        const bw::plan::Plan p = bw::plan::buildPlan(french, fr);
        QStringList frenchLines;
        {
            const bw::PlanLanguageScope scope(bw::PlanLanguage(u"fr"_s));
            for (const auto &line :
                bw::diff::describeChanges(bw::diff::diffProjects(frenchBase, french), frenchBase, french))
                frenchLines.append(line.text);
        }
        QStringList shown;
        for (const auto &block : p.section(u"changes"_s)->blocks)
            if (const auto *l = std::get_if<bw::plan::List>(&block))
                shown += l->items;
        std::sort(shown.begin(), shown.end());
        std::sort(frenchLines.begin(), frenchLines.end());
        CHECK(shown == frenchLines);
    }
}

TEST_CASE("Every format renders the revision history and the changes", "[office][revisions][formats]")
{
    const Story s = story();
    bw::ExportOptions options;
    options.date = QDate(2026, 12, 2);
    options.changesBase = std::make_shared<const bw::Project>(s.base);
    options.changesLabel = u"1.0"_s;
    const auto check = [&](const QString &text, const QString &format) {
        INFO(format.toStdString());
        const QString flat = text.simplified();
        CHECK(flat.contains(u"Revision history"_s));
        CHECK(flat.contains(u"Sent to the client"_s));
        CHECK(flat.contains(u"Changes since 1.0"_s));
        CHECK(flat.contains(s.newTool));
    };
    check(QString::fromUtf8(exportBytes(s.now, options, u"html"_s)), u"html"_s);
    check(QString::fromUtf8(exportBytes(s.now, options, u"md"_s)), u"md"_s);
    const QByteArray docx = exportBytes(s.now, options, u"docx"_s);
    check(QString::fromUtf8(zipEntry(docx, u"word/document.xml"_s)), u"docx"_s);
    const QByteArray odt = exportBytes(s.now, options, u"odt"_s);
    check(QString::fromUtf8(zipEntry(odt, u"content.xml"_s)), u"odt"_s);
    const QByteArray pdf = exportBytes(s.now, options, u"pdf"_s);
    if (!installed(u"pdftotext"_s) && test::checkerMissing("pdftotext", "poppler-utils"))
        return;
    check(run(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, writeTemp(pdf, u"pdf"_s), u"-"_s })
              .normalized(QString::NormalizationForm_KC),
        u"pdf"_s);
}

TEST_CASE("Tracked changes are for Word documents only", "[office][revisions]")
{
    const Story s = story();
    bw::ExportOptions options;
    options.trackedChangesSince
        = bw::ExportOptions::TrackedChanges { std::make_shared<const bw::Project>(s.base), u"1.0"_s, u"Ann"_s, {} };
    for (const QString &format : { u"pdf"_s, u"odt"_s, u"html"_s, u"md"_s }) {
        options.format = format;
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const bw::ExportResult result = bw::exportToDevice(s.now, options, buffer);
        CHECK(result.failed());
        CHECK(result.error.contains(u"DOCX"_s));
    }
}

TEST_CASE("DOCX with tracked changes: accept all gives the plan, reject all gives the version",
    "[office][revisions][docx][python]")
{
    const Story s = story();
    bw::ExportOptions options;
    options.date = QDate(2026, 12, 2);
    const QByteArray plain = exportBytes(s.now, options, u"docx"_s);
    const QByteArray plainBase = exportBytes(s.base, options, u"docx"_s);
    bw::ExportOptions tracked = options;
    tracked.trackedChangesSince = bw::ExportOptions::TrackedChanges { std::make_shared<const bw::Project>(s.base),
        u"1.0"_s, u"Ann Consultant"_s, QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC) };
    const QByteArray docx = exportBytes(s.now, tracked, u"docx"_s);
    for (const QString &part : zipEntries(docx))
        if (part.endsWith(u".xml"_s)) {
            INFO(part.toStdString());
            QString error;
            CHECK(wellFormed(zipEntry(docx, part), &error));
        }
    const QByteArray document = zipEntry(docx, u"word/document.xml"_s);
    CHECK(document.contains("<w:ins w:id="));
    CHECK(document.contains("<w:del w:id="));
    CHECK(document.contains("<w:delText"));
    CHECK(document.contains("w:author=\"Ann Consultant\" w:date=\"2026-12-01T10:00:00Z\""));
    CHECK_FALSE(zipEntry(plain, u"word/document.xml"_s).contains("<w:ins "));

    if (!havePython())
        return;
    const QStringList now = paragraphs(plain, u"none"_s);
    const QStringList then = paragraphs(plainBase, u"none"_s);
    REQUIRE(now.size() > 50);
    const QStringList accepted = paragraphs(docx, u"accept"_s);
    const QStringList rejected = paragraphs(docx, u"reject"_s);
    CHECK(accepted == now);
    CHECK(rejected == then);
    CHECK_FALSE(accepted.join(u'\n').contains(s.oldTool));
    CHECK_FALSE(rejected.join(u'\n').contains(s.newTool));

    // The four changes are revisions: the moved activity deleted where it was and inserted where
    // it is, the other's phase, the tool and the duration.
    const QJsonObject revisions = runScript(docx, u"revisions"_s).object();
    const QString inserted = revisions.value(u"ins"_s).toVariant().toStringList().join(u'\n');
    const QString deleted = revisions.value(u"del"_s).toVariant().toStringList().join(u'\n');
    CHECK(inserted.contains(s.movedInOrder));
    CHECK(deleted.contains(s.movedInOrder));
    CHECK(inserted.contains(s.newTool));
    CHECK(deleted.contains(s.oldTool));
    CHECK(inserted.contains(u"47"_s));
    CHECK(inserted.contains(u"1.1"_s)); // the cover's version
    CHECK(revisions.value(u"authors"_s).toVariant().toStringList() == QStringList { u"Ann Consultant"_s });
    CHECK(revisions.value(u"dates"_s).toVariant().toStringList() == QStringList { u"2026-12-01T10:00:00Z"_s });
}

TEST_CASE("Done when: LibreOffice shows the tracked changes of 1.0 → now", "[office][revisions][docx][libreoffice]")
{
    const Story s = story();
    bw::ExportOptions options;
    options.date = QDate(2026, 12, 2);
    options.trackedChangesSince = bw::ExportOptions::TrackedChanges { std::make_shared<const bw::Project>(s.base),
        u"1.0"_s, u"Ann Consultant"_s, {} };
    const QByteArray docx = exportBytes(s.now, options, u"docx"_s);
    if (!installed(u"soffice"_s) && test::checkerMissing("LibreOffice (soffice)", "libreoffice-writer-nogui"))
        return;
    // LibreOffice shows changes as it opens the file: deleted text struck out, still there.
    const QString text = officeText(writeTemp(docx, u"docx"_s)).simplified();
    REQUIRE_FALSE(text.isEmpty());
    CHECK(text.contains(s.newTool));
    CHECK(text.contains(s.oldTool));
    CHECK(text.contains(s.movedPhase));
    CHECK(text.count(s.movedInOrder) >= 2);

    // …as revisions: LibreOffice's own document of it lists them as tracked insertions and
    // deletions by the author.
    QTemporaryDir dir;
    const QString profile = QUrl::fromLocalFile(dir.filePath(u"profile"_s)).toString();
    const QString source = writeTemp(docx, u"docx"_s);
    REQUIRE_FALSE(run(u"soffice"_s,
        { u"-env:UserInstallation="_s + profile, u"--headless"_s, u"--convert-to"_s, u"odt"_s, u"--outdir"_s,
            dir.path(), source },
        180000)
                      .isNull());
    QFile odt(dir.filePath(QFileInfo(source).completeBaseName() + u".odt"_s));
    REQUIRE(odt.open(QIODevice::ReadOnly));
    const QByteArray content = zipEntry(odt.readAll(), u"content.xml"_s);
    CHECK(content.contains("<text:tracked-changes"));
    CHECK(content.count("<text:insertion>") >= 4);
    CHECK(content.count("<text:deletion>") >= 4);
    CHECK(content.contains("Ann Consultant"));
}

TEST_CASE(
    "DOCX with tracked changes keeps hostile text and replaced tables intact", "[office][revisions][docx][python]")
{
    // Hostile texts on both sides, texts rewritten, an objective added, one removed, a tool
    // renamed, and a moment dated (the sequences tables gain a "Due" column: replaced whole).
    bw::Project base = *bw::templateProject(u"it-risk"_s);
    for (bw::Moment &m : base.moments)
        m.start = QDateTime(); // not dated yet: no "Due" column
    bw::Project now = hostileProject();
    now.info.summary = base.info.summary + u" Now with a second paragraph.\nAnd a line break."_s;
    bw::Objective extra = now.objectives[0];
    extra.id = now.maxId() + 1;
    bw::Id next = extra.id;
    for (bw::Activity &a : extra.activities)
        a.id = ++next;
    extra.statement = u"A brand-new objective, reached through ‏العربية‎ and Latin"_s;
    now.objectives.append(extra);
    now.objectives.removeAt(1);
    now.tools[0].name += u" (renamed)"_s;
    REQUIRE_FALSE(now.moments.isEmpty());
    now.moments[0].start = QDateTime(QDate(2027, 3, 1), QTime(9, 0));
    bw::ExportOptions options;
    options.date = QDate(2026, 12, 2);
    bw::ExportOptions tracked = options;
    tracked.trackedChangesSince = bw::ExportOptions::TrackedChanges { std::make_shared<const bw::Project>(base),
        u"1.0"_s, u"Ann <&> \"Consultant\""_s, {} };
    const QByteArray docx = exportBytes(now, tracked, u"docx"_s);
    QString error;
    INFO(error.toStdString());
    const QByteArray document = zipEntry(docx, u"word/document.xml"_s);
    CHECK(wellFormed(document, &error));
    CHECK(document.contains("<w:trPr><w:cantSplit/><w:tblHeader/><w:del ")); // a replaced table's header row
    if (!havePython())
        return;
    CHECK(paragraphs(docx, u"accept"_s) == paragraphs(exportBytes(now, options, u"docx"_s), u"none"_s));
    CHECK(paragraphs(docx, u"reject"_s) == paragraphs(exportBytes(base, options, u"docx"_s), u"none"_s));
}

namespace {

// The document's text after LibreOffice itself accepted (or rejected) every tracked change, as
// Edit ▸ Track Changes ▸ Accept All does: tests/export/lo_accept_changes.py over UNO.
struct OfficeReview {
    QString accepted;
    QString rejected;
};

std::optional<OfficeReview> reviewInLibreOffice(const QByteArray &docx)
{
    const QByteArray python = test::systemPython();
    if (QProcess::execute(QString::fromLatin1(python), { u"-c"_s, u"import uno"_s }) != 0
        && test::checkerMissing("Python UNO bridge of LibreOffice", "python3-uno"))
        return std::nullopt;
    QTemporaryDir dir;
    const QString source = writeTemp(docx, u"docx"_s);
    const QString accepted = dir.filePath(u"accepted.txt"_s);
    const QString rejected = dir.filePath(u"rejected.txt"_s);
    if (run(QString::fromLatin1(python),
            { QStringLiteral(BLENDWISE_SOURCE_DIR "/tests/export/lo_accept_changes.py"), dir.filePath(u"profile"_s),
                source, accepted, rejected },
            240000)
            .isNull())
        return std::nullopt;
    auto text = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    return OfficeReview { text(accepted), text(rejected) };
}

QStringList paragraphs(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n'))
        if (const QString t = line.simplified(); !t.isEmpty())
            out.append(t);
    return out;
}

} // namespace

TEST_CASE("Done when: accepting every change in LibreOffice gives today's plan, rejecting them 1.0's",
    "[office][revisions][docx][libreoffice]")
{
    if (!installed(u"soffice"_s) && test::checkerMissing("LibreOffice (soffice)", "libreoffice-writer-nogui"))
        return;
    const Story s = story();
    bw::ExportOptions options;
    options.date = QDate(2026, 12, 2);
    options.revisionHistory = false;
    options.trackedChangesSince = bw::ExportOptions::TrackedChanges { std::make_shared<const bw::Project>(s.base),
        u"1.0"_s, u"Ann Consultant"_s, {} };
    const auto tracked = reviewInLibreOffice(exportBytes(s.now, options, u"docx"_s));
    if (!tracked)
        return;
    bw::ExportOptions plain;
    plain.date = options.date;
    plain.revisionHistory = false;
    const auto now = reviewInLibreOffice(exportBytes(s.now, plain, u"docx"_s));
    const auto base = reviewInLibreOffice(exportBytes(s.base, plain, u"docx"_s));
    REQUIRE(now);
    REQUIRE(base);
    const QStringList accepted = paragraphs(tracked->accepted);
    const QStringList rejected = paragraphs(tracked->rejected);
    REQUIRE(accepted.size() > 40);
    CHECK(accepted == paragraphs(now->accepted));
    CHECK(rejected == paragraphs(base->accepted));
    CHECK(tracked->accepted.contains(s.newTool));
    CHECK_FALSE(tracked->accepted.contains(s.oldTool));
    CHECK(tracked->rejected.contains(s.oldTool));
}
