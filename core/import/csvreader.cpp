// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace bw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bw::CsvReader", text);
}

// The delimiter of the header line: the one of comma and semicolon that occurs more often
// outside quotes (a tie, or neither, is a comma).
QChar detectDelimiter(QStringView text)
{
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? QChar(u';') : QChar(u',');
}

} // namespace

CsvTable readCsv(const QByteArray &input)
{
    CsvTable table;
    QByteArrayView data(input);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);

    // Decoded line by line, so that invalid UTF-8 is reported with its line.
    QString text;
    text.reserve(data.size());
    int line = 1;
    for (qsizetype start = 0; start < data.size(); ++line) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size() - 1;
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString part = decoder.decode(data.sliced(start, end - start + 1));
        if (decoder.hasError()) {
            table.error = tr("line %1: the text is not valid UTF-8").arg(line);
            return table;
        }
        text += part;
        start = end + 1;
    }

    table.delimiter = detectDelimiter(text);
    line = 1;
    QStringList record;
    QString field;
    int recordLine = 1;
    bool quoted = false, wasQuoted = false, any = false;
    const auto endRecord = [&] {
        record.append(field);
        if (record.size() > 1 || !record.first().isEmpty() || wasQuoted) {
            table.records.append(record);
            table.lines.append(recordLine);
        }
        record.clear();
        field.clear();
        wasQuoted = false;
        any = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
                field += u'\n'; // a CRLF inside a cell is one line break
                ++i;
                ++line;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (!any)
            recordLine = line;
        any = true;
        if (c == u'"') {
            if (!field.isEmpty() || wasQuoted) {
                table.error = tr("line %1: a quote inside a field that does not start with one").arg(line);
                table.records.clear();
                table.lines.clear();
                return table;
            }
            quoted = wasQuoted = true;
        } else if (c == table.delimiter) {
            record.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            continue;
        } else if (c == u'\n') {
            endRecord();
            ++line;
        } else if (wasQuoted) {
            table.error = tr("line %1: text after the closing quote of a field").arg(line);
            table.records.clear();
            table.lines.clear();
            return table;
        } else {
            field += c;
        }
    }
    if (quoted) {
        table.error = tr("line %1: a quoted field is not closed").arg(recordLine);
        table.records.clear();
        table.lines.clear();
        return table;
    }
    if (any)
        endRecord();
    return table;
}

} // namespace bw
