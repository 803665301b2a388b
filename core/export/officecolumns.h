// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planmodel.h"

#include <QList>

namespace bw {

// Typesetting of the plan's tables shared by PDF, DOCX and ODT.
struct OfficeTableLook {
    qreal fontSize = 8.5; // points
    qreal padding = 3.5;  // points, each side

    // Tables of nine columns or more (the sequences) use a smaller face, so that words like
    // "Assessment" still fit a column in portrait.
    static OfficeTableLook forColumns(int columns);
};

// Column widths in points for `table` set `totalWidth` points wide: the plan's relative
// widths, except that no column is narrower than its longest word, since a word broken over two
// lines ("Traine-r") is what a client notices first. When the words cannot all fit, every
// column gives up the same share.
QList<qreal> officeColumnWidths(const plan::Table &table, const OfficeTableLook &look, qreal totalWidth);

} // namespace bw
