// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"

#include "exportprogress.h"
#include "exporttext.h"
#include "plan/plantext.h"

#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// RFC 4180 §2.6–2.7: quote a field holding a comma, quote or line break; double its quotes.
// Line breaks inside a field are written as CRLF, like the record separator, which is what
// spreadsheet programs expect inside quoted cells.
void appendField(QString &line, QStringView value)
{
    QString v = cleanText(value);
    const bool quote = v.contains(u',') || v.contains(u'"') || v.contains(u'\n')
                       || v.startsWith(u' ') || v.endsWith(u' ');
    if (!quote) {
        line += v;
        return;
    }
    v.replace(u"\""_s, u"\"\""_s);
    v.replace(u"\n"_s, u"\r\n"_s);
    line += u'"' + v + u'"';
}

void appendRecord(QString &csv, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            csv += u',';
        appendField(csv, fields[i]);
    }
    csv += u"\r\n"_s;
}

} // namespace

QString CsvExporter::key() const { return u"csv"_s; }
QString CsvExporter::fileSuffix() const { return u"csv"_s; }
QString CsvExporter::label() const
{
    return QCoreApplication::translate("bw::CsvExporter", "Spreadsheet (CSV, one row per activity)");
}

QString CsvExporter::write(const plan::Plan &plan, const Project &, const ExportOptions &options,
                           QIODevice &out, const ExportControl &control) const
{
    ExportProgress progress(int(plan.activities.size()), control);
    QString csv;
    csv.reserve(4096 + plan.activities.size() * 900);
    appendRecord(csv, plan::PlanText::activityColumns() << plan::PlanText::keyColumn());
    for (const plan::ActivityRow &r : plan.activities) {
        // Same order as PlanText::activityColumns(). Ranges use an en dash: "10-15" would be
        // read as a date by spreadsheet programs. Dates are ISO 8601 so that they sort. The
        // column after them is the learner time in all (every occurrence), in whole minutes; the
        // last is the activity's key, which "Update from CSV" matches rows by.
        appendRecord(csv,
            { QString::number(r.objectiveNumber), r.objectiveStatement, r.number, r.title, r.instructions,
                r.phase == Phase::Unset ? QString() : enumLabel(r.phase),
                r.direction == Direction::Unset ? QString() : enumLabel(r.direction), r.toolText,
                plan::formatDuration(r.duration), enumLabel(r.grouping), r.ledByText, r.deliverable, r.benefit,
                enumLabel(r.assessment), r.momentName, r.momentId ? QString::number(r.offsetDays) : QString(),
                r.due.isValid() ? r.due.toString(Qt::ISODate) : QString(), r.recurrenceText,
                plan::formatMinutes(r.minutes), QString::number(r.activityId) });
        if (!progress.advance())
            return {};
    }
    QByteArray bytes;
    if (options.csvBom)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += csv.toUtf8();
    if (out.write(bytes) != bytes.size())
        return out.errorString();
    return {};
}

} // namespace bw
