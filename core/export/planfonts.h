// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QStringList>

namespace bw {

// The font stack of the plan's paged output (PDF, print, preview) and of the column measuring
// the office formats share. Chosen in this one place, so a change of stack (say, CJK and emoji
// fallbacks) reaches every output at once. The first family is the main face; Qt falls back
// per character along the list.
QStringList planFontFamilies();

// A face of the stack at `pointSize`, unhinted: the paginator measures in points and the same
// layout is painted at any resolution, so hinting for one resolution would only skew the
// measures.
QFont planFont(qreal pointSize, bool bold = false, bool italic = false);

} // namespace bw
