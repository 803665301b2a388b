// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace bw {

// The first worksheet of an Office Open XML workbook (.xlsx, as Excel, LibreOffice Calc and
// CourseFlow write them) as rows of text cells: shared strings, inline strings, numbers (as the
// workbook stores them: "3", "2.5") and booleans; formulas give their cached value. Enough to
// read a table that was exported to a spreadsheet — no styles, dates or merged cells.
struct XlsxTable {
    QList<QStringList> rows; // empty rows left out; cells in column order, gaps as ""
    QList<int> rowNumbers; // the spreadsheet's row number (1-based) of each row
    QString error; // for people, when the input is not a readable workbook; rows are then empty
};

// Reads at most `maxCells` cells (a guard against a hostile file that expands without end).
XlsxTable readXlsxFirstSheet(const QByteArray &data, qsizetype maxCells = 2'000'000);

// True when `head` starts like a ZIP archive (every .xlsx does).
bool looksLikeZip(const QByteArray &head);

} // namespace bw
