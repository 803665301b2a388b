// SPDX-License-Identifier: GPL-3.0-or-later
#include "planfonts.h"

#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace bw {

QStringList planFontFamilies()
{
    return {
        // fonts-dejavu-core: Latin, Greek, Cyrillic, Hebrew and Arabic. DejaVu's Arabic
        // contextual forms are encoded as presentation forms, which is what lets the PDF's
        // text map read them back as letters (see pdftextrepair.h); Noto Sans Arabic's are
        // unencoded glyphs that no text extractor can read.
        u"DejaVu Sans"_s,
        // fonts-noto-core: Hebrew and Arabic letters DejaVu Sans lacks.
        u"Noto Sans Hebrew"_s,
        u"Noto Sans Arabic"_s,
        // fonts-noto-cjk: one face holds Chinese, Japanese kana and Korean hangul; the
        // Simplified Chinese variant is the default of the family for Han characters.
        u"Noto Sans CJK SC"_s,
        // fonts-symbola: outline emoji and symbols. Colour bitmap emoji (Noto Color Emoji,
        // CBDT) have no outlines, so Qt's PDF engine would embed empty glyphs.
        u"Symbola"_s,
    };
}

QFont planFont(qreal pointSize, bool bold, bool italic)
{
    QFont font;
    font.setFamilies(planFontFamilies());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setItalic(italic);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    return font;
}

PlanScriptFonts planScriptFonts()
{
    return { u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s, u"DejaVu Sans"_s };
}

namespace {

// Characters that are never drawn as a glyph of their own.
bool needsNoGlyph(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return true;
    if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)) // variation selectors
        return true;
    if (c >= 0xE0000 && c <= 0xE007F) // tags (emoji flags of regions)
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format: // joiners, direction marks, soft hyphen
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

} // namespace

QList<char32_t> missingGlyphs(const QString &text)
{
    // A plan repeats the same few hundred characters; asking the font engine once per
    // character keeps the check linear in the text. The cache is shared by worker threads.
    static QMutex mutex;
    static QHash<char32_t, bool> known;
    static const QFontMetrics metrics = [] {
        QFont font;
        font.setFamilies(planFontFamilies());
        return QFontMetrics(font);
    }();

    QList<char32_t> missing;
    QMutexLocker lock(&mutex);
    for (const char32_t c : text.toUcs4()) {
        if (needsNoGlyph(c))
            continue;
        auto it = known.constFind(c);
        if (it == known.constEnd())
            // The stack's multi-font engine also tries the system's fallback families.
            it = known.insert(c, metrics.inFontUcs4(c));
        if (!it.value() && !missing.contains(c))
            missing.append(c);
    }
    return missing;
}

QString codePointList(const QList<char32_t> &characters)
{
    QStringList out;
    for (const char32_t c : characters)
        out.append(u"U+%1"_s.arg(uint(c), 4, 16, QLatin1Char('0')).toUpper());
    return out.join(u' ');
}

} // namespace bw
