// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "odtparts.h"
#include "plan/planmodel.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QXmlStreamWriter>

namespace bw {

class ExportProgress;

struct OfficeTableLook;

// Writes content.xml of an OpenDocument text for a plan: cover, a table-of-contents index,
// text:h headings with outline levels, tables whose first row is a table:table-header-rows
// (repeated on every page), the chart and the logo as pictures (collected in pictures()).
class OdtBodyWriter
{
public:
    struct Picture {
        QString path; // "Pictures/chart1.png"
        QByteArray bytes;
    };

    OdtBodyWriter(const plan::Plan &plan, const odt::PageGeometry &page);

    // Counts the blocks as they are written and stops early once the export is cancelled (the
    // result is then incomplete and is thrown away). Optional.
    void setProgress(ExportProgress *progress) { m_progress = progress; }
    QByteArray write();
    const QList<Picture> &pictures() const { return m_pictures; }

private:
    void writeCover();
    void writeContents();
    void writeSection(const plan::Section &section, bool pageBreak);
    void writeBlock(const plan::Block &block);
    void writeHeading(int level, const QString &text, bool pageBreak = false);
    void writeParagraph(const QString &style, const QString &text);
    void writeFields(const plan::Fields &fields);
    void writeList(const plan::List &list);
    void writeTable(const plan::Table &table);
    void writeChart(const plan::Chart &chart);
    void writeCellText(const QString &text, bool markDirections);
    void writeFrame(const QString &path, double widthCm, double heightCm, const QString &name);
    void startTable(const QList<double> &widthsCm);

    QByteArray automaticStyles() const;

    const plan::Plan &m_plan;
    ExportProgress *m_progress = nullptr;
    odt::PageGeometry m_page;
    QColor m_accent;
    QByteArray m_body;
    QXmlStreamWriter m_xml;
    QList<Picture> m_pictures;
    QList<QList<double>> m_tables; // column widths in cm of every table, for its styles
    QList<std::pair<int, QString>> m_tocEntries;
    int m_frames = 0;
};

} // namespace bw
