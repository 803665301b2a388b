// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttext.h"

#include "officexml.h"

namespace bw {

QString cleanText(QStringView text)
{
    QString out = xmlSafeText(text); // already drops C0 controls (but CR) and lone surrogates
    if (out.contains(u'\r')) {
        out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        out.replace(u'\r', u'\n');
    }
    return out;
}

} // namespace bw
