// SPDX-License-Identifier: GPL-3.0-or-later
#include "officedirection.h"

#include <QString>

namespace bw {

Direction directionNamedBy(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    for (Direction d : enumValues<Direction>()) {
        const QString label = enumLabel(d);
        if (trimmed == label)
            return d;
        if (trimmed.endsWith(u')') && trimmed.size() > label.size() + 2) {
            const QStringView inner = trimmed.sliced(trimmed.size() - label.size() - 2);
            if (inner.startsWith(u'(') && inner.sliced(1, label.size()) == label)
                return d;
        }
    }
    return Direction::Unset;
}

} // namespace bw
