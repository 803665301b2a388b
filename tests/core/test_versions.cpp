// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/documentversions.h"
#include "commands/versioncommands.h"
#include "diff/projectdiff.h"
#include "document/document.h"
#include "randomproject.h"
#include "storage/versionsnapshot.h"

#include <catch2/catch.hpp>

using namespace bw;
using namespace Qt::StringLiterals;

namespace {

Project withoutVersions(Project p)
{
    p.versions.clear();
    return p;
}

const QDateTime When(QDate(2027, 3, 1), QTime(17, 42, 31));

} // namespace

TEST_CASE("Version numbers are read from the front of a version's name", "[versions]")
{
    CHECK(versionNumber(u"1.0 — sent to client"_s) == u"1.0"_s);
    CHECK(versionNumber(u"  v2 after the workshop"_s) == u"2"_s);
    CHECK(versionNumber(u"1.1.3"_s) == u"1.1.3"_s);
    CHECK(versionNumber(u"Draft for Anna"_s).isEmpty());
}

TEST_CASE("Mark, edit, diff, restore: the marked project comes back exactly, in one undo step", "[versions]")
{
    QRandomGenerator random(11);
    for (int round = 0; round < 5; ++round) {
        Project start = test::randomProject(random);
        start.versions.clear();
        Document doc(start);
        QString error;
        const Id v1 = DocumentVersions::mark(doc, u"1.0 — sent to client"_s, u"First draft"_s, When, &error);
        INFO(error.toStdString());
        REQUIRE(v1 != 0);
        const Version *v = doc.version(v1);
        REQUIRE(v);
        CHECK(v->created == QDateTime(QDate(2027, 3, 1), QTime(17, 42))); // minute precision
        CHECK(v->note == u"First draft"_s);

        // Edit: an objective more, an activity less.
        Objective extra;
        extra.statement = u"Present the quarterly figures"_s;
        doc.addObjective(extra);
        if (!doc.project().objectives.isEmpty() && !doc.project().objectives.first().activities.isEmpty())
            doc.removeActivity(doc.project().objectives.first().activities.first().id);
        const Project edited = doc.project();
        const DocumentVersions::Content marked = DocumentVersions::content(doc, v1);
        REQUIRE(marked.error.isEmpty());
        CHECK_FALSE(diff::diffProjects(marked.project, withoutVersions(edited)).isEmpty());

        REQUIRE(DocumentVersions::restore(doc, v1, &error));
        Project restored = withoutVersions(doc.project());
        Project expected = start;
        expected.info.version = doc.project().info.version; // the mark may have moved it
        CHECK(restored == withoutVersions(marked.project));
        CHECK(diff::diffProjects(withoutVersions(marked.project), restored).isEmpty());
        CHECK(doc.project().versions.size() == 1); // versions stay

        doc.undo(); // one step back to the edited plan
        CHECK(doc.project() == edited);
    }
}

TEST_CASE("The cover's version follows the marked versions unless set by hand", "[versions]")
{
    Project p;
    p.info.title = u"Induction"_s;
    Document doc(p);
    CHECK(doc.project().info.version == u"1.0"_s);
    REQUIRE(DocumentVersions::mark(doc, u"1.0 — sent to client"_s, {}, When));
    CHECK(doc.project().info.version == u"1.0"_s);
    REQUIRE(DocumentVersions::mark(doc, u"1.1 — after the client's review"_s, {}, When));
    CHECK(doc.project().info.version == u"1.1"_s);
    doc.undo(); // the mark and the number go back together
    CHECK(doc.project().info.version == u"1.0"_s);
    CHECK(doc.project().versions.size() == 1);
    doc.redo();

    ProjectInfo info = doc.project().info;
    info.version = u"1.1-draft"_s; // by hand
    doc.changeInfo(info);
    REQUIRE(DocumentVersions::mark(doc, u"1.2"_s, {}, When));
    CHECK(doc.project().info.version == u"1.1-draft"_s);

    doc.removeVersion(doc.project().versions.first().id);
    CHECK(doc.project().versions.size() == 2);
    doc.undo();
    CHECK(doc.project().versions.size() == 3);
}

TEST_CASE("A read-only document marks nothing; a damaged snapshot is refused by name", "[versions]")
{
    Document doc;
    doc.setReadOnly(true);
    QString error;
    CHECK(DocumentVersions::mark(doc, u"1.0"_s, {}, When, &error) == 0);
    CHECK_FALSE(error.isEmpty());

    CHECK(VersionSnapshot::load({}, u"1.0"_s).error.message.contains(u"“1.0”"_s));
    QByteArray huge(8, '\0');
    huge[0] = char(0x7f); // claims two gigabytes
    CHECK(VersionSnapshot::load(huge, u"1.0"_s).error.kind == FileError::Corrupt);
    QByteArray notAFile = qCompress(QByteArray("not a project"));
    CHECK(VersionSnapshot::load(notAFile, u"1.0"_s).error);

    Project p;
    p.info.title = u"Nested"_s;
    p.versions.append({ 99, u"old"_s, When, {}, QByteArray("x") });
    const LoadResult back = VersionSnapshot::load(VersionSnapshot::make(p), u"x"_s);
    REQUIRE_FALSE(back.error);
    CHECK(back.project.versions.isEmpty()); // a snapshot holds no versions of its own
    CHECK(back.project.info.title == u"Nested"_s);
}
