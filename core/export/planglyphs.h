// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planmodel.h"

#include <QString>
#include <QStringList>

namespace bw {

// The texts of one block, one per line (a table's header and cells, a list's items, …).
QString blockText(const plan::Block &block);

// Every text of the plan people read (cover, every section's blocks), one per line.
QString planText(const plan::Plan &plan);

// One translated warning per item of the plan holding characters that no installed font can
// draw (missingGlyphs()): “Activity 2.3 “Kick-off”: no font has a glyph for U+1FAE8”. An
// activity or objective is named by its number; the cover by its field; what remains (tools,
// schedule, community) by its section. A character is reported once, at its first item.
QStringList glyphWarnings(const plan::Plan &plan);

} // namespace bw
