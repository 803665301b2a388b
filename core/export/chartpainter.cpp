// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpainter.h"

#include "model/palette.h"
#include "i18n/plantranslator.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace bw {

namespace {

QString minutesText(double minutes)
{
    return planTr("bw::ChartPainter", "%1 min").arg(plan::formatMinutes(minutes));
}

// Black or white, whichever reads better on `background`.
QColor textOn(const QColor &background)
{
    const double luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.6 ? QColor(0x22, 0x22, 0x22) : QColor(Qt::white);
}

} // namespace

ChartPainter::ChartPainter(QStringList rows, QList<Series> series, QList<QList<double>> values)
    : m_rows(std::move(rows))
    , m_series(std::move(series))
    , m_values(std::move(values))
{
}

ChartPainter::ChartPainter(const plan::Chart &chart)
{
    const auto directions = chart.series.shownDirections();
    for (Direction d : directions)
        m_series.append({enumLabel(d), palette::directionColour(d)});
    for (Phase p : chart.series.shownPhases()) {
        m_rows.append(enumLabel(p));
        QList<double> values;
        for (Direction d : directions)
            values.append(chart.series.at(p, d).minutes);
        m_values.append(values);
    }
}

bool ChartPainter::isEmpty() const
{
    for (const auto &row : m_values)
        for (double v : row)
            if (v > 0)
                return false;
    return true;
}

void ChartPainter::paint(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // Vertical rhythm: a legend line, then one band per phase; everything is a fraction of it.
    const qreal unit = rect.height() / (m_rows.size() * 1.6 + 1.6);
    QFont font = painter.font();
    font.setPixelSize(std::max(1, int(std::lround(unit * 0.52))));
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());

    // Legend, centred.
    const qreal swatch = unit * 0.5;
    const qreal gap = unit * 0.6;
    qreal legendWidth = 0;
    for (const auto &s : m_series)
        legendWidth += swatch + unit * 0.25 + metrics.horizontalAdvance(s.label) + gap;
    legendWidth -= gap;
    qreal x = rect.left() + std::max<qreal>(0, (rect.width() - legendWidth) / 2);
    const qreal legendY = rect.top() + unit * 0.3;
    for (const auto &s : m_series) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(s.color);
        painter.drawRoundedRect(QRectF(x, legendY + (unit * 0.6 - swatch) / 2, swatch, swatch), swatch * 0.2, swatch * 0.2);
        x += swatch + unit * 0.25;
        const qreal w = metrics.horizontalAdvance(s.label);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QRectF(x, legendY, w + 1, unit * 0.6), Qt::AlignLeft | Qt::AlignVCenter, s.label);
        x += w + gap;
    }

    // Bars. The longest total fills the plot width; totals go to the right of each bar.
    qreal labelWidth = 0;
    for (const auto &row : m_rows)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(row));
    labelWidth += unit * 0.4;
    double maxTotal = 0;
    QList<double> totals;
    for (const auto &row : m_values) {
        double total = 0;
        for (double v : row)
            total += std::max(0.0, v);
        totals.append(total);
        maxTotal = std::max(maxTotal, total);
    }
    const qreal totalWidth = metrics.horizontalAdvance(minutesText(std::max(maxTotal, 1000.0))) + unit * 0.3;
    const qreal plotLeft = rect.left() + labelWidth;
    const qreal plotWidth = std::max<qreal>(unit, rect.right() - plotLeft - totalWidth);
    const qreal barHeight = unit * 1.05;

    for (int r = 0; r < m_rows.size(); ++r) {
        const qreal top = rect.top() + unit * 1.6 + r * unit * 1.6;
        const QRectF band(rect.left(), top, rect.width(), barHeight);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QRectF(band.left(), band.top(), labelWidth - unit * 0.3, barHeight),
                         Qt::AlignRight | Qt::AlignVCenter, m_rows.at(r));

        // Track behind the bar, so an empty phase still reads as "0 min" rather than a gap.
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xEE, 0xEF, 0xF2));
        painter.drawRect(QRectF(plotLeft, top, plotWidth, barHeight));

        const double total = r < totals.size() ? totals.at(r) : 0;
        qreal segX = plotLeft;
        const auto &values = r < m_values.size() ? m_values.at(r) : QList<double>();
        for (int s = 0; s < m_series.size() && s < values.size(); ++s) {
            const double v = std::max(0.0, values.at(s));
            if (v <= 0 || maxTotal <= 0)
                continue;
            const qreal w = plotWidth * v / maxTotal;
            const QRectF seg(segX, top, w, barHeight);
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_series.at(s).color);
            painter.drawRect(seg);
            const QString text = plan::formatMinutes(v);
            if (metrics.horizontalAdvance(text) + unit * 0.3 < w) {
                painter.setPen(textOn(m_series.at(s).color));
                painter.drawText(seg, Qt::AlignCenter, text);
            }
            segX += w;
        }
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(QRectF(segX + unit * 0.2, top, totalWidth + plotWidth, barHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         minutesText(total));
    }
    painter.restore();
}

QImage ChartPainter::toImage(qreal scale) const
{
    const QSizeF size = naturalSize() * scale;
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    // 72 dpi × scale: one point of naturalSize() is `scale` pixels, so Word and LibreOffice
    // show the picture at its natural size in points.
    const int dotsPerMeter = qRound(72.0 * scale / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return image;
}

QByteArray ChartPainter::toPng(qreal scale) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    toImage(scale).save(&buffer, "PNG");
    return bytes;
}

} // namespace bw
