// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

namespace bw {

// The font families plan documents (PDF, print, preview; named in DOCX and ODT too) are set in,
// in fallback order, for QFont::setFamilies(): Qt takes each character from the first family
// that has a glyph for it. Every family is a Debian font package that .ci/install-deps installs
// and the .deb depends on, so a plan looks the same on every machine.
QStringList planFontFamilies();

// A face of the stack at `pointSize`, unhinted: the paginator measures in points and the same
// layout is painted at any resolution, so hinting for one resolution would only skew the
// measures.
QFont planFont(qreal pointSize, bool bold = false, bool italic = false);

// The family of the stack that names each kind of script in office documents, where a run's
// font is chosen per script class rather than per character.
struct PlanScriptFonts {
    QString latin; // Latin, Greek, Cyrillic (w:ascii, w:hAnsi; style:font-name)
    QString eastAsian; // Chinese, Japanese, Korean (w:eastAsia; style:font-name-asian)
    QString complex; // Arabic, Hebrew (w:cs; style:font-name-complex)
};
PlanScriptFonts planScriptFonts();

// The characters of `text` that no family of planFontFamilies(), nor the system's fallback
// fonts, has a glyph for: what would be drawn as an empty box. Spaces, controls and
// invisible format characters (joiners, variation selectors, direction marks) need no glyph
// and are never reported. Each character is listed once, in order of appearance.
QList<char32_t> missingGlyphs(const QString &text);

// "U+1FAE8 U+E000": characters as people look them up.
QString codePointList(const QList<char32_t> &characters);

} // namespace bw
