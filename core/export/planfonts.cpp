// SPDX-License-Identifier: GPL-3.0-or-later
#include "planfonts.h"

using namespace Qt::StringLiterals;

namespace bw {

QStringList planFontFamilies()
{
    // Installed with fonts-dejavu-core on Debian; it covers Latin, Greek, Cyrillic, Hebrew and
    // Arabic, so right-to-left text does not fall back to a second family.
    return { u"DejaVu Sans"_s };
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

} // namespace bw
