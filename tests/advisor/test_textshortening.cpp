// SPDX-License-Identifier: GPL-3.0-or-later
// shortenAtWord (core/model/textshortening.h): the one helper that cuts names and statements for
// messages, at a word boundary and with an ellipsis.
#include "model/textshortening.h"
#include "qtprint.h"

using namespace bw;
using namespace Qt::StringLiterals;

TEST_CASE("Text is shortened at a word boundary, never inside a word")
{
    CHECK(shortenAtWord(u"Rank risks"_s, 60) == u"Rank risks"_s);
    CHECK(shortenAtWord(u"  Rank\n  risks "_s, 60) == u"Rank risks"_s);
    const QString statement = u"Calculate and rank the risks of an international project"_s;
    CHECK(shortenAtWord(statement, statement.size()) == statement);
    CHECK(shortenAtWord(statement, 40) == u"Calculate and rank the risks of an…"_s);
    CHECK(shortenAtWord(statement, 40).size() <= 40);
    // The word the limit falls into is left out entirely, as is punctuation left dangling.
    CHECK(shortenAtWord(u"Pricing, discounts and margins"_s, 12) == u"Pricing…"_s);
    CHECK(shortenAtWord(u"Day 1 – the product range in depth"_s, 9) == u"Day 1…"_s);
    for (int limit = 2; limit < statement.size(); ++limit) {
        CAPTURE(limit);
        const QString shown = shortenAtWord(statement, limit);
        REQUIRE(shown.endsWith(u'…'));
        const QString kept = shown.chopped(1);
        // Whatever is kept is whole words of the statement.
        CHECK(statement.startsWith(kept));
        CHECK((kept.size() == statement.size() || statement.at(kept.size()) == u' ' || limit <= 10));
    }
}

TEST_CASE("Only a single word longer than the limit is cut inside, so nothing floods a message")
{
    const QString flood(10000, u'x');
    const QString shown = shortenAtWord(flood, 40);
    CHECK(shown.size() == 40);
    CHECK(shown.endsWith(u'…'));
    CHECK(shortenAtWord(u"Supercalifragilistic risks"_s, 10) == u"Supercali…"_s);
}
