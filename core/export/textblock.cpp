// SPDX-License-Identifier: GPL-3.0-or-later
#include "textblock.h"

#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

constexpr qreal K = TextBlock::kUnitsPerPoint;

// A paint device of 720 dpi: a font set in points resolves to ten pixels per point. Layouts
// only read its resolution.
const QImage &layoutDevice()
{
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(28346); // 720 dpi
        image.setDotsPerMeterY(28346);
        return image;
    }();
    return device;
}

// The fonts of the innermost live FontScope on this thread, by QFont::key().
thread_local QHash<QString, QFont> *t_fonts = nullptr;
thread_local int t_fontScopes = 0;

QFont layoutFont(const QFont &font)
{
    if (!t_fonts)
        return font;
    const QString key = font.key();
    auto it = t_fonts->constFind(key);
    if (it == t_fonts->constEnd())
        it = t_fonts->insert(key, QFont(font, &layoutDevice()));
    return *it;
}

} // namespace

TextBlock::FontScope::FontScope()
{
    // A nested scope (on the same thread) joins the outer one.
    if (t_fontScopes++ == 0)
        t_fonts = new QHash<QString, QFont>;
}

TextBlock::FontScope::~FontScope()
{
    if (--t_fontScopes == 0) {
        delete t_fonts;
        t_fonts = nullptr;
    }
}

QString TextBlock::elided(const QString &text, const QFont &font, qreal width)
{
    return QFontMetricsF(font, &layoutDevice()).elidedText(text, Qt::ElideRight, width * K);
}

void TextBlock::drawLines(QPainter &painter, const QTextLayout &layout, int first, int count, QPointF origin)
{
    const int end = std::min(first + count, layout.lineCount());
    if (first < 0 || first >= end)
        return;
    // QTextLayout::draw (not QTextLine::draw) frees the shaping data again afterwards, so a
    // painted plan does not keep every glyph of every page in memory. The clip picks the lines,
    // kept clear of the neighbours' edges; it is in the painter's coordinates.
    const qreal top = layout.lineAt(first).y() + 0.5;
    const QTextLine last = layout.lineAt(end - 1);
    const qreal bottom = last.y() + last.height() - 0.5;
    layout.draw(&painter, origin, {}, QRectF(-1e6, origin.y() + top, 2e6, std::max<qreal>(0.1, bottom - top)));
}

TextBlock TextBlock::lay(QString text, const QFont &font, qreal width, Qt::Alignment alignment, qreal lineHeight,
    const QList<QTextLayout::FormatRange> &formats)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\n', QChar::LineSeparator);
    TextBlock block;
    block.m_width = width;
    // A font already resolved for the device is shared by the layout; any other is copied.
    auto layout = std::make_shared<QTextLayout>(text, layoutFont(font), &layoutDevice());
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // Unhinted advances: the same layout is painted at 96 dpi on a screen and at 600 in a PDF.
    option.setUseDesignMetrics(true);
    option.setTextDirection(Qt::LayoutDirectionAuto);
    layout->setTextOption(option);
    // No glyph cache: the layout keeps only its lines, so a 10,000-activity plan fits in memory;
    // painting shapes the few lines of a page again, which is cheap.
    layout->setCacheEnabled(false);
    if (!formats.isEmpty())
        layout->setFormats(formats);
    layout->beginLayout();
    qreal y = 0; // layout units
    for (;;) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLeadingIncluded(true);
        line.setLineWidth(width * K);
        line.setPosition(QPointF(0, y));
        if (block.m_tops.isEmpty())
            block.m_ascent = line.ascent() / K;
        block.m_tops.append(y / K);
        y += line.height() * lineHeight;
        block.m_bottoms.append(y / K);
        block.m_natural = std::max(block.m_natural, line.naturalTextWidth() / K);
    }
    layout->endLayout();
    block.m_layout = std::move(layout);
    return block;
}

} // namespace bw
