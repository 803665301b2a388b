// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace bw {

// Makes the text of a PDF written by QPdfWriter read back as what was drawn.
//
// Qt's PDF engine (6.4) embeds each font as a subset and writes its ToUnicode map by asking
// the font, for every character of the Basic Multilingual Plane, which glyph it has, keeping
// the lowest character per glyph. Three things go wrong, and text extraction (pdftotext,
// copy and paste, search, screen readers) returns other text than the page shows:
//   - a glyph that two characters share reads back as the compatibility one: Noto Sans CJK
//     draws 文 and the Kangxi radical ⽂ (U+2F42) with one glyph, so "中文" reads "中⽂";
//     DejaVu Sans reaches its Arabic contextual forms only through the presentation-form
//     characters (U+FExx), so "شركة" reads "ﺷﺮﻛﺔ", and its space glyph reads as a tab;
//   - a glyph reached only from outside the BMP (🚀 U+1F680) gets no entry at all and
//     vanishes from the text;
//   - the font dictionaries name the font without the subset tag the descriptor has, so
//     readers (pdffonts) take a subset for a whole font.
// repairPdfText() rewrites the maps: compatibility characters become the characters they
// stand for (NFKC), glyphs without an entry are identified among the characters outside the
// BMP that `text` holds, by comparing their advance and outline box in the embedded subset
// with those of the same character in the plan's font families (planFontFamilies()), and
// the dictionaries get the subset tag. Returns `pdf` unchanged when it is not laid out the way
// QPdfWriter writes files (one cross-reference table, no object streams).
QByteArray repairPdfText(const QByteArray &pdf, const QString &text);

} // namespace bw
