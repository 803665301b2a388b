// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QStyledItemDelegate>

namespace bw {
class Document;
}

namespace bw::ui {

// Cells of the board overview: the objective (statement and figures) in column 0 and, in each
// lane column, the lane's activities as compact chips (titles on up to two lines) that wrap onto
// as many rows as needed.
// Painting reads the document directly, so 250 objectives × 3 lanes cost no widgets at all.
class OverviewDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    OverviewDelegate(Document *document, QObject *parent = nullptr);

    void setSelectedActivity(Id id) { m_selected = id; }

    // Where each of `count` chips sits inside a lane cell (also the view's hit test).
    static QList<QRect> chipRects(const QRect &cell, int count, const QFontMetrics &fm);
    // A chip's title: word-wrapped onto two lines at the chip's width, then shortened.
    static QStringList chipLines(const QString &title, const QFont &chipFont, const QRect &chip);
    // The chips' (smaller) font for the view's font.
    static QFont chipFont(const QFont &font);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintObjective(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintLane(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    Document *m_doc;
    Id m_selected = 0;
};

} // namespace bw::ui
