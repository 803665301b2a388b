// SPDX-License-Identifier: GPL-3.0-or-later
#include "textshortening.h"

namespace bw {

namespace {

bool isDangling(QChar c)
{
    return c.isSpace() || c == u',' || c == u';' || c == u':' || c == u'-' || c == QChar(0x2013) || c == QChar(0x2014)
        || c == u'(' || c == u'/';
}

} // namespace

QString shortenAtWord(const QString &text, int maxLength)
{
    const QString line = text.simplified();
    if (line.size() <= maxLength || maxLength <= 0)
        return line;
    const QChar ellipsis(0x2026);
    // Room for the ellipsis; the cut goes at the last space at or before that point, so the word
    // the limit falls into is left out entirely.
    qsizetype cut = line.lastIndexOf(u' ', qMax(0, maxLength - 1));
    if (cut <= 0) {
        // A first "word" longer than the limit is no word a person wrote (a pasted link, a
        // flood of letters): the only place it can be cut is inside it.
        return line.left(qMax(1, maxLength - 1)) + ellipsis;
    }
    while (cut > 0 && isDangling(line.at(cut - 1)))
        --cut;
    if (cut <= 0)
        return line;
    return line.left(cut) + ellipsis;
}

} // namespace bw
