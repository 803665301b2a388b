// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace bw {

// Limits of a JSON interchange document, checked before it is parsed (PRODUCT.md §7 and
// README.md). A real plan is a few hundred kilobytes and its longest text (a base64 logo or an
// assessment instrument's file) a few megabytes; one text holds the base64 of the largest file
// an instrument may attach (Limits::MaxInstrumentFileBytes, 16 MiB, is 22.4 MB as base64). The
// limits keep a hostile or mistaken input (/dev/zero, a 50 MB name) from taking all memory.
constexpr qint64 MaxJsonInputBytes = 64 * 1024 * 1024; // the whole document
constexpr qsizetype MaxJsonTextBytes = 24 * 1024 * 1024; // one string, as written (escaped)

// Empty when `json` may be parsed; otherwise one sentence for people naming the place: too large,
// not UTF-8 (UTF-16 and UTF-32 are named), a string beyond MaxJsonTextBytes, or a \u escape of a
// lone UTF-16 surrogate — which no Unicode text has and which a parser would silently replace,
// changing the text.
QString jsonInputProblem(const QByteArray &json);

} // namespace bw
