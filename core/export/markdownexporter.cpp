// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexporter.h"

#include "exportprogress.h"
#include "exporttext.h"
#include "plan/plantext.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// One line of user text, inert in Markdown: every character that can start markup is
// backslash-escaped (CommonMark allows that before any ASCII punctuation), and so are the
// characters that only mean something at the start of a line (lists, headings, rules).
QString escapeLine(QStringView line)
{
    static const QString always = u"\\`*_[]<>|#~&!{}"_s;
    QString out;
    out.reserve(line.size() + 8);
    qsizetype start = 0;
    while (start < line.size() && (line[start] == u' ' || line[start] == u'\t'))
        ++start; // leading indentation would turn the line into a code block
    for (qsizetype i = start; i < line.size(); ++i) {
        const QChar c = line[i];
        if (always.contains(c) || (i == start && (c == u'-' || c == u'+' || c == u'=')))
            out += u'\\';
        out += c;
    }
    // "1. " or "1) " at the start would become an ordered list item ("1.5 hours" would not).
    static const QRegularExpression listNumber(u"^(\\d{1,9})([.)])(\\s|$)"_s);
    if (const auto m = listNumber.match(out); m.hasMatch())
        out.insert(m.capturedLength(1), u'\\');
    return out;
}

// User text for one cell, list item or field: lines joined with <br>, the only raw HTML written.
QString inlineText(QStringView text)
{
    const QStringList lines = cleanText(text).split(u'\n');
    QStringList out;
    for (const QString &l : lines)
        out.append(escapeLine(l));
    return out.join(u"<br>"_s);
}

// A paragraph of user text: blank lines start a new paragraph, single breaks stay hard breaks.
QString paragraphText(QStringView text)
{
    QStringList paragraphs;
    for (const QString &para : cleanText(text).split(u"\n\n"_s, Qt::SkipEmptyParts)) {
        QStringList lines;
        for (const QString &l : para.split(u'\n'))
            if (!l.trimmed().isEmpty())
                lines.append(escapeLine(l));
        if (!lines.isEmpty())
            paragraphs.append(lines.join(u"\\\n"_s));
    }
    return paragraphs.join(u"\n\n"_s);
}

// GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens.
QString slug(const QString &heading)
{
    QString out;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            out += c;
        else if (c == u' ')
            out += u'-';
    }
    return out;
}

void writeTable(QString &md, const plan::Table &t)
{
    QStringList header;
    QStringList rule;
    for (qsizetype c = 0; c < t.header.size(); ++c) {
        header.append(inlineText(t.header[c]));
        rule.append(c < t.numeric.size() && t.numeric[c] ? u"---:"_s : u"---"_s);
    }
    md += u"| " + header.join(u" | ") + u" |\n| " + rule.join(u" | ") + u" |\n";
    for (const QStringList &row : t.rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(inlineText(cell));
        md += u"| " + cells.join(u" | ") + u" |\n";
    }
    md += u'\n';
}

// A bar chart in block characters: readable as plain text, rendered the same everywhere.
void writeChart(QString &md, const plan::Chart &chart)
{
    static const QChar fills[] = {u'·', u'█', u'▓', u'░'}; // by Direction value
    constexpr int barWidth = 40;
    const plan::BlendSeries &s = chart.series;
    const auto phases = s.shownPhases();
    const auto dirs = s.shownDirections();
    double max = 0;
    qsizetype labelWidth = 0;
    for (Phase p : phases) {
        max = std::max(max, s.phaseTotal(p).minutes);
        labelWidth = std::max(labelWidth, enumLabel(p).size());
    }
    md += u"**" + inlineText(chart.title) + u"**\n\n```text\n";
    for (Phase p : phases) {
        QString bar;
        for (Direction d : dirs) {
            const double m = s.at(p, d).minutes;
            const int cells = max > 0 ? int(std::lround(m / max * barWidth)) : 0;
            bar += QString(cells > 0 || m <= 0 ? cells : 1, fills[int(d)]);
        }
        md += enumLabel(p).leftJustified(labelWidth + 2) + bar.leftJustified(barWidth + 2)
              + plan::formatMinutes(s.phaseTotal(p).minutes) + u' ' + chart.valueAxis.toLower()
              + u'\n';
    }
    QStringList legend;
    for (Direction d : dirs)
        legend.append(QString(fills[int(d)]) + u' ' + enumLabel(d));
    md += u'\n' + legend.join(u"   ") + u"\n```\n\n";
}

