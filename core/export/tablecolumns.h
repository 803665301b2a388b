// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QList>
#include <QString>

namespace bw {

// Column widths that follow a table's content, as a browser sizes an automatic table: every
// column is measured for its narrowest possible width (its longest word; dates, durations and
// numbers count as one word, so "May 2027" stays on one line) and its natural width (its
// longest line unwrapped). The columns get their natural width when all fit, else the room
// above the minimums is shared in proportion to how much each column would like, so no word is
// ever broken ("Directio-n") while any column could still give.
class TableColumns {
public:
    // `padding` is the space left and right of a cell's text, in points.
    TableColumns(int columns, qreal padding);

    // Takes one cell's text, set in `font`, into account.
    void measure(int column, const QString &text, const QFont &font);
    // Takes a text that must stay on one line (a direction label with its dot) into account.
    void measureUnit(int column, const QString &text, const QFont &font);

    // Widths in points adding up to `total`; `weights` (the plan's relative widths) share out
    // any room left once every column has its natural width.
    QList<qreal> widths(qreal total, const QList<int> &weights) const;

private:
    struct Face {
        QString key;
        QFontMetricsF metrics;
        qreal scale;
        QHash<QString, qreal> words;
    };
    Face &face(const QFont &font);
    qreal advance(Face &face, const QString &text);

    QList<qreal> m_words; // longest word, padding included
    QList<qreal> m_minimum; // longest word or figure phrase

    QList<qreal> m_natural;
    qreal m_padding;
    QList<Face> m_faces;
};

} // namespace bw
