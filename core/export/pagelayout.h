// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartpainter.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QMarginsF>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>

class QTextLayout;

namespace bw {

// The plan laid out on pages: a plain value built once (by PlanPaginator, on any thread) and
// painted as often as needed (by PagePainter) into the PDF, a printer, the print preview and the
// studio's preview. Every length is in points, every position relative to the paper's top-left
// corner.
struct PageItem {
    enum class Kind {
        Text, // lines [firstLine, firstLine + lineCount) of `text`, drawn at `origin`
        Fill, // `rect` filled with `colour`
        Frame, // `rect` outlined with a `lineWidth` pen in `colour`
        Line, // from rect.topLeft() to rect.bottomRight(), `lineWidth` pen in `colour`
        Chart, // PageLayout::charts[chart] drawn into `rect`
        Image, // `image` drawn into `rect`
    };
    // What the item is part of, so that tests (and nothing else) can check the typesetting
    // rules from the layout itself.
    enum class Role {
        Chrome, // running header, footer, page number, cover
        SectionTitle, // level-1 heading
        Heading, // level-2/3 heading
        Paragraph,
        ListItem,
        Field, // a label/value row
        TableHeader, // a (possibly repeated) table header row
        TableRow,
        Chart,
        Contents, // an entry of the table of contents
    };

    Kind kind = Kind::Text;
    Role role = Role::Chrome;
    QRectF rect; // Text: the lines' bounding box on the page
    QPointF origin;
    std::shared_ptr<const QTextLayout> text;
    int firstLine = 0;
    int lineCount = 0;
    QColor colour;
    qreal lineWidth = 0.5;
    int chart = -1;
    std::shared_ptr<const QImage> image;
    int block = -1; // the flow element (heading, paragraph, table…) in reading order
    int row = -1; // TableHeader/TableRow/Field: data row index (header: -1)
    bool continued = false; // a piece of a row or paragraph that began on an earlier page
    bool continues = false; // a piece of a row or paragraph that goes on on the next page
    int totalLines = 0; // Paragraph/ListItem: the lines of the whole paragraph
};

struct LaidOutPage {
    QList<PageItem> items;
    bool cover = false;
};

// A heading as it landed: the contents list the level 1 and 2 ones with `page`.
struct PlacedHeading {
    int level = 1;
    QString text;
    int page = 0; // 1-based page number as printed
    int contentsPage = 0; // 1-based page on which the contents show its number; 0 without contents
    QString contentsNumber; // the number printed in the contents (empty without contents)
};

struct PageLayout {
    QSizeF pageSize; // points
    QMarginsF margins; // points
    QList<LaidOutPage> pages;
    QList<ChartPainter> charts;
    QList<PlacedHeading> headings; // in reading order
    bool cancelled = false;

    int pageCount() const { return int(pages.size()); }
    QRectF bodyRect() const { return QRectF(QPointF(0, 0), pageSize).marginsRemoved(margins); }
};

} // namespace bw
