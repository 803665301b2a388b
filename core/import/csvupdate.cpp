// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvupdate.h"

#include "catalogue/catalogue.h"
#include "csvreader.h"
#include "export/exporttext.h"
#include "i18n/plantranslator.h"
#include "model/projectvalidation.h"
#include "model/recurrence.h"
#include "plan/planmodel.h"
#include "plan/plantext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// The columns of the export, in its order: PlanText::activityColumns() then keyColumn().
enum Column {
    ObjectiveNo,
    ObjectiveText,
    ActivityNo, // derived: ignored
    Title,
    Instructions,
    PhaseC,
    DirectionC,
    ToolC,
    DurationC,
    GroupingC,
    LedByC,
    Deliverable,
    Benefit,
    AssessmentC,
    MomentC,
    Offset,
    Due, // derived: ignored
    Repeats,
    MinutesInAll, // derived: ignored
    KeyC,
    ColumnCount
};
const QStringList shippedLanguages = { u"en"_s, u"de"_s, u"fr"_s, u"nl"_s };

QStringList columnsIn(const QString &language)
{
    PlanLanguageScope scope { PlanLanguage(language) };
    return plan::PlanText::activityColumns().mid(0, KeyC) << plan::PlanText::keyColumn();
}

// A cell as the export would write it: spreadsheets save line breaks inside cells as LF or
// CRLF, the export writes CRLF; both read as LF here.
QString unify(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    return text;
}

// What the export writes for an activity's row, column by column (see CsvExporter::write()).
QStringList exportedCells(const plan::ActivityRow &r)
{
    QStringList cells(ColumnCount);
    cells[ObjectiveNo] = QString::number(r.objectiveNumber);
    cells[ObjectiveText] = cleanText(r.objectiveStatement);
    cells[Title] = cleanText(r.title);
    cells[Instructions] = cleanText(r.instructions);
    cells[PhaseC] = r.phase == Phase::Unset ? QString() : enumLabel(r.phase);
    cells[DirectionC] = r.direction == Direction::Unset ? QString() : enumLabel(r.direction);
    cells[ToolC] = cleanText(r.toolText);
    cells[DurationC] = plan::formatDuration(r.duration);
    cells[GroupingC] = enumLabel(r.grouping);
    cells[LedByC] = cleanText(r.ledByText);
    cells[Deliverable] = cleanText(r.deliverable);
    cells[Benefit] = cleanText(r.benefit);
    cells[AssessmentC] = enumLabel(r.assessment);
    cells[MomentC] = cleanText(r.momentName);
    cells[Offset] = r.momentId ? QString::number(r.offsetDays) : QString();
    cells[Repeats] = cleanText(r.recurrenceText);
    return cells;
}

// A value of E from its label in one of `languages` or its key, case-insensitive.
template <typename E> std::optional<E> enumFromText(const QString &text, const QStringList &languages)
{
    for (const QString &language : languages) {
        PlanLanguageScope scope { PlanLanguage(language) };
        for (E v : enumValues<E>())
            if (text.compare(enumLabel(v), Qt::CaseInsensitive) == 0
                || text.compare(enumKey(v), Qt::CaseInsensitive) == 0)
                return v;
    }
    return std::nullopt;
}

// The recurrence `text` describes in the plan's language ("Every week, 8 times"), found by
// describing the recurrences made of the numbers the text holds; nullopt when none reads like
// that. Until-dated recurrences are not read back (the date's spelling varies too much).
std::optional<Recurrence> recurrenceFromText(const QString &text, const QLocale &locale)
{
    if (text.isEmpty())
        return Recurrence {};
    QList<int> numbers = { 0, 1 };
    static const QRegularExpression number(u"\\d+"_s);
    for (auto it = number.globalMatch(text); it.hasNext();)
        numbers.append(it.next().captured().toInt());
    for (RecurrenceUnit unit : { RecurrenceUnit::Days, RecurrenceUnit::Weeks })
        for (int interval : numbers)
            for (int count : numbers) {
                const Recurrence r { unit, std::max(interval, 1), count, {} };
                if (describeRecurrence(r, locale).compare(text, Qt::CaseInsensitive) == 0)
                    return r;
            }
    return std::nullopt;
}

} // namespace

