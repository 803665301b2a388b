// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "docxparts.h"
#include "plan/planmodel.h"

#include <QByteArray>
#include <QDateTime>
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

    // Tracked changes: writes the plan with its differences from `base` (the plan of an earlier
    // version) as Word revisions by `author` at `date` — blocks, list items and table rows
    // paired by their stable keys, paired texts as a word-level difference, the rest whole as
    // inserted or deleted. Accepting every change gives the plan, rejecting every change gives
    // `base`. `base` must outlive write().
    void setRevisions(const plan::Plan *base, const QString &author, const QDateTime &date);

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
    // What the content being written is to the base plan: the same, inserted or deleted.
    enum class Mark { None, Inserted, Deleted };
    // A text as written: the same in both plans, or its text in the base plan and now.
    struct Revised {
        Revised(const QString &text) // NOLINT: a plain text is a text that did not change
            : before(text)
            , after(text)
        {
        }
        Revised(const QString &before, const QString &after)
            : before(before)
            , after(after)
        {
        }
        QString before;
        QString after;
    };
    // A block of a section and, when it pairs, its earlier self (either may be null, not both).
    struct BlockStep {
        const plan::Block *before = nullptr;
        const plan::Block *after = nullptr;
    };
    struct SectionStep {
        const plan::Section *before = nullptr;
        const plan::Section *after = nullptr;
        QList<BlockStep> blocks;
    };
    struct TocEntry {
        int level = 1;
        Revised text { QString() };
        Revised page { QString() };
        Mark mark = Mark::None;
    };
    // Sets the mark of what is written while it lives, unless an outer mark is set already (an
    // inserted section's rows are inserted too).
    class MarkScope {
    public:
        MarkScope(DocxBodyWriter &writer, Mark mark)
            : m_writer(writer)
            , m_saved(writer.m_mark)
        {
            if (m_writer.m_mark == Mark::None)
                m_writer.m_mark = mark;
        }
        ~MarkScope() { m_writer.m_mark = m_saved; }
        MarkScope(const MarkScope &) = delete;
        MarkScope &operator=(const MarkScope &) = delete;

    private:
        DocxBodyWriter &m_writer;
        Mark m_saved;
    };
    static Mark markOf(const void *before, const void *after);

    void buildSteps();
    void writeCover();
    void writeContents();
    void writeSection(const SectionStep &step, bool pageBreak);
    void writeBlock(const BlockStep &step);
    void writeHeading(const QString &style, const Revised &text, bool pageBreak = false);
    void writeParagraph(const QString &style, const Revised &text);
    void writeFields(const plan::Fields *before, const plan::Fields &fields);
    void writeList(const plan::List *before, const plan::List &list);
    void writeTable(const plan::Table *before, const plan::Table &table);
    void writeChart(const plan::Chart *before, const plan::Chart &chart);
    void writePageBreak();

    void startParagraph(const QString &style, bool pageBreakBefore = false);
    void writeParagraphMark(); // w:rPr with w:ins/w:del as the last child of w:pPr, when marked
    void writeRowMark(); // w:ins/w:del as the last child of w:trPr, when marked
    void startRevision(Mark mark);
    void writeText(const Revised &text) { writeText(text, RunStyle()); }
    void writeText(const Revised &text, const RunStyle &style);
    void writeMarkedText(const QString &text, const RunStyle &style, Mark mark);
    // One w:r; `rightToLeft` marks an Arabic or Hebrew stretch (w:rtl).
    void writeRun(const QString &text, const RunStyle &style, bool rightToLeft, Mark mark);
    void writeCellText(const Revised &text, bool markDirections);
    void writeCell(int width, const QString &fill, const QString &style, const Revised &text, bool rightAligned,
        bool markDirections);
    void writePicture(const QString &relationId, qint64 widthEmu, qint64 heightEmu, const QString &name);
    QString addMedia(const QString &name, const QByteArray &png);

    const plan::Plan &m_plan;
    const plan::Plan *m_base = nullptr; // tracked changes: the plan they are changes from
    QString m_author;
    QString m_date; // ISO 8601, UTC
    Mark m_mark = Mark::None;
    int m_revisions = 0;
    QList<SectionStep> m_steps;
    ExportProgress *m_progress = nullptr;
    docx::PageGeometry m_page;
    QString m_accent; // RRGGBB
    QByteArray m_out;
    QXmlStreamWriter m_xml;
    QList<MediaFile> m_media;
    int m_numberedLists = 0;
    int m_bookmarks = 0;
    int m_pictures = 0;
    QList<TocEntry> m_tocEntries; // bookmark = index
};

} // namespace bw
