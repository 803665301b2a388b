// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoninput.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// The context of this file's texts, declared so that lupdate files them under it too.
class JsonInput {
    Q_DECLARE_TR_FUNCTIONS(bw::JsonInput)
};

QString where(const QByteArray &json, qsizetype offset)
{
    const QByteArrayView before(json.constData(), offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (QByteArrayView(before).lastIndexOf('\n') + 1) + 1;
    return JsonInput::tr("line %1, column %2").arg(line).arg(column);
}

// The encoding the first bytes show when it is not UTF-8; JSON interchange files are UTF-8.
QString foreignEncoding(const QByteArray &json)
{
    const auto starts = [&](const char *bytes, qsizetype n) { return json.startsWith(QByteArrayView(bytes, n)); };
    if (starts("\xFF\xFE\0\0", 4))
        return u"UTF-32 (little-endian)"_s;
    if (starts("\0\0\xFE\xFF", 4))
        return u"UTF-32 (big-endian)"_s;
    if (starts("\xFF\xFE", 2))
        return u"UTF-16 (little-endian)"_s;
    if (starts("\xFE\xFF", 2))
        return u"UTF-16 (big-endian)"_s;
    // Without a byte-order mark: JSON starts with ASCII, so zero bytes beside it tell.
    if (json.size() >= 4) {
        const bool z[4] = { json[0] == 0, json[1] == 0, json[2] == 0, json[3] == 0 };
        if (!z[0] && z[1] && z[2] && z[3])
            return u"UTF-32 (little-endian)"_s;
        if (z[0] && z[1] && z[2] && !z[3])
            return u"UTF-32 (big-endian)"_s;
        if (!z[0] && z[1])
            return u"UTF-16 (little-endian)"_s;
        if (z[0] && !z[1])
            return u"UTF-16 (big-endian)"_s;
    }
    return {};
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of "\uXXXX" at `i` (the backslash), or -1 when there is none.
int escapedUnit(const QByteArray &json, qsizetype i)
{
    if (i + 6 > json.size() || json[i] != '\\' || json[i + 1] != 'u')
        return -1;
    int unit = 0;
    for (qsizetype k = i + 2; k < i + 6; ++k) {
        const int h = hexValue(json[k]);
        if (h < 0)
            return -1;
        unit = unit * 16 + h;
    }
    return unit;
}

} // namespace

QString jsonInputProblem(const QByteArray &json)
{
    if (json.size() > MaxJsonInputBytes)
        return JsonInput::tr("the document is larger than %1 MB, the limit for a plan")
            .arg(MaxJsonInputBytes / (1024 * 1024));
    if (const QString encoding = foreignEncoding(json); !encoding.isEmpty())
        return JsonInput::tr("the file is encoded as %1; a Blendwise plan in JSON must be UTF-8").arg(encoding);

    // One pass over the strings: their lengths and their \u escapes. Everything else is left
    // to the parser.
    bool inString = false;
    qsizetype stringStart = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (!inString) {
            if (c == '"') {
                inString = true;
                stringStart = i;
            }
            continue;
        }
        if (c == '"') {
            inString = false;
            if (i - stringStart - 1 > MaxJsonTextBytes)
                return JsonInput::tr("the text at %1 is longer than %2 MB, the limit for one text")
                    .arg(where(json, stringStart))
                    .arg(MaxJsonTextBytes / (1024 * 1024));
            continue;
        }
        if (c != '\\')
            continue;
        const int unit = escapedUnit(json, i);
        if (unit < 0) {
            ++i; // skips the escaped character ("\"" included); the parser judges the escape
            continue;
        }
        if (unit >= 0xDC00 && unit <= 0xDFFF)
            return JsonInput::tr("the text at %1 has a lone UTF-16 surrogate (\\u%2), which is not a character")
                .arg(where(json, stringStart))
                .arg(unit, 4, 16, QLatin1Char('0'));
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const int low = escapedUnit(json, i + 6);
            if (low < 0xDC00 || low > 0xDFFF)
                return JsonInput::tr("the text at %1 has a lone UTF-16 surrogate (\\u%2), which is not a character")
                    .arg(where(json, stringStart))
                    .arg(unit, 4, 16, QLatin1Char('0'));
            i += 6; // the pair's low half is fine
        }
        i += 5;
    }
    if (inString && json.size() - stringStart - 1 > MaxJsonTextBytes)
        return JsonInput::tr("the text at %1 is longer than %2 MB, the limit for one text")
            .arg(where(json, stringStart))
            .arg(MaxJsonTextBytes / (1024 * 1024));
    return {};
}

} // namespace bw
