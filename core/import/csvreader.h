// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace bw {

// A CSV file read as RFC 4180 says, plus what spreadsheet programs write: UTF-8 with or without
// a byte-order mark, comma or semicolon (chosen from the header line, as European Excel and
// LibreOffice write semicolons), CRLF or LF, quoted fields with "" and line breaks inside.
struct CsvTable {
    QChar delimiter = u',';
    QList<QStringList> records; // the header first; empty lines are left out
    QList<int> lines; // the line (1-based) each record starts on
    QString error; // "line 7: …" when the input is not CSV; records are then empty
};

CsvTable readCsv(const QByteArray &data);

} // namespace bw
