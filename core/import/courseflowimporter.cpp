// SPDX-License-Identifier: GPL-3.0-or-later
#include "courseflowimporter.h"

#include "xlsxreader.h"

#include "i18n/plantranslator.h"
#include "model/projectvalidation.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cmath>

namespace bw {

namespace importdetail {

QString utf8Error(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    qsizetype lineStart = 0;
    int line = 1;
    for (qsizetype i = 0; i <= data.size(); ++i) {
        if (i == data.size() || data.at(i) == '\n') {
            const QString decoded = decoder.decode(data.mid(lineStart, i - lineStart));
            if (decoder.hasError())
                return QCoreApplication::translate("bw::CourseFlowImporter", "line %1: the text is not valid UTF-8.")
                    .arg(line);
            ++line;
            lineStart = i + 1;
        }
    }
    return {};
}

int lineOfOffset(const QByteArray &data, qsizetype offset)
{
    return int(data.left(qBound<qsizetype>(0, offset, data.size())).count('\n')) + 1;
}

QList<Phase> phasesOfWeek(const QList<bool> &inClass)
{
    QList<Phase> out;
    bool seenInClass = false;
    for (bool in : inClass) {
        seenInClass = seenInClass || in;
        out.append(in ? Phase::InClass : (seenInClass ? Phase::PostClass : Phase::PreClass));
    }
    return out;
}

void finish(Project &project, ImportResult &result)
{
    normalize(project);
    const QList<ProjectProblem> problems = validate(project);
    if (!problems.isEmpty()) {
        result.error = problems.first().message();
        result.notes.clear();
        return;
    }
    result.project = std::move(project);
}

} // namespace importdetail

namespace {

using importdetail::lineOfOffset;

QString cfTr(const char *text)
{
    return QCoreApplication::translate("bw::CourseFlowImporter", text);
}

struct Node {
    QString where; // "line 5", "node[2]"
    QString title;
    QString description;
    bool inClass = false;
    Direction direction = Direction::Unset;
    Grouping grouping = Grouping::WholeGroup;
    Duration duration;
    Assessment assessment = Assessment::None;
    QList<Id> outcomes; // CourseFlow outcome ids
};

struct Week {
    QString title;
    QList<Node> nodes;
};

struct Outcome {
    Id id = 0;
    QString code, title, description;
};

Project build(const QString &title, const QList<Week> &weeks, const QList<Outcome> &outcomes,
    const ImportOptions &options, ImportResult &result)
{
    Project p;
    p.info.title
        = title.trimmed().isEmpty() ? planTr("bw::CourseFlowImporter", "CourseFlow workflow") : title.trimmed();
    p.info.language = options.language;
    Id next = 1;
    QHash<Id, int> objectiveOf;
    for (const Outcome &o : outcomes) {
        Objective obj;
        obj.id = next++;
        obj.statement = o.code.isEmpty() ? o.title : o.code + QStringLiteral(" – ") + o.title;
        obj.notes = o.description;
        objectiveOf.insert(o.id, int(p.objectives.size()));
        p.objectives.append(obj);
    }
    int unlinked = -1;
    for (int w = 0; w < weeks.size(); ++w) {
        const Week &week = weeks[w];
        QList<bool> inClass;
        for (const Node &n : week.nodes)
            inClass.append(n.inClass);
        const QList<Phase> phases = importdetail::phasesOfWeek(inClass);
        Id momentId = 0;
        if (inClass.contains(true)) {
            Moment m;
            m.id = momentId = next++;
            m.name = week.title.isEmpty() ? planTr("bw::CourseFlowImporter", "Week %1").arg(w + 1) : week.title;
            for (const Node &n : week.nodes)
                if (n.inClass)
                    m.minutes += n.duration.max;
            p.moments.append(m);
        }
        for (int i = 0; i < week.nodes.size(); ++i) {
            const Node &n = week.nodes[i];
            Activity a;
            a.id = next++;
            a.title = n.title;
            a.instructions = n.description;
            a.phase = phases[i];
            a.momentId = momentId;
            a.direction = n.direction;
            a.grouping = n.grouping;
            a.duration = n.duration;
            a.assessment = n.assessment;
            if (a.phase != Phase::InClass) {
                const QString text = !momentId ? cfTr("phase guessed as pre-class: its week has no in-class activity")
                    : a.phase == Phase::PreClass
                    ? cfTr("phase guessed as pre-class: out of class before the week's first in-class activity")
                    : cfTr("phase guessed as post-class: out of class after the week's first in-class activity");
                result.notes.append({ ImportNote::Kind::Guessed, n.where, text, a.id, QStringLiteral("phase") });
            }
            if (a.direction != Direction::Unset)
                result.notes.append({ ImportNote::Kind::Guessed, n.where,
                    cfTr("direction guessed from the context classification"), a.id, QStringLiteral("direction") });
            int target = -1;
            for (Id o : n.outcomes)
                if (objectiveOf.contains(o)) {
                    target = objectiveOf.value(o);
                    break;
                }
            if (target < 0) {
                if (unlinked < 0) {
                    Objective obj;
                    obj.id = next++;
                    obj.statement = planTr("bw::CourseFlowImporter", "Activities without an outcome");
                    unlinked = int(p.objectives.size());
                    p.objectives.append(obj);
                }
                target = unlinked;
            }
            p.objectives[target].activities.append(a);
            result.notes.append({ ImportNote::Kind::Read, n.where, cfTr("activity read"), a.id, {} });
        }
    }
    return p;
}

// RFC 4180 rows, each with the line it starts on; nullopt (and `error`) on an open quote.
struct CsvRow {
    int line = 0;
    QStringList cells;
};

std::optional<QList<CsvRow>> parseCsv(const QString &text, QString &error)
{
    QList<CsvRow> rows;
    CsvRow row { 1, {} };
    QString cell;
    bool quoted = false;
    int line = 1;
    int quoteLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
            quoteLine = line;
        } else if (c == u',') {
            row.cells.append(cell);
            cell.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row.cells.append(cell);
            cell.clear();
            rows.append(row);
            ++line;
            row = { line, {} };
        } else {
            cell += c;
        }
    }
    if (quoted) {
        error = cfTr("line %1: a quoted field is not closed.").arg(quoteLine);
        return std::nullopt;
    }
    if (!cell.isEmpty() || !row.cells.isEmpty()) {
        row.cells.append(cell);
        rows.append(row);
    }
    return rows;
}