CsvUpdateResult CsvUpdate::apply(const Project &current, const QByteArray &data, const CsvUpdateOptions &options)
{
    CsvUpdateResult result;
    const CsvTable table = readCsv(data);
    if (!table.error.isEmpty()) {
        result.error = table.error;
        return result;
    }
    if (table.records.isEmpty()) {
        result.error = tr("line 1: the file holds no header line");
        return result;
    }
    QStringList header = table.records.first();
    for (QString &h : header)
        h = h.trimmed();

    // The header's language is the one whose column titles it holds most of; every column is
    // optional but the activity's title, so a spreadsheet with columns deleted still updates.
    int column[ColumnCount];
    QString headerLanguage;
    int best = 0;
    for (const QString &language : shippedLanguages) {
        const QStringList expected = columnsIn(language);
        int found = 0;
        for (int c = 0; c < ColumnCount; ++c)
            found += header.contains(expected[c]) ? 1 : 0;
        if (found > best && header.contains(expected[Title])) {
            best = found;
            headerLanguage = language;
        }
    }
    if (headerLanguage.isEmpty()) {
        result.error = tr("line %1: the header does not match; expected the columns: %2")
                           .arg(table.lines.first())
                           .arg(columnsIn(current.info.language).join(u", "_s));
        return result;
    }
    {
        const QStringList expected = columnsIn(headerLanguage);
        for (int c = 0; c < ColumnCount; ++c)
            column[c] = int(header.indexOf(expected[c]));
    }
    const QString projectLanguage = current.info.language.isEmpty() ? u"en"_s : current.info.language;
    const QStringList languages = { headerLanguage, projectLanguage };

    // What the export writes for every activity now, in the project's language: a cell that
    // still says that is unchanged, whatever the spreadsheet did to its neighbours.
    PlanLanguageScope scope { PlanLanguage(projectLanguage) };
    const QLocale locale(projectLanguage);
    QHash<Id, QStringList> exported;
    for (const plan::ActivityRow &r : plan::buildPlan(current).activities)
        exported.insert(r.activityId, exportedCells(r));
    const QStringList blank = exportedCells(plan::ActivityRow {});
    const QString noToolText = plan::PlanText::noTool();

    Project p = current;
    Id nextId = current.maxId() + 1;
    const auto note = [&](ImportNote::Kind kind, int line, const QString &text, Id item, const char *field) {
        result.notes.append({ kind, tr("line %1").arg(line), text, item, QString::fromLatin1(field) });
    };
    const auto fail = [&](const QString &error) {
        CsvUpdateResult failed;
        failed.error = error;
        return failed;
    };

    // Where each activity and objective of `p` is, kept up to date below: the project's own
    // look-ups scan it, which on a spreadsheet of thousands of rows would be quadratic.
    // Objectives are only ever appended, so their rows stay; an activity's row is looked up in
    // its objective, which holds a few dozen at most.
    QHash<Id, int> objectiveRowOf;
    QHash<Id, Id> objectiveOf; // activity → its objective
    for (int o = 0; o < p.objectives.size(); ++o) {
        objectiveRowOf.insert(p.objectives[o].id, o);
        for (const Activity &a : std::as_const(p.objectives[o].activities))
            objectiveOf.insert(a.id, p.objectives[o].id);
    }
    const auto locate = [&](Id activity) {
        Project::ActivityPos pos;
        const auto o = objectiveOf.constFind(activity);
        if (o == objectiveOf.cend())
            return pos;
        pos.objective = objectiveRowOf.value(*o);
        const QList<Activity> &list = p.objectives[pos.objective].activities;
        for (int r = 0; r < list.size(); ++r)
            if (list[r].id == activity)
                pos.row = r;
        return pos;
    };

    QSet<Id> seen;
    Id lastObjective = 0;
    Id lastActivity = 0;
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        const QStringList &rec = table.records[i];
        const int line = table.lines[i];
        if (options.cancel && options.cancel->load())
            return fail(tr("cancelled"));
        if (std::all_of(rec.cbegin(), rec.cend(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            continue; // a row emptied in the spreadsheet
        if (rec.size() < header.size())
            return fail(tr("line %1: %2 fields where the header has %3").arg(line).arg(rec.size()).arg(header.size()));
        const auto cell = [&](int c) { return column[c] < 0 ? QString() : unify(rec[column[c]]); };
        const auto value = [&](int c) { return cell(c).trimmed(); };

        // The row's activity: the key's, or a new one.
        Id key = 0;
        if (const QString k = value(KeyC); !k.isEmpty()) {
            bool ok = false;
            key = k.toLongLong(&ok);
            if (!ok || !exported.contains(key)) {
                note(ImportNote::Kind::Warning, line,
                    tr("no activity has the key “%1”: the row is added as a new activity").arg(k), 0, "key");
                key = 0;
            } else if (seen.contains(key)) {
                note(ImportNote::Kind::Warning, line,
                    tr("the key %1 is on an earlier row too: this row is added as a new activity").arg(k), 0, "key");
                key = 0;
            }
        }
        const QStringList &was = key ? exported[key] : blank;
        const auto edited = [&](int c) {
            if (column[c] < 0)
                return false;
            const QString now = cell(c);
            return now != was[c] && now.trimmed() != was[c].trimmed();
        };

        // Its objective: kept unless the row names another one, by statement (or, without a
        // statement, by number); a statement no objective has is a new objective.
        Id objectiveId = key ? objectiveOf.value(key) : 0;
        if (!key || edited(ObjectiveText) || (edited(ObjectiveNo) && value(ObjectiveText).isEmpty())) {
            const QString statement = cell(ObjectiveText).trimmed();
            Id target = 0;
            if (!statement.isEmpty()) {
                for (const Objective &o : p.objectives)
                    if (cleanText(o.statement).trimmed() == statement) {
                        target = o.id;
                        break;
                    }
            } else if (const int no = value(ObjectiveNo).toInt(); no >= 1 && no <= p.objectives.size()) {
                target = p.objectives[no - 1].id;
            } else if (lastObjective) {
                target = lastObjective;
            }
            if (!target) {
                Objective o;
                o.id = nextId++;
                o.statement = statement;
                objectiveRowOf.insert(o.id, int(p.objectives.size()));
                p.objectives.append(o);
                target = o.id;
                note(ImportNote::Kind::Read, line, tr("new objective “%1”").arg(statement), o.id, "objective");
            }
            objectiveId = target;
        }

        Activity a;
        if (key) {
            const Project::ActivityPos pos = locate(key);
            a = p.objectives[pos.objective].activities[pos.row];
        } else {
            a.id = nextId++;
        }

        if (edited(Title))
            a.title = cell(Title).trimmed();
        if (edited(Instructions))
            a.instructions = cell(Instructions);
        if (edited(Deliverable))
            a.deliverable = cell(Deliverable);
        if (edited(PhaseC)) {
            if (const QString t = value(PhaseC); t.isEmpty())
                a.phase = Phase::Unset;
            else if (const auto v = enumFromText<Phase>(t, languages))
                a.phase = *v;
            else
                note(ImportNote::Kind::Warning, line, tr("unknown phase “%1”: left as it was").arg(t), a.id, "phase");
        }
        if (edited(DirectionC)) {
            if (const QString t = value(DirectionC); t.isEmpty())
                a.direction = Direction::Unset;
            else if (const auto v = enumFromText<Direction>(t, languages))
                a.direction = *v;
            else
                note(ImportNote::Kind::Warning, line, tr("unknown direction “%1”: left as it was").arg(t), a.id,
                    "direction");
        }
        if (edited(GroupingC)) {
            if (value(GroupingC).isEmpty())
                a.grouping = Grouping::WholeGroup;
            else if (const auto v = enumFromText<Grouping>(value(GroupingC), languages))
                a.grouping = *v;
            else
                note(ImportNote::Kind::Warning, line, tr("unknown grouping “%1”: left as it was").arg(value(GroupingC)),
                    a.id, "grouping");
        }
        if (edited(AssessmentC)) {
            if (value(AssessmentC).isEmpty())
                a.assessment = Assessment::None;
            else if (const auto v = enumFromText<Assessment>(value(AssessmentC), languages))
                a.assessment = *v;
            else
                note(ImportNote::Kind::Warning, line,
                    tr("unknown assessment “%1”: left as it was").arg(value(AssessmentC)), a.id, "assessment");
        }
        if (edited(LedByC)) {
            const QString t = value(LedByC);
            const auto v = t.isEmpty() ? std::optional<LedBy>(LedBy::Trainer) : enumFromText<LedBy>(t, languages);
            const auto role = std::find_if(
                p.roles.cbegin(), p.roles.cend(), [&](const Role &r) { return !t.isEmpty() && r.name == t; });
            a.ledByRoleId = 0;
            a.ledByName.clear();
            if (v && *v != LedBy::Role && *v != LedBy::Other) {
                a.ledBy = *v;
            } else if (role != p.roles.cend()) {
                a.ledBy = LedBy::Role;
                a.ledByRoleId = role->id;
            } else {
                a.ledBy = LedBy::Other; // a person or function, kept by name
                a.ledByName = t;
            }
        }
        if (edited(DurationC)) {
            const QString t = value(DurationC);
            const auto d = t.isEmpty() ? std::optional<Duration>(Duration {}) : Duration::fromString(t);
            if (!d)
                return fail(tr("line %1: “%2” is not a duration in minutes (30 or 10–15)").arg(line).arg(t));
            a.duration = *d;
        }
        if (edited(ToolC)) {
            const QString t = value(ToolC);
            a.toolId = 0;
            a.noTool = false;
            if (t == noToolText) {
                a.noTool = true;
            } else if (const Tool *tool = p.toolByName(t)) {
                a.toolId = tool->id;
            } else if (!t.isEmpty()) {
                // A tool the catalogue lacks is added (from the built-in catalogue when it knows
                // the name) and reported, rather than the row refused: the designer named it.
                Tool added;
                if (const Tool *known = builtinTool(t))
                    added = *known;
                else
                    added.name = t;
                added.id = nextId++;
                p.tools.append(added);
                a.toolId = added.id;
                note(ImportNote::Kind::Warning, line,
                    tr("the tool “%1” was not in the project's catalogue: added").arg(t), a.id, "tool");
            }
        }
        if (edited(Benefit)) {
            // The export writes the tool's default benefit for an activity without its own.
            const Tool *tool = p.tool(a.toolId);
            const QString t = cell(Benefit).trimmed();
            a.benefit = tool && t == cleanText(tool->benefit).trimmed() ? QString() : cell(Benefit);
        }
        if (edited(MomentC)) {
            const QString t = value(MomentC);
            a.momentId = 0;
            if (!t.isEmpty()) {
                const auto m
                    = std::find_if(p.moments.cbegin(), p.moments.cend(), [&](const Moment &x) { return x.name == t; });
                if (m != p.moments.cend()) {
                    a.momentId = m->id;
                } else {
                    Moment added;
                    added.id = nextId++;
                    added.name = t;
                    p.moments.append(added);
                    a.momentId = added.id;
                    note(ImportNote::Kind::Warning, line,
                        tr("new in-class moment “%1” (give it a date in the studio)").arg(t), a.id, "moment");
                }
            }
        }
        if (edited(Offset)) {
            const QString t = value(Offset);
            bool ok = t.isEmpty();
            const int days = ok ? 0 : t.toInt(&ok);
            if (!ok)
                return fail(tr("line %1: “%2” is not a number of days").arg(line).arg(t));
            a.offsetDays = days;
        }
        if (edited(Repeats)) {
            if (const auto r = recurrenceFromText(value(Repeats), locale))
                a.recurrence = *r;
            else
                note(ImportNote::Kind::Skipped, line,
                    tr("repeats “%1” not understood: change the repetition in the studio").arg(value(Repeats)), a.id,
                    "recurrence");
        }

        // Put it in place: an existing activity stays where it is in its objective unless it
        // moved to another; a new one follows the row above it when that is in the same objective.
        if (key) {
            const Project::ActivityPos pos = locate(key);
            if (p.objectives[pos.objective].id == objectiveId) {
                p.objectives[pos.objective].activities[pos.row] = a;
            } else {
                p.objectives[pos.objective].activities.removeAt(pos.row);
                p.objectives[objectiveRowOf.value(objectiveId)].activities.append(a);
                objectiveOf.insert(a.id, objectiveId);
            }
            seen.insert(key);
        } else {
            QList<Activity> &list = p.objectives[objectiveRowOf.value(objectiveId)].activities;
            qsizetype at = list.size();
            if (lastObjective == objectiveId && lastActivity) {
                const Project::ActivityPos pos = locate(lastActivity);
                if (pos.isValid())
                    at = pos.row + 1;
            }
            list.insert(at, a);
            objectiveOf.insert(a.id, objectiveId);
            note(ImportNote::Kind::Read, line, tr("new activity “%1”").arg(a.title), a.id, "");
        }
        lastObjective = objectiveId;
        lastActivity = a.id;
    }

    // Activities no row carries: deleted only when asked, reported either way.
    for (const Objective &o : current.objectives)
        for (const Activity &a : o.activities)
            if (!seen.contains(a.id))
                result.missing.append(a.id);
    if (options.removeMissing && !result.missing.isEmpty()) {
        const QSet<Id> missing(result.missing.cbegin(), result.missing.cend());
        for (Objective &o : p.objectives)
            o.activities.removeIf([&](const Activity &a) { return missing.contains(a.id); });
    }
    for (const Id id : std::as_const(result.missing)) {
        const Activity *a = current.activity(id);
        result.notes.append({ ImportNote::Kind::Warning, QString(),
            (options.removeMissing ? tr("“%1” is not in the spreadsheet: removed")
                                   : tr("“%1” is not in the spreadsheet: kept (remove it with the option)"))
                .arg(a->title),
            id, QString() });
    }

    normalize(p);
    if (const QList<ProjectProblem> problems = validate(p); !problems.isEmpty())
        return fail(problems.first().message());
    result.diff = diff::diffProjects(current, p);
    result.changes = diff::describeChanges(result.diff, current, p);
    result.project = std::move(p);
    return result;
}

} // namespace bw
