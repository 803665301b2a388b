// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfchartobject.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace bw {

namespace {
enum Property { ChartIndex = QTextFormat::UserProperty + 1, ChartSize };
}

PdfChartObject::PdfChartObject(QObject *parent)
    : QObject(parent)
{
}

PdfChartObject *PdfChartObject::install(QTextDocument *document)
{
    auto *handler = new PdfChartObject(document);
    document->documentLayout()->registerHandler(Type, handler);
    return handler;
}

void PdfChartObject::insert(QTextCursor &cursor, ChartPainter chart, qreal widthPoints, qreal dpi)
{
    const QSizeF natural = ChartPainter::naturalSize();
    const QSizeF points(widthPoints, widthPoints * natural.height() / natural.width());
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(ChartIndex, int(m_charts.size()));
    format.setProperty(ChartSize, points * (dpi / 72.0));
    m_charts.append(std::move(chart));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF PdfChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(ChartSize).toSizeF();
}

void PdfChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.property(ChartIndex).toInt();
    if (index >= 0 && index < m_charts.size())
        m_charts.at(index).paint(*painter, rect);
}

} // namespace bw