const QStringList &csvHeader()
{
    static const QStringList h { QStringLiteral("type"), QStringLiteral("title"), QStringLiteral("description"),
        QStringLiteral("column_order"), QStringLiteral("id") };
    return h;
}

QStringList normalizedHeader(const QStringList &cells)
{
    QStringList out;
    for (QString c : cells) {
        if (c.startsWith(QChar(0xFEFF)))
            c.remove(0, 1);
        out.append(c.trimmed().toLower());
    }
    return out;
}

const QStringList &outcomesHeader()
{
    static const QStringList h { QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("description"),
        QStringLiteral("id"), QStringLiteral("depth") };
    return h;
}

// The outcomes table: a row with only a title names the workflow; outcomes of depth 0 become
// objectives, deeper ones (sub-outcomes) are listed in their parent's notes.
ImportResult readOutcomesCsv(const QList<CsvRow> &rows, const ImportOptions &options)
{
    ImportResult result;
    Project p;
    p.info.language = options.language;
    Id next = 1;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QStringList cells = rows[r].cells;
        while (cells.size() < 5)
            cells.append(QString());
        const QString where = cfTr("line %1").arg(rows[r].line);
        const QString code = cells[0].trimmed(), title = cells[1].trimmed();
        if (cells[3].trimmed().isEmpty() && cells[4].trimmed().isEmpty()) {
            if (p.info.title.isEmpty() && !title.isEmpty())
                p.info.title = title;
            continue;
        }
        bool ok = false;
        const int depth = cells[4].trimmed().toDouble(&ok);
        if (!ok || depth < 0) {
            result.error = cfTr("%1: the depth “%2” is not a number.").arg(where, cells[4]);
            return result;
        }
        const QString statement = code.isEmpty() ? title : code + QStringLiteral(" – ") + title;
        if (depth > 0 && !p.objectives.isEmpty()) {
            Objective &parent = p.objectives.last();
            parent.notes += (parent.notes.isEmpty() ? QString() : QStringLiteral("\n")) + statement;
            result.notes.append(
                { ImportNote::Kind::Read, where, cfTr("sub-outcome listed in its outcome's notes"), parent.id, {} });
            continue;
        }
        Objective o;
        o.id = next++;
        o.statement = statement;
        o.notes = cells[2].trimmed();
        p.objectives.append(o);
        result.notes.append({ ImportNote::Kind::Read, where, cfTr("outcome read"), o.id, {} });
    }
    if (p.info.title.isEmpty())
        p.info.title = planTr("bw::CourseFlowImporter", "CourseFlow workflow");
    importdetail::finish(p, result);
    return result;
}

