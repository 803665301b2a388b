// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace bw {

// User text as every text exporter takes it before its own escaping: control characters other
// than tab and line feed dropped (they mean nothing to a reader and break most formats), lone
// surrogates dropped, and CR LF or CR turned into one line feed so that each format writes line
// breaks its own way.
QString cleanText(QStringView text);

} // namespace bw
