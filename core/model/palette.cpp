// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include <cmath>

namespace bw::palette {

QColor directionColour(Direction direction)
{
    // Blue goes out, orange comes back, green is exchange among learners: the hues designers
    // know from the studio, darkened until they read as text on white.
    switch (direction) {
    case Direction::OneToMany:
        return QColor(0x1F, 0x6F, 0xB2);
    case Direction::ManyToOne:
        return QColor(0xB4, 0x53, 0x09);
    case Direction::ManyToMany:
        return QColor(0x23, 0x7A, 0x4B);
    case Direction::Unset:
        break;
    }
    return QColor(0x6B, 0x72, 0x80);
}

QColor phaseColour(Phase phase)
{
    switch (phase) {
    case Phase::PreClass:
        return QColor(0x6A, 0x5A, 0xCD);
    case Phase::InClass:
        return QColor(0xC2, 0x41, 0x5B);
    case Phase::PostClass:
        return QColor(0x0F, 0x7B, 0x7E);
    case Phase::Unset:
        break;
    }
    return QColor(0x6B, 0x72, 0x80);
}

namespace {

double luminance(const QColor &colour)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace bw::palette
