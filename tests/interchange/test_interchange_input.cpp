// SPDX-License-Identifier: GPL-3.0-or-later
// What the JSON parser would accept silently is refused before parsing (issue 13, item 11):
// lone surrogate escapes, other encodings than UTF-8, documents and texts beyond the limits.
#include "interchange/jsoninput.h"
#include "interchange/jsoninterchange.h"
#include "model/projectvalidation.h"

#include "qtprint.h"

#include <catch2/catch.hpp>

using namespace bw;
using namespace Qt::StringLiterals;

namespace {

QByteArray titled(const QByteArray &escapedTitle)
{
    return R"({"format": "blendwise-plan", "version": 1, "title": ")" + escapedTitle + R"("})";
}

} // namespace

TEST_CASE("A lone surrogate escape is refused, not silently changed", "[interchange][input]")
{
    for (const QByteArray &bad : { QByteArray(R"(E\ud800x)"), QByteArray(R"(E\uDBFF)"), QByteArray(R"(\udc00)"),
             QByteArray(R"(\ud800\u0041)"), QByteArray(R"(\ud83d\ud83d\ude00)") }) {
        INFO(bad.toStdString());
        const JsonImportResult r = projectFromJson(titled(bad));
        CHECK_FALSE(r.project);
        CHECK(r.error.contains(u"lone UTF-16 surrogate"_s));
        CHECK(r.error.contains(u"line 1, column 53"_s));
    }
    // A proper pair is a character; an escaped backslash before "u" is no escape at all.
    const JsonImportResult pair = projectFromJson(titled(R"(smile \ud83d\ude00)"));
    REQUIRE(pair.project);
    CHECK(pair.project->info.title == u"smile 😀"_s);
    const JsonImportResult literal = projectFromJson(titled(R"(C:\\ud800)"));
    REQUIRE(literal.project);
    CHECK(literal.project->info.title == u"C:\\ud800"_s);
}

TEST_CASE("UTF-16 and UTF-32 documents are named as such", "[interchange][input]")
{
    const QString text = QString::fromUtf8(titled("Plan"));
    QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    CHECK(projectFromJson(le).error.contains(u"UTF-16 (little-endian)"_s));
    CHECK(projectFromJson(QByteArray("\xFF\xFE", 2) + le).error.contains(u"UTF-16 (little-endian)"_s));
    QByteArray be;
    for (qsizetype i = 0; i < le.size(); i += 2)
        be.append(le[i + 1]).append(le[i]);
    CHECK(projectFromJson(be).error.contains(u"UTF-16 (big-endian)"_s));
    const QList<uint> ucs4 = text.toUcs4();
    const QByteArray utf32(reinterpret_cast<const char *>(ucs4.constData()), ucs4.size() * 4);
    CHECK(projectFromJson(utf32).error.contains(u"UTF-32 (little-endian)"_s));
}

TEST_CASE("Documents and texts beyond the documented limits are refused", "[interchange][input]")
{
    CHECK(jsonInputProblem(QByteArray(MaxJsonInputBytes + 1, ' ')).contains(u"larger than 64 MB"_s));
    CHECK(jsonInputProblem(titled(QByteArray(MaxJsonTextBytes, 'x'))).isEmpty());
    const QString tooLong = jsonInputProblem(titled(QByteArray(MaxJsonTextBytes + 1, 'x')));
    CHECK(tooLong.contains(u"longer than 24 MB"_s));
    CHECK(tooLong.size() < 200);
    // The base64 of the largest file an assessment instrument may attach fits in one text.
    CHECK(QByteArray(Limits::MaxInstrumentFileBytes, 'x').toBase64().size() <= MaxJsonTextBytes);
    // An unterminated text counts too.
    CHECK(jsonInputProblem("\"" + QByteArray(MaxJsonTextBytes + 1, 'x')).contains(u"longer than 24 MB"_s));
}

TEST_CASE("Numbers in messages are exact, keys in messages are cut", "[interchange][input]")
{
    const JsonImportResult big
        = projectFromJson(R"({"format": "blendwise-plan", "version": 1, "maxTools": 2147483648})");
    CHECK(big.error.contains(u"the number 2147483648"_s));
    const JsonImportResult unknown
        = projectFromJson(R"({"format": "blendwise-plan", "version": 1, ")" + QByteArray(100000, 'k') + R"(": 1})");
    REQUIRE(unknown.project);
    REQUIRE(unknown.warnings.size() == 1);
    CHECK(unknown.warnings.first().size() < 200);
}