// The nodes table, from a CSV (`spreadsheet` false: places are lines) or a workbook's first
// sheet (true: places are rows).
ImportResult readNodeRows(
    const std::optional<QList<CsvRow>> &rows, const ImportOptions &options, const QString &fileName, bool spreadsheet)
{
    ImportResult result;
    if (!rows->isEmpty() && normalizedHeader(rows->first().cells) == outcomesHeader() && !spreadsheet)
        return readOutcomesCsv(*rows, options);
    if (rows->isEmpty() || normalizedHeader(rows->first().cells) != csvHeader()) {
        result.error = spreadsheet
            ? cfTr("row 1: the header is not CourseFlow's nodes table (type, title, description, column_order, id).")
            : cfTr("line 1: the header is not CourseFlow's nodes table (type, title, description, "
                   "column_order, id).");
        return result;
    }
    QList<Week> weeks;
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const CsvRow &row = rows->at(r);
        QStringList cells = row.cells;
        while (cells.size() < 5)
            cells.append(QString());
        const QString where = spreadsheet ? cfTr("row %1").arg(row.line) : cfTr("line %1").arg(row.line);
        const QString type = cells[0].trimmed().toLower();
        if (type.isEmpty() && cells.join(QString()).trimmed().isEmpty())
            continue;
        if (type == u"week") {
            weeks.append({ cells[1].trimmed(), {} });
            continue;
        }
        if (type != u"node") {
            result.error = cfTr("%1: the type “%2” is neither week nor node.").arg(where, cells[0]);
            return result;
        }
        if (weeks.isEmpty()) {
            result.error = cfTr("%1: a node comes before any week.").arg(where);
            return result;
        }
        bool ok = false;
        // A workbook may store the number as 2 or, from some writers, 2.0.
        const double order = cells[3].trimmed().toDouble(&ok);
        ok = ok && order == std::floor(order) && order < 1e6;
        const int column = ok ? int(order) : -1;
        if (!ok || column < 0) {
            result.error = cfTr("%1: the column_order “%2” is not a number.").arg(where, cells[3]);
            return result;
        }
        Node n;
        n.where = where;
        n.title = cells[1].trimmed();
        n.description = cells[2].trimmed();
        // A CourseFlow activity's default columns, by rank: out of class (instructor), out of
        // class (students), in class (instructor), in class (students). Custom columns may
        // differ, hence the phase is always reported as read from the column order.
        n.inClass = column >= 2;
        weeks.last().nodes.append(n);
    }
    result.notes.append({ ImportNote::Kind::Warning, {},
        cfTr("the nodes table has no outcomes, times or classifications: all activities are under one objective"), 0,
        {} });
    Project p = build(QFileInfo(fileName).completeBaseName(), weeks, {}, options, result);
    importdetail::finish(p, result);
    return result;
}

ImportResult readCsv(const QString &text, const ImportOptions &options, const QString &fileName)
{
    QString error;
    const auto rows = parseCsv(text, error);
    if (!rows) {
        ImportResult result;
        result.error = error;
        return result;
    }
    return readNodeRows(rows, options, fileName, false);
}

