// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartpainter.h"

#include <QObject>
#include <QTextObjectInterface>

class QTextCursor;
class QTextDocument;

namespace bw {

// The blend chart inside a QTextDocument: an inline object that paints itself with
// ChartPainter, so the chart stays vector graphics in the PDF and sharp in the preview.
// Install it once per document, then insert as many charts as needed.
class PdfChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int Type = QTextFormat::UserObject + 17;

    // Registers a handler owned by `document`; returns it.
    static PdfChartObject *install(QTextDocument *document);

    // Inserts `chart` at the cursor, `widthPoints` wide (height follows the chart's proportions);
    // `dpi` is the resolution the document is laid out in.
    void insert(QTextCursor &cursor, ChartPainter chart, qreal widthPoints, qreal dpi);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    explicit PdfChartObject(QObject *parent);

    QList<ChartPainter> m_charts;
};

} // namespace bw
