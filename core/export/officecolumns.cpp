// SPDX-License-Identifier: GPL-3.0-or-later
#include "officecolumns.h"

#include "pdfplandocument.h"
#include "planfonts.h"

#include <QFont>
#include <QFontMetricsF>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bw {

OfficeTableLook OfficeTableLook::forColumns(int columns)
{
    if (columns >= 9)
        return {7.0, 2.0};
    return {};
}

QList<qreal> officeColumnWidths(const plan::Table &table, const OfficeTableLook &look, qreal totalWidth)
{
    const int columns = int(table.header.size());
    // Measured at a large size without hinting and scaled down: small hinted sizes on a screen
    // measure narrower than the same words set in print.
    constexpr qreal reference = 100;
    QFont font;
    font.setFamilies(planFontFamilies());
    font.setPixelSize(int(reference));
    font.setHintingPreference(QFont::PreferNoHinting);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font), boldMetrics(bold);
    const qreal scale = look.fontSize / reference;
    static const QRegularExpression space(u"\\s+"_s);
    const auto longestWord = [](const QFontMetricsF &m, const QString &text) {
        qreal longest = 0;
        for (const QString &word : text.split(space, Qt::SkipEmptyParts))
            longest = std::max(longest, m.horizontalAdvance(word));
        return longest;
    };

    QList<qreal> weights, minimum;
    for (int c = 0; c < columns; ++c) {
        weights.append(c < table.widths.size() ? std::max(1, table.widths.at(c)) : 1);
        qreal word = longestWord(boldMetrics, table.header.at(c));
        for (const QStringList &row : table.rows)
            if (c < row.size())
                word = std::max(word, longestWord(metrics, row.at(c)));
        minimum.append(word * scale + 2 * look.padding + 2);
    }

    QList<bool> pinned(columns, false);
    qreal pinnedWidth = 0;
    for (bool changed = true; changed;) {
        changed = false;
        qreal freeWeight = 0;
        for (int c = 0; c < columns; ++c)
            if (!pinned[c])
                freeWeight += weights[c];
        for (int c = 0; c < columns; ++c) {
            if (pinned[c] || freeWeight <= 0)
                continue;
            if ((totalWidth - pinnedWidth) * weights[c] / freeWeight < minimum[c]) {
                pinned[c] = true;
                pinnedWidth += minimum[c];
                changed = true;
            }
        }
    }
    QList<qreal> widths;
    if (pinnedWidth > totalWidth) {
        qreal sum = 0;
        for (qreal m : minimum)
            sum += m;
        for (qreal m : minimum)
            widths.append(totalWidth * m / sum);
        return widths;
    }
    qreal freeWeight = 0;
    for (int c = 0; c < columns; ++c)
        if (!pinned[c])
            freeWeight += weights[c];
    for (int c = 0; c < columns; ++c)
        widths.append(pinned[c] ? minimum[c] : (totalWidth - pinnedWidth) * weights[c] / freeWeight);
    return widths;
}

} // namespace bw
