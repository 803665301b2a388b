// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportcontrol.h"
#include "pagelayout.h"

#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace bw {

// Paints a PageLayout: every page onto a paged device for the PDF (QPdfWriter) and for printing
// (QPrinter), or one page onto any painter for the studio's preview and the print preview. The
// same layout gives the same pages everywhere; nothing is laid out again.
class PagePainter {
public:
    // Paints every page. The device's origin must be the paper's top-left corner (QPdfWriter
    // with zero margins, QPrinter in full-page mode). Reports pages painted; stops early when
    // cancelled. Returns an empty string on success, else a message for people.
    static QString paint(const PageLayout &layout, QPagedPaintDevice &device, const ExportControl &control = {});

    // Paints page `pageIndex` (0-based) with its top-left corner at the painter's origin, at
    // `scale` device pixels per point.
    static void paintPage(const PageLayout &layout, int pageIndex, QPainter &painter, qreal scale);
};

} // namespace bw