void writeBlock(QString &md, const plan::Block &block)
{
    std::visit(
        [&md](const auto &b) {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, plan::Heading>) {
                md += QString(b.level <= 2 ? 3 : 4, u'#') + u' ' + inlineText(b.text) + u"\n\n";
            } else if constexpr (std::is_same_v<T, plan::Paragraph>) {
                const QString text = paragraphText(b.text);
                if (text.isEmpty())
                    return;
                md += b.role == plan::Paragraph::Role::Note ? u"<small>" + text + u"</small>" : text;
                md += u"\n\n"_s;
            } else if constexpr (std::is_same_v<T, plan::Fields>) {
                for (const plan::Field &f : b.items)
                    md += u"- **" + inlineText(f.label) + u":** " + inlineText(f.value) + u'\n';
                md += u'\n';
            } else if constexpr (std::is_same_v<T, plan::List>) {
                int n = 0;
                for (const QString &item : b.items) {
                    switch (b.style) {
                    case plan::List::Style::Numbered:
                        md += QString::number(++n) + u". ";
                        break;
                    case plan::List::Style::Checklist:
                        md += u"- [ ] "_s;
                        break;
                    case plan::List::Style::Bullet:
                        md += u"- "_s;
                        break;
                    }
                    md += inlineText(item) + u'\n';
                }
                md += u'\n';
            } else if constexpr (std::is_same_v<T, plan::Table>) {
                writeTable(md, b);
            } else if constexpr (std::is_same_v<T, plan::Chart>) {
                writeChart(md, b);
            }
        },
        block);
}

} // namespace

QString MarkdownExporter::key() const { return u"md"_s; }
QString MarkdownExporter::fileSuffix() const { return u"md"_s; }
QString MarkdownExporter::label() const
{
    return QCoreApplication::translate("bw::MarkdownExporter", "Markdown");
}

QString MarkdownExporter::write(const plan::Plan &plan, const Project &, const ExportOptions &,
                                QIODevice &out, const ExportControl &control) const
{
    ExportProgress progress(plan, control);
    const plan::Cover &c = plan.cover;
    QString md;
    md.reserve(32 * 1024 + plan.activities.size() * 600);
    md += u"# " + inlineText(c.title) + u"\n\n";
    if (plan.includeCover) {
        md += u"*" + inlineText(c.subtitle) + u"*\n\n";
        const auto field = [&md](const QString &label, const QString &value) {
            if (!value.trimmed().isEmpty())
                md += u"- **" + inlineText(label) + u":** " + inlineText(value) + u'\n';
        };
        field(plan::PlanText::preparedFor(), c.client);
        field(plan::PlanText::audience(), c.audience);
        field(plan::PlanText::preparedBy(), c.author);
        field(plan::PlanText::date(), c.dateText);
        field(plan::PlanText::version(), c.version);
        md += u'\n';
    }
    if (plan.sections.size() > 1) {
        md += u"## " + inlineText(plan::PlanText::contents()) + u"\n\n";
        int n = 0;
        for (const plan::Section &s : plan.sections)
            md += QString::number(++n) + u". [" + inlineText(s.title) + u"](#" + slug(s.title)
                  + u")\n";
        md += u'\n';
    }
    for (const plan::Section &s : plan.sections) {
        md += u"## " + inlineText(s.title) + u"\n\n";
        for (const plan::Block &b : s.blocks) {
            writeBlock(md, b);
            if (!progress.advance(b))
                return {};
        }
    }
    if (!c.footer.trimmed().isEmpty())
        md += u"---\n\n" + paragraphText(c.footer) + u'\n';

    const QByteArray bytes = md.toUtf8();
    if (out.write(bytes) != bytes.size())
        return out.errorString();
    return {};
}

} // namespace bw
