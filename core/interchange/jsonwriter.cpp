// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

namespace bw {

namespace {

// JSON string literal for `text`: only the characters JSON requires are escaped, everything
// else (emoji, right-to-left and CJK text included) is written as UTF-8.
QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

} // namespace

void JsonWriter::newLine()
{
    m_out += '\n';
    m_out += QByteArray(2 * m_levels.size(), ' ');
}

void JsonWriter::raw(const QString &text)
{
    m_out += text.toUtf8();
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &top = m_levels.last();
    Q_ASSERT(!top.isObject); // inside an object every value needs a key first
    if (!top.empty)
        m_out += ',';
    top.empty = false;
    newLine();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.append({ true, true });
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.append({ false, true });
}

void JsonWriter::endObject()
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().isObject);
    const bool empty = m_levels.takeLast().empty;
    if (!empty)
        newLine();
    m_out += '}';
    if (m_levels.isEmpty())
        m_out += '\n';
}

void JsonWriter::endArray()
{
    Q_ASSERT(!m_levels.isEmpty() && !m_levels.last().isObject);
    const bool empty = m_levels.takeLast().empty;
    if (!empty)
        newLine();
    m_out += ']';
    if (m_levels.isEmpty())
        m_out += '\n';
}

void JsonWriter::key(QLatin1String name)
{
    Q_ASSERT(!m_levels.isEmpty() && m_levels.last().isObject && !m_afterKey);
    Level &top = m_levels.last();
    if (!top.empty)
        m_out += ',';
    top.empty = false;
    newLine();
    raw(quoted(name));
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    raw(quoted(text));
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::field(QLatin1String name, const QString &text)
{
    key(name);
    value(text);
}

void JsonWriter::field(QLatin1String name, int number)
{
    key(name);
    value(qint64(number));
}

void JsonWriter::field(QLatin1String name, bool flag)
{
    key(name);
    value(flag);
}

void JsonWriter::field(QLatin1String name, const QStringList &texts)
{
    key(name);
    beginArray();
    for (const QString &t : texts)
        value(t);
    endArray();
}

} // namespace bw
