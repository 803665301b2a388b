// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportservice.h"

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QString>

// The fixed parts of a WordprocessingML package: everything but word/document.xml.
namespace bw::docx {

inline constexpr auto kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr auto kRelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// Page geometry in twentieths of a point.
struct PageGeometry {
    int width = 11906;
    int height = 16838;
    int left = 1134;
    int right = 1134;
    int top = 1417;
    int bottom = 1247;
    int header = 567;
    int footer = 567;

    int contentWidth() const { return width - left - right; }
    static PageGeometry forPaper(ExportOptions::Paper paper);
};

struct Media {
    QString relationId; // "rIdMedia1"
    QString target;     // "media/chart1.png"
};

QByteArray contentTypes();
QByteArray packageRelationships();
QByteArray documentRelationships(const QList<Media> &media);
// `contentWidth` (twips) places the right-aligned tabs of the contents, header and footer.
QByteArray styles(const QColor &accent, int contentWidth);
// Bullets share one list definition; every numbered list restarts at 1, so each gets its own
// w:num (ids 10, 11, … for `numberedLists` lists).
QByteArray numbering(int numberedLists);
QByteArray settings();
QByteArray header(const QString &text, const QColor &accent);
QByteArray footer(const QString &text);
QByteArray coreProperties(const QString &title, const QString &author, const QString &language);
QByteArray appProperties();

inline constexpr int kBulletList = 1;
inline constexpr int kChecklist = 2;
inline constexpr int kFirstNumberedList = 10;

} // namespace bw::docx
