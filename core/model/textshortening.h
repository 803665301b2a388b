// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace bw {

// The text on one line (runs of white space become one space), cut to at most `maxLength`
// characters at a word boundary and ended with an ellipsis (…) when anything was left out.
// A word is never cut, except a first "word" longer than `maxLength` itself (a pasted link, a
// string of letters), which is cut at the limit. Punctuation left dangling before the cut (a comma, a
// colon, a dash) is dropped. Every place that shortens a name or a statement for a message or a
// document uses this, so that "Calculate and rank the risks of an internat…" cannot happen.
QString shortenAtWord(const QString &text, int maxLength);

} // namespace bw
