// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttestsupport.h"

#include "catalogue/catalogue.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace exporttest {

bw::Project templ(const QString &name)
{
    auto project = bw::templateProject(name);
    REQUIRE(project.has_value());
    return *project;
}

QByteArray render(const bw::Project &project, const QString &format, bw::ExportOptions options)
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

std::optional<QList<QStringList>> parseCsv(const QByteArray &csv, QString *error)
{
    const QString text = QString::fromUtf8(csv);
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const auto fail = [&](const QString &why) {
        *error = why + u" at offset " + QString::number(i);
        return std::nullopt;
    };
    while (i < text.size()) {
        if (text[i] == u'"') { // quoted field
            ++i;
            for (;;) {
                if (i >= text.size())
                    return fail(u"unterminated quoted field"_s);
                if (text[i] == u'"') {
                    if (i + 1 < text.size() && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < text.size() && text[i] != u',' && text[i] != u'\r') {
                if (text[i] == u'"' || text[i] == u'\n')
                    return fail(u"quote or bare line feed in an unquoted field"_s);
                field += text[i++];
            }
        }
        record.append(std::exchange(field, QString()));
        if (i >= text.size())
            return fail(u"last record without CRLF"_s);
        if (text[i] == u',') {
            ++i;
            continue;
        }
        if (text[i] != u'\r' || i + 1 >= text.size() || text[i + 1] != u'\n')
            return fail(u"field not followed by a comma or CRLF"_s);
        i += 2;
        records.append(std::exchange(record, QStringList()));
    }
    return records;
}

QStringList unfoldIcs(const QByteArray &ics)
{
    QString text = QString::fromUtf8(ics);
    text.replace(u"\r\n "_s, QString());
    QStringList lines = text.split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QString unescapeIcsText(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size()) {
            const QChar next = value[++i];
            out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
        } else {
            out += value[i];
        }
    }
    return out;
}

QString hostileText()
{
    return u"<script>alert(\"x & y\")</script> ]]> &amp; 'single' \"double\" "
           u"| pipe * star _under_ `tick` [link](http://x) # hash\n"
           u"- dash 1. one; semi, comma \\ back \x01\x07\x1b"
           u"\r\nשלום עולם 😀 مرحبا"_s;
}

QString hostileTextClean()
{
    return u"<script>alert(\"x & y\")</script> ]]> &amp; 'single' \"double\" "
           u"| pipe * star _under_ `tick` [link](http://x) # hash\n"
           u"- dash 1. one; semi, comma \\ back "
           u"\nשלום עולם 😀 مرحبا"_s;
}

bw::Project hostileProject()
{
    bw::Project p = templ(u"it-risk"_s);
    const QString h = hostileText();
    p.info.title = h;
    p.info.client = h;
    p.info.summary = h;
    p.info.brand.footer = h;
    p.info.rules.append(h);
    p.info.evaluation = h;
    p.roles[0].duties = h;
    p.moments[0].name = h;
    p.moments[0].place = h;
    p.objectives[0].statement = h;
    p.objectives[0].measure = h;
    auto &a = p.objectives[0].activities[0];
    a.title = h;
    a.instructions = h;
    a.deliverable = h;
    a.benefit = h;
    const int toolRow = p.toolRow(a.toolId);
    REQUIRE(toolRow >= 0);
    p.tools[toolRow].name = h;
    p.tools[toolRow].setup.append(h);
    return p;
}

} // namespace exporttest
