// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

QString xTr(const char *text)
{
    return QCoreApplication::translate("bw::XlsxReader", text);
}

// Largest part of a workbook read (bytes, uncompressed): a sheet of 10,000 rows is a few MB.
constexpr qint64 MaxPartBytes = 256 * 1024 * 1024;

std::optional<QByteArray> part(QuaZip &zip, const QString &name, QString &error)
{
    if (!zip.setCurrentFile(name, QuaZip::csInsensitive))
        return std::nullopt;
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        error = xTr("the part %1 of the workbook cannot be read (it may be encrypted)").arg(name);
        return std::nullopt;
    }
    if (file.usize() > MaxPartBytes) {
        error = xTr("the part %1 of the workbook is too large").arg(name);
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    file.close();
    if (file.getZipError() != UNZ_OK) {
        error = xTr("the part %1 of the workbook is damaged").arg(name);
        return std::nullopt;
    }
    return bytes;
}

// Column index of a cell reference: "C12" → 2.
int columnOf(QStringView ref)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i)
        column = column * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
    return i == 0 ? -1 : column - 1;
}

// The text of an <si> or <is> element: its <t>, or the <t> of each run (<r>), joined; phonetic
// guides (<rPh>) left out.
QString richText(QXmlStreamReader &xml)
{
    const QString element = xml.name().toString();
    QString text;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == u"t")
            text += xml.readElementText();
        else if (token == QXmlStreamReader::StartElement && xml.name() == u"rPh")
            xml.skipCurrentElement();
        else if (token == QXmlStreamReader::EndElement && xml.name() == element)
            break;
    }
    return text;
}

} // namespace

bool looksLikeZip(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04");
}

XlsxTable readXlsxFirstSheet(const QByteArray &data, qsizetype maxCells)
{
    XlsxTable table;
    if (!looksLikeZip(data)) {
        table.error = xTr("it is not a workbook (.xlsx): it is not a ZIP archive");
        return table;
    }
    QByteArray copy = data;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        table.error = xTr("the workbook cannot be opened: the archive is damaged");
        return table;
    }
    QString error;
    const auto workbook = part(zip, u"xl/workbook.xml"_s, error);
    if (!workbook) {
        table.error = error.isEmpty() ? xTr("it is not a workbook (.xlsx): it has no xl/workbook.xml") : error;
        return table;
    }
    // The first sheet's relationship id, then its part from the workbook's relationships.
    QString firstSheetRel;
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd() && firstSheetRel.isEmpty()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"sheet") {
                for (const QXmlStreamAttribute &a : xml.attributes())
                    if (a.name() == u"id")
                        firstSheetRel = a.value().toString();
            }
        }
    }
    QString sheetPath = u"xl/worksheets/sheet1.xml"_s;
    if (const auto rels = part(zip, u"xl/_rels/workbook.xml.rels"_s, error); rels && !firstSheetRel.isEmpty()) {
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship"
                && xml.attributes().value(u"Id"_s) == firstSheetRel) {
                QString target = xml.attributes().value(u"Target"_s).toString();
                sheetPath = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
                break;
            }
        }
    }
    if (!error.isEmpty()) {
        table.error = error;
        return table;
    }

    QStringList shared;
    if (const auto strings = part(zip, u"xl/sharedStrings.xml"_s, error)) {
        QXmlStreamReader xml(*strings);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
                shared.append(richText(xml));
        }
        if (xml.hasError()) {
            table.error = xTr("the workbook's shared strings are damaged: %1").arg(xml.errorString());
            return table;
        }
    } else if (!error.isEmpty()) {
        table.error = error;
        return table;
    }

    const auto sheet = part(zip, sheetPath, error);
    if (!sheet) {
        table.error = error.isEmpty() ? xTr("the workbook has no first sheet (%1)").arg(sheetPath) : error;
        return table;
    }
    QXmlStreamReader xml(*sheet);
    qsizetype cells = 0;
    int rowNumber = 0;
    QStringList row;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == u"row") {
            bool ok = false;
            const int r = xml.attributes().value(u"r"_s).toInt(&ok);
            rowNumber = ok ? r : rowNumber + 1;
            row.clear();
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"row") {
            while (!row.isEmpty() && row.last().isEmpty())
                row.removeLast();
            if (!row.isEmpty()) {
                table.rows.append(row);
                table.rowNumbers.append(rowNumber);
            }
        } else if (token == QXmlStreamReader::StartElement && xml.name() == u"c") {
            if (++cells > maxCells) {
                table = {};
                table.error = xTr("the sheet has more than %1 cells").arg(maxCells);
                return table;
            }
            const QString type = xml.attributes().value(u"t"_s).toString();
            int column = columnOf(xml.attributes().value(u"r"_s));
            if (column < 0)
                column = int(row.size());
            if (column > 16384) {
                table = {};
                table.error = xTr("row %1: a cell lies beyond the last column").arg(rowNumber);
                return table;
            }
            QString value;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"v") {
                    value = xml.readElementText();
                } else if (xml.name() == u"is") {
                    value = richText(xml);
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (type == u"s") {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= shared.size()) {
                    table = {};
                    table.error = xTr("row %1: a cell names a shared string the workbook does not have").arg(rowNumber);
                    return table;
                }
                value = shared[index];
            } else if (type == u"b") {
                value = value == u"1"_s ? u"TRUE"_s : u"FALSE"_s;
            } else if (type == u"e") {
                value.clear(); // an error value (#N/A): nothing to read
            }
            while (row.size() <= column)
                row.append(QString());
            row[column] = value;
        }
    }
    if (xml.hasError()) {
        table = {};
        table.error = xTr("the first sheet is damaged: %1").arg(xml.errorString());
    }
    return table;
}

} // namespace bw
