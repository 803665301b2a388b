// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace bw {

// User text made fit for an XML 1.0 document: control characters other than tab, line feed
// and carriage return, lone surrogates and the non-characters U+FFFE/U+FFFF cannot appear in
// XML 1.0 at all (not even escaped), so they are dropped. Markup characters are left alone:
// QXmlStreamWriter escapes them.
QString xmlSafeText(QStringView text);

} // namespace bw