ImportResult readXlsx(const QByteArray &data, const ImportOptions &options, const QString &fileName)
{
    const XlsxTable table = readXlsxFirstSheet(data);
    if (!table.error.isEmpty()) {
        ImportResult result;
        result.error = table.error;
        return result;
    }
    QList<CsvRow> rows;
    for (qsizetype i = 0; i < table.rows.size(); ++i)
        rows.append({ table.rowNumbers[i], table.rows[i] });
    return readNodeRows(rows, options, fileName, true);
}

} // namespace

namespace {

Id jsonId(const QJsonValue &v)
{
    return v.isDouble() ? Id(v.toDouble()) : v.toString().toLongLong();
}

QString jsonText(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

// CourseFlow's workflow data: lists "week", "nodeweek", "node", "column", "outcome",
// "outcomenode" and the "workflow" object; weeks hold nodeweek ids (in rank order), nodes hold
// outcomenode ids.
ImportResult readJson(const QByteArray &data, const ImportOptions &options)
{
    ImportResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        result.error = cfTr("line %1: %2")
                           .arg(lineOfOffset(data, parseError.offset))
                           .arg(doc.isNull() ? parseError.errorString() : cfTr("the workflow is not a JSON object."));
        return result;
    }
    const QJsonObject root = doc.object();
    for (const char *k : { "week", "nodeweek", "node" })
        if (!root.value(QLatin1String(k)).isArray()) {
            result.error = cfTr("%1: missing, a list is expected.").arg(QLatin1String(k));
            return result;
        }
    auto byId = [](const QJsonArray &a) {
        QHash<Id, int> m;
        for (int i = 0; i < a.size(); ++i)
            m.insert(jsonId(a.at(i).toObject().value(u"id")), i);
        return m;
    };
    const QJsonArray weeksJ = root.value(u"week").toArray(), nodeweeks = root.value(u"nodeweek").toArray(),
                     nodes = root.value(u"node").toArray(), columns = root.value(u"column").toArray(),
                     outcomesJ = root.value(u"outcome").toArray(), outcomenodes = root.value(u"outcomenode").toArray();
    const QHash<Id, int> nodeweekIdx = byId(nodeweeks), nodeIdx = byId(nodes), columnIdx = byId(columns),
                         outcomenodeIdx = byId(outcomenodes);
    QList<Outcome> outcomes;
    for (const QJsonValue &v : outcomesJ) {
        const QJsonObject o = v.toObject();
        outcomes.append({ jsonId(o.value(u"id")), o.value(u"code").toString().trimmed(),
            o.value(u"title").toString().trimmed(), o.value(u"description").toString().trimmed() });
    }
    QList<Week> weeks;
    for (int w = 0; w < weeksJ.size(); ++w) {
        const QJsonObject wj = weeksJ.at(w).toObject();
        Week week { wj.value(u"title").toString().trimmed(), {} };
        const QJsonArray set = wj.value(u"nodeweek_set").toArray();
        for (int s = 0; s < set.size(); ++s) {
            const QString setPath = QStringLiteral("week[%1].nodeweek_set[%2]").arg(w).arg(s);
            const Id nwId = jsonId(set.at(s));
            if (!nodeweekIdx.contains(nwId)) {
                result.error = cfTr("%1: the nodeweek %2 is not in nodeweek.").arg(setPath).arg(nwId);
                return result;
            }
            const Id nodeId = jsonId(nodeweeks.at(nodeweekIdx.value(nwId)).toObject().value(u"node"));
            if (!nodeIdx.contains(nodeId)) {
                result.error = cfTr("%1: the node %2 is not in node.").arg(setPath).arg(nodeId);
                return result;
            }
            const int ni = nodeIdx.value(nodeId);
            const QJsonObject nj = nodes.at(ni).toObject();
            Node n;
            n.where = QStringLiteral("node[%1]").arg(ni);
            n.title = nj.value(u"title").toString().trimmed();
            n.description = nj.value(u"description").toString().trimmed();
            // Columns: 1 and 2 are out of class (instructor, students), 3 and 4 in class; a
            // custom column (0) is out of class unless its title says "in class".
            const QJsonObject col = columns.at(columnIdx.value(jsonId(nj.value(u"column")), -1)).toObject();
            const int type = col.value(u"column_type").toInt();
            n.inClass = type == 3 || type == 4
                || (type == 0 && col.value(u"title").toString().contains(u"in class", Qt::CaseInsensitive));
            // Context classification → grouping (read) and direction (guessed): individual work
            // is learners producing for the trainer (many-to-one), work in groups is peers
            // together (many-to-many), whole class is the trainer addressing all (one-to-many).
            // 101–103 are the assessment contexts (formative, summative, comprehensive).
            switch (nj.value(u"context_classification").toInt()) {
            case 1:
                n.grouping = Grouping::Individual;
                n.direction = Direction::ManyToOne;
                break;
            case 2:
                n.grouping = Grouping::SubGroups;
                n.direction = Direction::ManyToMany;
                break;
            case 3:
                n.direction = Direction::OneToMany;
                break;
            case 101:
                n.assessment = Assessment::Formative;
                break;
            case 102:
            case 103:
                n.assessment = Assessment::Summative;
                break;
            default:
                break;
            }
            // Task classification 14 is "quiz / test".
            if (n.assessment == Assessment::None && nj.value(u"task_classification").toInt() == 14)
                n.assessment = Assessment::Formative;
            const QString timeText = jsonText(nj.value(u"time_required")).trimmed();
            if (!timeText.isEmpty()) {
                bool ok = false;
                const double amount = timeText.toDouble(&ok);
                // time_units: 1 seconds, 2 minutes, 3 hours; longer units (days … credits) are
                // not the length of one activity.
                const int units = nj.value(u"time_units").toInt();
                const double minutes = !ok || amount < 0 ? -1
                    : units == 1                         ? amount / 60.0
                    : units == 2                         ? amount
                    : units == 3                         ? amount * 60.0
                                                         : -1;
                if (minutes >= 0 && minutes <= Limits::MaxMinutes)
                    n.duration = Duration::exact(int(std::ceil(minutes)));
                else
                    result.notes.append({ ImportNote::Kind::Warning, n.where + QStringLiteral(".time_required"),
                        cfTr("the time required is not in seconds, minutes or hours: left unset"), 0, {} });
            }
            const QJsonArray links = nj.value(u"outcomenode_set").toArray();
            for (const QJsonValue &l : links) {
                const QJsonObject on = outcomenodes.at(outcomenodeIdx.value(jsonId(l), -1)).toObject();
                if (!on.isEmpty())
                    n.outcomes.append(jsonId(on.value(u"outcome")));
            }
            week.nodes.append(n);
        }
        weeks.append(week);
    }
    Project p = build(root.value(u"workflow").toObject().value(u"title").toString(), weeks, outcomes, options, result);
    importdetail::finish(p, result);
    return result;
}

} // namespace

