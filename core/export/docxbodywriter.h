// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docxparts.h"
#include "plan/planmodel.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QXmlStreamWriter>

namespace bw {

class ExportProgress;

// Writes word/document.xml for a plan: the cover, a TOC field, then every section with real
// Heading 1/2/3 paragraphs, tables whose first row repeats on each page, and pictures for the
// logo and the blend chart (collected in media() for the package).
class DocxBodyWriter
{
public:
    struct MediaFile {
        docx::Media media;
        QByteArray bytes;
    };

    DocxBodyWriter(const plan::Plan &plan, const docx::PageGeometry &page);

    // Counts the blocks as they are written and stops early once the export is cancelled (the
    // result is then incomplete and is thrown away). Optional.
    void setProgress(ExportProgress *progress) { m_progress = progress; }
    QByteArray write();
    const QList<MediaFile> &media() const { return m_media; }
    int numberedLists() const { return m_numberedLists; }

private:
    struct RunStyle {
        bool bold = false;
        QString colour; // RRGGBB, empty = style's
    };

    void writeCover();
    void writeContents();
    void writeSection(const plan::Section &section, bool pageBreak);
    void writeBlock(const plan::Block &block);
    void writeHeading(const QString &style, const QString &text, bool pageBreak = false);
    void writeParagraph(const QString &style, const QString &text);
    void writeFields(const plan::Fields &fields);
    void writeList(const plan::List &list);
    void writeTable(const plan::Table &table);
    void writeChart(const plan::Chart &chart);
    void writePageBreak();

    void startParagraph(const QString &style, bool pageBreakBefore = false);
    void writeText(const QString &text) { writeText(text, RunStyle()); }
    void writeText(const QString &text, const RunStyle &style);
    // One w:r; `rightToLeft` marks an Arabic or Hebrew stretch (w:rtl).
    void writeRun(const QString &text, const RunStyle &style, bool rightToLeft);
    void writeCellText(const QString &text, bool markDirections);
    void writeCell(int width, const QString &fill, const QString &style, const QString &text, bool rightAligned,
                   bool markDirections);
    void writePicture(const QString &relationId, qint64 widthEmu, qint64 heightEmu, const QString &name);
    QString addMedia(const QString &name, const QByteArray &png);

    const plan::Plan &m_plan;
    ExportProgress *m_progress = nullptr;
    docx::PageGeometry m_page;
    QString m_accent; // RRGGBB
    QByteArray m_out;
    QXmlStreamWriter m_xml;
    QList<MediaFile> m_media;
    int m_numberedLists = 0;
    int m_bookmarks = 0;
    int m_pictures = 0;
    QList<QPair<int, QString>> m_tocEntries; // level, text; bookmark = index
    QList<int> m_tocPages; // estimated page of each entry
};

} // namespace bw
