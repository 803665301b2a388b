// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

namespace bw {

// Layout decisions the paged formats (PDF, DOCX, ODT) share, so that they paginate alike.

// Sections that open a new page in print; the short ones that follow them share pages.
bool sectionStartsPage(const QString &sectionKey);

// The brand logo (PNG, JPEG or SVG bytes) as PNG, which Word and LibreOffice both read, rendered
// large enough for print; sets `size` to its pixel size. Empty when the bytes are no image.
QByteArray logoPng(const QByteArray &bytes, QSize *size);

} // namespace bw