QString CourseFlowImporter::label() const
{
    return tr("CourseFlow workflow");
}

int CourseFlowImporter::detect(const QByteArray &head, const QString &fileName) const
{
    QByteArray first = head.left(head.indexOf('\n') < 0 ? head.size() : head.indexOf('\n')).trimmed().toLower();
    if (first.startsWith("\xEF\xBB\xBF"))
        first.remove(0, 3);
    first.replace('"', "");
    if (first == "type,title,description,column_order,id" || first == "code,title,description,id,depth")
        return 100;
    const QByteArray t = head.trimmed();
    if (t.startsWith('{') && head.contains("\"nodeweek\"") && head.contains("\"node\""))
        return 100;
    // A workbook: CourseFlow's nodes table is the one spreadsheet Blendwise imports (its own
    // spreadsheets go out as .xlsx but come back as CSV); the read says when it is not.
    if (looksLikeZip(head) && fileName.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        return 60;
    return 0;
}

ImportResult CourseFlowImporter::read(
    const QByteArray &data, const QString &fileName, const ImportOptions &options) const
{
    if (looksLikeZip(data))
        return readXlsx(data, options, fileName);
    if (const QString e = importdetail::utf8Error(data); !e.isEmpty()) {
        ImportResult r;
        r.error = e;
        return r;
    }
    if (data.trimmed().startsWith('{'))
        return readJson(data, options);
    return readCsv(QString::fromUtf8(data), options, fileName);
}

} // namespace bw
