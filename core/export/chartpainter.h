// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planmodel.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QStringList>

class QPainter;
class QRectF;

namespace bw {

// Paints the "blend at a glance" chart: one horizontal stacked bar per phase, one segment per
// social direction, minutes written on the segments. The same painter draws into the PDF (as
// vector graphics), the preview and the PNG embedded in Word and ODF files, so every format
// shows the same picture.
class ChartPainter
{
public:
    struct Series {
        QString label;
        QColor color;
    };

    // values[row][series] in minutes.
    ChartPainter(QStringList rows, QList<Series> series, QList<QList<double>> values);
    // The plan's blend chart: one row per shown phase, one series per shown direction, in the
    // palette's direction colours (model/palette.h) that every format shares.
    explicit ChartPainter(const plan::Chart &chart);

    // Natural size in points; the chart scales to any rectangle of similar proportions.
    static QSizeF naturalSize() { return {470.0, 150.0}; }

    // Draws into `rect`; every measure (fonts included) follows the rectangle's height, so the
    // result does not depend on the device's resolution.
    void paint(QPainter &painter, const QRectF &rect) const;

    // The chart as an image of naturalSize() × `scale` pixels at 72 × `scale` dpi, for
    // formats that only take pictures.
    QImage toImage(qreal scale = 2.0) const;
    QByteArray toPng(qreal scale = 2.0) const;

    bool isEmpty() const;

private:
    QStringList m_rows;
    QList<Series> m_series;
    QList<QList<double>> m_values;
};

} // namespace bw
