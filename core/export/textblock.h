// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>
#include <QTextLayout>

#include <memory>

class QPainter;

namespace bw {

// One text laid out once with QTextLayout: wrapped at a width, its lines placed from top to
// bottom. The paginator cuts paragraphs between its lines and PagePainter draws the lines at
// any scale, so the text is never laid out again. Safe to build on a worker thread.
//
// Every measure it gives is in points. Inside, the layout works in tenths of a point (a 720 dpi
// device): font engines round pixel sizes to whole pixels, which at 72 dpi would set 8.5 pt as
// 9 pt and throw every measure off by 6 %.
class TextBlock {
public:
    static constexpr qreal kUnitsPerPoint = 10;

    TextBlock() = default;

    // While one is alive on a thread, the blocks laid out on that thread share one copy of each
    // font resolved for the layout device, instead of one copy per block (a 10,000-activity plan
    // has some 190,000 blocks). Qt fonts fill their engine caches unsynchronised, so the blocks
    // of one scope must be painted by one thread at a time: one scope per PageLayout.
    class FontScope {
    public:
        FontScope();
        ~FontScope();
        FontScope(const FontScope &) = delete;
        FontScope &operator=(const FontScope &) = delete;
    };

    // `text` may hold '\n' for line breaks. Words wrap at `width`; a word longer than the width
    // (never chosen on purpose: columns are as wide as their longest word) breaks anywhere
    // rather than running over its box. `lineHeight` spaces the lines (1.0 = the font's own).
    static TextBlock lay(QString text, const QFont &font, qreal width, Qt::Alignment alignment = Qt::AlignLeading,
        qreal lineHeight = 1.0, const QList<QTextLayout::FormatRange> &formats = {});

    // `text` shortened with "…" to fit `width` points in `font`.
    static QString elided(const QString &text, const QFont &font, qreal width);

    // Draws lines [first, first + count) of `layout` (made by lay()) with the block's top-left
    // corner at `origin`, on a painter that draws in layout units (kUnitsPerPoint per point):
    // the caller scales the painter once for everything it draws.
    static void drawLines(QPainter &painter, const QTextLayout &layout, int first, int count, QPointF origin);

    std::shared_ptr<const QTextLayout> layout() const { return m_layout; }
    int lineCount() const { return int(m_tops.size()); }
    qreal top(int line) const { return m_tops.at(line); }
    qreal bottom(int line) const { return m_bottoms.at(line); }
    qreal height() const { return m_bottoms.isEmpty() ? 0 : m_bottoms.last(); }
    qreal width() const { return m_width; }
    qreal naturalWidth() const { return m_natural; }
    qreal ascent() const { return m_ascent; }

private:
    std::shared_ptr<QTextLayout> m_layout;
    QList<qreal> m_tops;
    QList<qreal> m_bottoms;
    qreal m_width = 0;
    qreal m_natural = 0;
    qreal m_ascent = 0;
};

} // namespace bw
