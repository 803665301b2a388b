// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecolumns.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// Measured at a large size without hinting and scaled down: small hinted sizes measure
// narrower than the same words set in print.
constexpr qreal kReference = 100;
// A little more than measured: the layout's own rounding must not push a word to a new line.
constexpr qreal kSlack = 1.0;

// A short phrase that is mostly figures ("12 May 2027", "10–15 min", "Day 3") or a name that
// ends in one ("Bootcamp day 2") reads as one unit: at most three words, at least half of them
// with a digit, or the last one a number.
bool keptTogether(QStringView line)
{
    if (line.size() > 24)
        return false;
    const auto words = line.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 3)
        return false;
    const auto hasDigit
        = [](QStringView w) { return std::any_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); }); };
    const auto withDigit = std::count_if(words.begin(), words.end(), hasDigit);
    const QStringView last = words.last();
    const bool endsInNumber = words.size() > 1 && last.size() <= 3
        && std::all_of(last.begin(), last.end(), [](QChar c) { return c.isDigit(); });
    return 2 * withDigit >= words.size() || endsInNumber;
}

} // namespace

TableColumns::TableColumns(int columns, qreal padding)
    : m_words(columns, 0)
    , m_minimum(columns, 0)
    , m_natural(columns, 0)
    , m_padding(padding)
{
}

TableColumns::Face &TableColumns::face(const QFont &font)
{
    const QString key = font.key();
    for (Face &f : m_faces)
        if (f.key == key)
            return f;
    QFont reference = font;
    reference.setPixelSize(int(kReference));
    reference.setHintingPreference(QFont::PreferNoHinting);
    m_faces.append({ key, QFontMetricsF(reference), font.pointSizeF() / kReference, {} });
    return m_faces.last();
}

qreal TableColumns::advance(Face &face, const QString &text)
{
    const auto found = face.words.constFind(text);
    if (found != face.words.constEnd())
        return *found;
    const qreal width = face.metrics.horizontalAdvance(text) * face.scale;
    if (face.words.size() < 20000) // words repeat (names, directions); long texts do not
        face.words.insert(text, width);
    return width;
}

void TableColumns::measure(int column, const QString &text, const QFont &font)
{
    Face &f = face(font);
    qreal words = 0, minimum = 0, natural = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        const qreal whole = advance(f, line.toString());
        natural = std::max(natural, whole);
        for (QStringView word : line.split(u' ', Qt::SkipEmptyParts))
            words = std::max(words, advance(f, word.toString()));
        minimum = std::max(minimum, keptTogether(line) ? whole : words);
    }
    m_words[column] = std::max(m_words.at(column), words + 2 * m_padding + kSlack);
    m_minimum[column] = std::max(m_minimum.at(column), std::max(words, minimum) + 2 * m_padding + kSlack);
    m_natural[column] = std::max(m_natural.at(column), natural + 2 * m_padding + kSlack);
}

void TableColumns::measureUnit(int column, const QString &text, const QFont &font)
{
    const qreal width = advance(face(font), text) + 2 * m_padding + kSlack;
    m_words[column] = std::max(m_words.at(column), width);
    m_minimum[column] = std::max(m_minimum.at(column), width);
    m_natural[column] = std::max(m_natural.at(column), width);
}

QList<qreal> TableColumns::widths(qreal total, const QList<int> &weights) const
{
    const int columns = int(m_minimum.size());
    QList<qreal> result(columns, 0);
    if (columns == 0)
        return result;
    qreal minimum = 0, natural = 0;
    for (int c = 0; c < columns; ++c) {
        minimum += m_minimum.at(c);
        natural += std::max(m_natural.at(c), m_minimum.at(c));
    }
    if (natural <= total) {
        // Everything fits unwrapped: the spare room goes by the plan's weights.
        qreal weightSum = 0;
        for (int c = 0; c < columns; ++c)
            weightSum += c < weights.size() ? weights.at(c) : 1;
        for (int c = 0; c < columns; ++c)
            result[c] = std::max(m_natural.at(c), m_minimum.at(c))
                + (total - natural) * (c < weights.size() ? weights.at(c) : 1) / weightSum;
    } else if (minimum <= total) {
        // Every column keeps its longest word; the rest is shared by how much each wants.
        const qreal share = (total - minimum) / (natural - minimum);
        for (int c = 0; c < columns; ++c)
            result[c] = m_minimum.at(c) + (std::max(m_natural.at(c), m_minimum.at(c)) - m_minimum.at(c)) * share;
    } else {
        qreal words = 0;
        for (int c = 0; c < columns; ++c)
            words += m_words.at(c);
        if (words <= total) {
            // Dates and durations give way before any word does: each column keeps its longest
            // word, and the phrases get what is left.
            const qreal share = (total - words) / (minimum - words);
            for (int c = 0; c < columns; ++c)
                result[c] = m_words.at(c) + (m_minimum.at(c) - m_words.at(c)) * share;
        } else {
            // Not even the words fit: every column gives up the same share.
            for (int c = 0; c < columns; ++c)
                result[c] = m_words.at(c) * total / words;
        }
    }
    return result;
}

} // namespace bw
