// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportservice.h"

#include <QByteArray>
#include <QColor>
#include <QString>
#include <QStringList>

class QXmlStreamWriter;

// The fixed parts of an OpenDocument text package: everything but content.xml.
namespace bw::odt {

inline constexpr auto kMimeType = "application/vnd.oasis.opendocument.text";

// Paper and margins in centimetres.
struct PageGeometry {
    double width = 21.0;
    double height = 29.7;
    double left = 2.0;
    double right = 2.0;
    double top = 1.5;    // the header sits inside the top margin area
    double bottom = 1.3; // and the footer inside the bottom one

    double contentWidth() const { return width - left - right; }
    static PageGeometry forPaper(ExportOptions::Paper paper);
};

// Namespaces of content.xml and styles.xml, declared on the root element.
void writeNamespaces(QXmlStreamWriter &xml);

// User text as ODF paragraph content: ODF collapses runs of spaces and ignores raw tabs and line
// feeds, so they become text:s, text:tab and text:line-break to come out as typed.
void writeText(QXmlStreamWriter &xml, const QString &text);

QByteArray manifest(const QStringList &pictures);
QByteArray meta(const QString &title, const QString &author, const QString &language);
// Named styles, the page layout and the two master pages ("Cover" without header and footer,
// "Standard" with them).
QByteArray styles(const QColor &accent, const PageGeometry &page, const QString &header, const QString &footer);

} // namespace bw::odt
