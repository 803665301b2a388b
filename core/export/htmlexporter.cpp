// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlexporter.h"

#include "exportprogress.h"
#include "exporttext.h"
#include "model/palette.h"
#include "plan/plantext.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// Text content and attribute values: every user string goes through here, so "<script>" or a
// stray quote is shown as written and never read as markup.
QString esc(QStringView text)
{
    return cleanText(text).toHtmlEscaped();
}

// As esc(), with line breaks kept as <br>.
QString escLines(QStringView text)
{
    return esc(text).replace(u'\n', u"<br>"_s);
}

// A CSS string literal that is safe inside <style>: anything but plain letters, digits and a
// few punctuation marks is written as a hexadecimal escape, so neither a quote nor "</style>"
// can end it.
QString cssString(QStringView text)
{
    QString out = u"\""_s;
    const QString clean = cleanText(text);
    for (const char32_t c : clean.toUcs4()) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
                           || (c >= u'0' && c <= u'9') || c == u' ' || c == u'.' || c == u','
                           || c == u'-' || c == u':' || c == u'|' || c == u'(' || c == u')';
        if (plain)
            out += QChar(char16_t(c));
        else
            out += u'\\' + QString::number(uint(c), 16) + u' ';
    }
    return out + u'"';
}

QString cssColour(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

// A step of 1, 2, 2.5 or 5 × 10ⁿ that gives about `ticks` gridlines up to `max`.
double niceStep(double max, int ticks)
{
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double n = raw / magnitude;
    const double step = n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10;
    return step * magnitude;
}

QString styleSheet(const plan::Plan &plan, const ExportOptions &options)
{
    const QColor accent = plan.cover.accent;
    const QString soft = u"rgba(%1,%2,%3,0.09)"_s.arg(accent.red()).arg(accent.green()).arg(accent.blue());
    // "Page %1 of %2" becomes: "Page " counter(page) " of " counter(pages).
    QString pageOf = cssString(plan::PlanText::pageOfPattern());
    pageOf.replace(u"%1"_s, u"\" counter(page) \""_s).replace(u"%2"_s, u"\" counter(pages) \""_s);
    const QString paper = options.paper == ExportOptions::Paper::Letter ? u"letter"_s : u"A4"_s;

    QString css;
    css += uR"(*{box-sizing:border-box}
html{font-size:16px}
body{margin:0;color:var(--ink);background:#eef1f4;font-family:"Source Sans 3","Source Sans Pro","Segoe UI","Helvetica Neue",Helvetica,Arial,sans-serif;line-height:1.55;-webkit-font-smoothing:antialiased;text-rendering:optimizeLegibility}
.document{max-width:60rem;margin:2.5rem auto;background:#fff;padding:3.5rem 4.5rem 2.5rem;box-shadow:0 1px 4px rgba(16,24,40,.08)}
.cover{border-top:12px solid var(--accent);padding:3.5rem 0 3rem;margin-bottom:2.5rem}
.cover .logo{display:block;max-height:72px;max-width:240px;margin-bottom:2.5rem}
.cover .kind{margin:0;text-transform:uppercase;letter-spacing:.16em;font-size:.82rem;font-weight:600;color:var(--accent)}
.cover h1{font-size:2.5rem;line-height:1.18;font-weight:700;margin:.7rem 0 2.5rem;max-width:44rem}
.cover dl{display:grid;grid-template-columns:max-content 1fr;gap:.45rem 2rem;margin:0;font-size:1.02rem}
.cover dt{color:var(--muted)}
.cover dd{margin:0}
nav.toc{margin:0 0 2rem;padding:1.5rem 2rem;background:var(--accent-soft);border-radius:4px}
nav.toc h2{border:0;margin:0 0 .6rem;padding:0;font-size:1.05rem;text-transform:uppercase;letter-spacing:.12em}
nav.toc ol{margin:0;padding-left:1.4rem;columns:2;column-gap:3rem}
nav.toc a{color:var(--ink);text-decoration:none}
nav.toc a:hover{color:var(--accent);text-decoration:underline}
h2{font-size:1.65rem;line-height:1.25;font-weight:700;color:var(--accent);border-bottom:2px solid var(--accent);padding-bottom:.35rem;margin:3.2rem 0 1.2rem}
h3{font-size:1.22rem;line-height:1.3;font-weight:650;margin:2.2rem 0 .6rem}
h4{font-size:1.02rem;font-weight:650;margin:1.6rem 0 .4rem}
p{margin:.6rem 0 1rem;max-width:48rem}
p.lead{font-size:1.1rem;line-height:1.6}
p.note{color:var(--muted);font-size:.88rem}
table{width:100%;border-collapse:collapse;margin:1rem 0 1.6rem;font-size:.88rem;line-height:1.42}
th{text-align:left;font-weight:600;background:var(--accent-soft);border-bottom:2px solid var(--accent);padding:.5rem .6rem;vertical-align:bottom}
td{padding:.48rem .6rem;border-bottom:1px solid var(--rule);vertical-align:top;overflow-wrap:anywhere}
th.num,td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tbody tr:nth-child(even) td{background:#f8f9fb}
dl.fields{display:grid;grid-template-columns:minmax(9rem,max-content) 1fr;gap:.4rem 1.8rem;margin:.8rem 0 1.4rem}
dl.fields>div{display:contents}
dl.fields dt{color:var(--muted);font-weight:600}
dl.fields dd{margin:0}
ul,ol{padding-left:1.5rem;margin:.6rem 0 1.2rem}
li{margin:.25rem 0}
ul.checklist{list-style:none;padding-left:.2rem}
ul.checklist li::before{content:"\2610";color:var(--accent);margin-right:.6rem}
figure.chart{margin:1.2rem 0 1.6rem}
figure.chart svg{display:block;width:100%;max-width:44rem;height:auto}
figure.chart figcaption{font-size:.85rem;color:var(--muted);margin-top:.4rem}
footer.document-footer{margin-top:3rem;padding-top:1rem;border-top:1px solid var(--rule);color:var(--muted);font-size:.82rem;display:flex;justify-content:space-between;gap:2rem}
@media (max-width:48rem){.document{padding:1.5rem;margin:0}nav.toc ol{columns:1}}
@media print{
)"_s;
    css += u"@page{size:" + paper + u";margin:18mm 16mm 20mm;@bottom-left{content:"
           + cssString(plan.cover.footer) + u";font-size:8pt;color:#5b6472}@bottom-right{content:"
           + pageOf + u";font-size:8pt;color:#5b6472}}\n";
    css += uR"(html{font-size:10.5pt}
body{background:#fff}
.document{max-width:none;margin:0;padding:0;box-shadow:none}
.cover{min-height:230mm;break-after:page}
nav.toc{break-after:page;background:none;padding:0}
nav.toc ol{columns:1}
section.plan-section{break-before:page}
h2,h3,h4{break-after:avoid}
p.lead{break-after:avoid}
tr,figure,dl.fields{break-inside:avoid}
thead{display:table-header-group}
a{color:inherit;text-decoration:none}
footer.document-footer{display:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)"_s;
    // Colours are written out rather than kept in custom properties: mail clients and office
    // suites that import HTML ignore var(), and the accent is the brand.
    css.replace(u"var(--accent-soft)"_s, soft);
    css.replace(u"var(--accent)"_s, cssColour(accent));
    css.replace(u"var(--ink)"_s, u"#1d2430"_s);
    css.replace(u"var(--muted)"_s, u"#5b6472"_s);
    css.replace(u"var(--rule)"_s, u"#dde2e8"_s);
    return css;
}

void writeTable(QString &html, const plan::Table &t)
{
    const auto isNumeric = [&t](qsizetype c) { return c < t.numeric.size() && t.numeric[c]; };
    int total = 0;
    for (int w : t.widths)
        total += w;
    html += u"<table>\n"_s;
    if (total > 0 && t.widths.size() == t.header.size()) {
        html += u"<colgroup>"_s;
        for (int w : t.widths)
            html += u"<col style=\"width:" + num(100.0 * w / total) + u"%\">";
        html += u"</colgroup>\n"_s;
    }
    html += u"<thead><tr>"_s;
    for (qsizetype c = 0; c < t.header.size(); ++c)
        html += (isNumeric(c) ? u"<th scope=\"col\" class=\"num\">"_s : u"<th scope=\"col\">"_s)
                + esc(t.header[c]) + u"</th>";
    html += u"</tr></thead>\n<tbody>\n"_s;
    for (const QStringList &row : t.rows) {
        html += u"<tr>"_s;
        for (qsizetype c = 0; c < row.size(); ++c)
            html += (isNumeric(c) ? u"<td class=\"num\">"_s : u"<td dir=\"auto\">"_s)
                    + escLines(row[c]) + u"</td>";
        html += u"</tr>\n"_s;
    }
    html += u"</tbody>\n</table>\n"_s;
}

void writeBlock(QString &html, const plan::Block &block)
{
    std::visit(
        [&html](const auto &b) {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, plan::Heading>) {
                const QString tag = b.level <= 2 ? u"h3"_s : u"h4"_s;
                html += u'<' + tag + u" id=\"" + esc(b.anchor) + u"\" dir=\"auto\">" + esc(b.text)
                        + u"</" + tag + u">\n";
            } else if constexpr (std::is_same_v<T, plan::Paragraph>) {
                const QString cls = b.role == plan::Paragraph::Role::Lead   ? u" class=\"lead\""_s
                                    : b.role == plan::Paragraph::Role::Note ? u" class=\"note\""_s
                                                                            : QString();
                html += u"<p" + cls + u" dir=\"auto\">" + escLines(b.text) + u"</p>\n";
            } else if constexpr (std::is_same_v<T, plan::Fields>) {
                html += u"<dl class=\"fields\">\n"_s;
                for (const plan::Field &f : b.items)
                    html += u"<div><dt>" + esc(f.label) + u"</dt><dd dir=\"auto\">"
                            + escLines(f.value) + u"</dd></div>\n";
                html += u"</dl>\n"_s;
            } else if constexpr (std::is_same_v<T, plan::List>) {
                const bool ordered = b.style == plan::List::Style::Numbered;
                html += ordered ? u"<ol>\n"_s
                                : b.style == plan::List::Style::Checklist ? u"<ul class=\"checklist\">\n"_s
                                                                          : u"<ul>\n"_s;
                for (const QString &item : b.items)
                    html += u"<li dir=\"auto\">" + escLines(item) + u"</li>\n";
                html += ordered ? u"</ol>\n"_s : u"</ul>\n"_s;
            } else if constexpr (std::is_same_v<T, plan::Table>) {
                writeTable(html, b);
            } else if constexpr (std::is_same_v<T, plan::Chart>) {
                html += u"<figure class=\"chart\">\n"_s + HtmlExporter::chartSvg(b)
                        + u"<figcaption>" + esc(b.title) + u"</figcaption>\n</figure>\n";
            }
        },
        block);
}

void writeCover(QString &html, const plan::Cover &c)
{
    html += u"<header class=\"cover\">\n"_s;
    if (!c.logo.isEmpty())
        html += u"<img class=\"logo\" alt=\"\" src=\"data:" + c.logoMime + u";base64,"
                + QString::fromLatin1(c.logo.toBase64()) + u"\">\n";
    html += u"<p class=\"kind\">" + esc(c.subtitle) + u"</p>\n";
    html += u"<h1 dir=\"auto\">" + esc(c.title) + u"</h1>\n<dl>\n";
    const auto field = [&html](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            html += u"<dt>" + esc(label) + u"</dt><dd dir=\"auto\">" + escLines(value) + u"</dd>\n";
    };
    field(plan::PlanText::preparedFor(), c.client);
    field(plan::PlanText::audience(), c.audience);
    field(plan::PlanText::preparedBy(), c.author);
    field(plan::PlanText::date(), c.dateText);
    field(plan::PlanText::version(), c.version);
    html += u"</dl>\n</header>\n"_s;
}

} // namespace

QString HtmlExporter::key() const { return u"html"_s; }
QString HtmlExporter::fileSuffix() const { return u"html"_s; }
QString HtmlExporter::label() const
{
    return QCoreApplication::translate("bw::HtmlExporter", "Web page (HTML)");
}

QString HtmlExporter::chartSvg(const plan::Chart &chart)
{
    const plan::BlendSeries &s = chart.series;
    const auto phases = s.shownPhases();
    const auto dirs = s.shownDirections();
    constexpr double width = 680, labelWidth = 120, right = 56, top = 10, rowHeight = 38,
                     barHeight = 24;
    const double plotWidth = width - labelWidth - right;
    const double plotBottom = top + rowHeight * phases.size();
    double max = 0;
    for (Phase p : phases)
        max = std::max(max, s.phaseTotal(p).minutes);
    const double step = max > 0 ? niceStep(max, 5) : 10;
    const double axisMax = std::max(step, std::ceil(max / step) * step);
    const double scale = plotWidth / axisMax;
    const double height = plotBottom + 86;

    QString svg = u"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + num(width) + u' '
                  + num(height) + u"\" role=\"img\" aria-label=\"" + esc(chart.title)
                  + u"\" font-family=\"inherit\" font-size=\"12\">\n";
    // Gridlines and value axis.
    for (double v = 0; v <= axisMax + step / 2; v += step) {
        const double x = labelWidth + v * scale;
        svg += u"<line x1=\"" + num(x) + u"\" y1=\"" + num(top - 4) + u"\" x2=\"" + num(x)
               + u"\" y2=\"" + num(plotBottom) + u"\" stroke=\"#dde2e8\" stroke-width=\"1\"/>\n";
        svg += u"<text x=\"" + num(x) + u"\" y=\"" + num(plotBottom + 16)
               + u"\" text-anchor=\"middle\" fill=\"#5b6472\">" + plan::formatMinutes(v)
               + u"</text>\n";
    }
    svg += u"<text x=\"" + num(labelWidth + plotWidth / 2) + u"\" y=\"" + num(plotBottom + 36)
           + u"\" text-anchor=\"middle\" fill=\"#1d2430\" font-weight=\"600\">"
           + esc(chart.valueAxis) + u"</text>\n";
    svg += u"<text x=\"" + num(labelWidth - 12) + u"\" y=\"" + num(top - 0.5)
           + u"\" text-anchor=\"end\" fill=\"#5b6472\" font-size=\"10\">"
           + esc(chart.categoryAxis) + u"</text>\n";
    // One stacked bar per phase.
    for (qsizetype r = 0; r < phases.size(); ++r) {
        const double y = top + rowHeight * r + (rowHeight - barHeight) / 2;
        svg += u"<text x=\"" + num(labelWidth - 12) + u"\" y=\"" + num(y + barHeight / 2 + 4)
               + u"\" text-anchor=\"end\" fill=\"#1d2430\">" + esc(enumLabel(phases[r]))
               + u"</text>\n";
        double x = labelWidth;
        for (Direction d : dirs) {
            const double minutes = s.at(phases[r], d).minutes;
            if (minutes <= 0)
                continue;
            const double w = minutes * scale;
            const QColor colour = palette::directionColour(d);
            svg += u"<rect x=\"" + num(x) + u"\" y=\"" + num(y) + u"\" width=\"" + num(w)
                   + u"\" height=\"" + num(barHeight) + u"\" fill=\"" + cssColour(colour)
                   + u"\"><title>" + esc(enumLabel(phases[r])) + u", " + esc(enumLabel(d)) + u": "
                   + plan::formatMinutes(minutes) + u"</title></rect>\n";
            const QString value = plan::formatMinutes(minutes);
            if (w >= 12 + 7 * value.size()) {
                const QString ink = qGray(colour.rgb()) > 150 ? u"#1d2430"_s : u"#ffffff"_s;
                svg += u"<text x=\"" + num(x + w / 2) + u"\" y=\"" + num(y + barHeight / 2 + 4)
                       + u"\" text-anchor=\"middle\" fill=\"" + ink + u"\" font-size=\"11\">"
                       + value + u"</text>\n";
            }
            x += w;
        }
        const double total = s.phaseTotal(phases[r]).minutes;
        if (total > 0)
            svg += u"<text x=\"" + num(x + 6) + u"\" y=\"" + num(y + barHeight / 2 + 4)
                   + u"\" fill=\"#5b6472\" font-size=\"11\">" + plan::formatMinutes(total) + u"</text>\n";
    }
    svg += u"<line x1=\"" + num(labelWidth) + u"\" y1=\"" + num(top - 4) + u"\" x2=\""
           + num(labelWidth) + u"\" y2=\"" + num(plotBottom) + u"\" stroke=\"#5b6472\"/>\n";
    // Legend.
    double lx = labelWidth;
    const double ly = plotBottom + 58;
    for (Direction d : dirs) {
        const QString name = esc(enumLabel(d));
        svg += u"<rect x=\"" + num(lx) + u"\" y=\"" + num(ly - 10) + u"\" width=\"12\" height=\"12\" fill=\""
               + cssColour(palette::directionColour(d)) + u"\"/>\n";
        svg += u"<text x=\"" + num(lx + 18) + u"\" y=\"" + num(ly) + u"\" fill=\"#1d2430\">" + name
               + u"</text>\n";
        lx += 18 + 7.2 * enumLabel(d).size() + 26;
    }
    svg += u"</svg>\n"_s;
    return svg;
}

QString HtmlExporter::write(const plan::Plan &plan, const Project &, const ExportOptions &options,
                            QIODevice &out, const ExportControl &control) const
{
    ExportProgress progress(plan, control);
    const plan::Cover &c = plan.cover;
    QString html;
    html.reserve(64 * 1024 + plan.activities.size() * 1200);
    html += u"<!DOCTYPE html>\n<html lang=\"" + esc(c.language) + u"\">\n<head>\n<meta charset=\"utf-8\">\n"
            u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            u"<meta name=\"generator\" content=\"Blendwise " BLENDWISE_VERSION "\">\n";
    if (!c.author.trimmed().isEmpty())
        html += u"<meta name=\"author\" content=\"" + esc(c.author) + u"\">\n";
    html += u"<title>" + esc(c.title) + u"</title>\n<style>\n" + styleSheet(plan, options)
            + u"</style>\n</head>\n<body>\n<article class=\"document\">\n";
    if (plan.includeCover)
        writeCover(html, c);
    if (plan.sections.size() > 1) {
        html += u"<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">"
                + esc(plan::PlanText::contents()) + u"</h2>\n<ol>\n";
        for (const plan::Section &s : plan.sections)
            html += u"<li><a href=\"#" + esc(s.key) + u"\">" + esc(s.title) + u"</a></li>\n";
        html += u"</ol>\n</nav>\n"_s;
    }
    for (const plan::Section &s : plan.sections) {
        html += u"<section class=\"plan-section\" id=\"" + esc(s.key) + u"\">\n<h2>" + esc(s.title)
                + u"</h2>\n";
        for (const plan::Block &b : s.blocks) {
            writeBlock(html, b);
            if (!progress.advance(b))
                return {};
        }
        html += u"</section>\n"_s;
    }
    html += u"<footer class=\"document-footer\"><span dir=\"auto\">" + esc(c.footer) + u"</span><span>"
            + esc(plan::PlanText::generatedBy()) + u"</span></footer>\n</article>\n</body>\n</html>\n";

    const QByteArray bytes = html.toUtf8();
    if (out.write(bytes) != bytes.size())
        return out.errorString();
    return {};
}

} // namespace bw
