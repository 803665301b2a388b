// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QColor>

// The colours that carry meaning — a phase, a direction of exchange — defined once, for the
// studio (board, legend, blend chart), the PDF chart and every export format, so a direction
// has one colour wherever a designer or a client meets it. They do not follow the brand's
// accent: a brand colours the cover, headings and table heads, never what a colour means
// (a teal brand must not turn many-to-many red, which reads as a warning). Every colour is
// dark enough to be read as text on white (WCAG AA, contrast of at least 4.5:1).
namespace bw::palette {

QColor directionColour(Direction direction);
QColor phaseColour(Phase phase);

// WCAG 2 contrast ratio between two colours, 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace bw::palette
