// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimporter.h"

#include "catalogue/catalogue.h"
#include "csvreader.h"
#include "i18n/plantranslator.h"
#include "model/projectvalidation.h"
#include "plan/plantext.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// The field keys, in the order of PlanText::activityColumns() (whose first 16 columns they are;
// "Activity no.", "Due date", "Repeats" and "Minutes in all" follow from the rest).
enum Field {
    ObjectiveNo,
    ObjectiveText,
    ActivityNo,
    Title,
    Instructions,
    PhaseF,
    DirectionF,
    ToolF,
    DurationF,
    GroupingF,
    LedByF,
    Deliverable,
    Benefit,
    AssessmentF,
    MomentF,
    Offset,
    FieldCount
};
const char *const fieldKeys[FieldCount] = { "objectiveNo", "objective", "activityNo", "title", "instructions", "phase",
    "direction", "tool", "duration", "grouping", "ledBy", "deliverable", "benefit", "assessment", "moment", "offset" };
const QStringList shippedLanguages = { u"en"_s, u"de"_s, u"fr"_s, u"nl"_s };

QStringList columnsIn(const QString &language)
{
    PlanLanguageScope scope { PlanLanguage(language) };
    return plan::PlanText::activityColumns().mid(0, FieldCount);
}

// A value of E from its label in `language` or its key, case-insensitive.
template <typename E> std::optional<E> enumFromText(const QString &text, const QString &language)
{
    PlanLanguageScope scope { PlanLanguage(language) };
    for (E v : enumValues<E>())
        if (text.compare(enumLabel(v), Qt::CaseInsensitive) == 0 || text.compare(enumKey(v), Qt::CaseInsensitive) == 0)
            return v;
    return std::nullopt;
}

// A phase from the words people write in their own spreadsheets ("before the workshop",
// "in class", "Nachbereitung", "après la séance"): before and after are looked for first, since
// "before the workshop" also names the workshop. A guess: the import reports it as one.
std::optional<Phase> phaseFromWords(const QString &text)
{
    static const QRegularExpression pre(
        uR"(\b(before|pre|prior|prep|preparation|homework before|vorher|vor|vorab|vorbereitung|avant|préparation|voor|vooraf|voorbereiding)\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression post(
        uR"(\b(after|post|follow|follow-up|afterwards|nach|nachher|nachbereitung|danach|après|apres|suivi|na|naderhand|achteraf|erna)\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression in(
        uR"(\b(in|during|class|classroom|session|workshop|live|seminar|lecture|präsenz|während|pendant|séance|présentiel|tijdens|les|bijeenkomst)\b)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (pre.match(text).hasMatch())
        return Phase::PreClass;
    if (post.match(text).hasMatch())
        return Phase::PostClass;
    if (in.match(text).hasMatch())
        return Phase::InClass;
    return std::nullopt;
}

} // namespace

QString CsvImporter::label() const
{
    return tr("Spreadsheet (CSV, one row per activity)");
}

int CsvImporter::detect(const QByteArray &head, const QString &fileName) const
{
    const QString firstLine = QString::fromUtf8(head.left(head.indexOf('\n')));
    for (const QString &language : shippedLanguages) {
        const QStringList columns = columnsIn(language);
        if (firstLine.contains(columns[ObjectiveText]) && firstLine.contains(columns[Title])
            && firstLine.contains(columns[PhaseF]))
            return 100;
    }
    return fileName.endsWith(u".csv"_s, Qt::CaseInsensitive) ? 30 : 0;
}

QList<CsvImporter::MappableField> CsvImporter::mappableFields(const QString &language)
{
    const QStringList labels = columnsIn(language);
    QList<MappableField> out;
    for (int f = 0; f < FieldCount; ++f) {
        if (f == ActivityNo)
            continue; // numbers follow from the order
        out.append({ QString::fromLatin1(fieldKeys[f]), labels[f], f == Title });
    }
    return out;
}

bool CsvImporter::isOwnHeader(const QStringList &header)
{
    QStringList trimmed;
    for (const QString &h : header)
        trimmed.append(h.trimmed());
    for (const QString &language : shippedLanguages) {
        const QStringList expected = columnsIn(language);
        if (std::all_of(expected.cbegin(), expected.cend(), [&](const QString &c) { return trimmed.contains(c); }))
            return true;
    }
    return false;
}

QList<std::pair<QString, QString>> CsvImporter::guessColumnMap(const QStringList &header)
{
    const auto simple = [](const QString &s) { return s.simplified().remove(u' ').toCaseFolded(); };
    // Words people title these columns with in their own spreadsheets (compared simplified).
    static const QHash<QString, int> synonyms = {
        { u"name"_s, Title }, { u"activityname"_s, Title }, { u"task"_s, Title }, { u"description"_s, Instructions },
        { u"details"_s, Instructions }, { u"when"_s, PhaseF }, { u"stage"_s, PhaseF }, { u"duration"_s, DurationF },
        { u"time"_s, DurationF }, { u"howlong"_s, DurationF }, { u"mins"_s, DurationF }, { u"platform"_s, ToolF }, { u"technology"_s, ToolF },
        { u"outcome"_s, ObjectiveText }, { u"learningobjective"_s, ObjectiveText }, { u"goal"_s, ObjectiveText },
        { u"output"_s, Deliverable }, { u"benefit"_s, Benefit },
    };
    QList<std::pair<QString, QString>> map;
    QList<bool> usedColumn(header.size(), false);
    const auto take = [&](int f, qsizetype column) {
        map.append({ QString::fromLatin1(fieldKeys[f]), header[column].trimmed() });
        usedColumn[column] = true;
    };
    QList<bool> mapped(FieldCount, false);
    for (const QString &language : shippedLanguages) {
        const QStringList labels = columnsIn(language);
        for (int f = 0; f < FieldCount; ++f) {
            if (mapped[f] || f == ActivityNo)
                continue;
            for (qsizetype c = 0; c < header.size(); ++c) {
                if (!usedColumn[c]
                    && (simple(header[c]) == simple(labels[f])
                        || simple(header[c]) == simple(QString::fromLatin1(fieldKeys[f])))) {
                    take(f, c);
                    mapped[f] = true;
                    break;
                }
            }
        }
    }
    for (qsizetype c = 0; c < header.size(); ++c) {
        const auto s = synonyms.constFind(simple(header[c]));
        if (!usedColumn[c] && s != synonyms.cend() && !mapped[*s]) {
            take(*s, c);
            mapped[*s] = true;
        }
    }
    // In the order of the fields, like the dialog lists them.
    std::sort(map.begin(), map.end(), [](const auto &a, const auto &b) {
        const auto index = [](const QString &key) {
            return std::find_if(std::begin(fieldKeys), std::end(fieldKeys),
                       [&](const char *k) { return key == QLatin1String(k); })
                - std::begin(fieldKeys);
        };
        return index(a.first) < index(b.first);
    });
    return map;
}

ImportResult CsvImporter::read(const QByteArray &data, const QString &fileName, const ImportOptions &options) const
{
    ImportResult result;
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

    // Column of each field, -1 when the input has none.
    int column[FieldCount];
    std::fill(std::begin(column), std::end(column), -1);
    QString language = options.language;
    if (!options.columnMap.isEmpty()) {
        for (const auto &[key, title] : options.columnMap) {
            const int f = int(std::find_if(std::begin(fieldKeys), std::end(fieldKeys), [&](const char *k) {
                return key == QLatin1String(k);
            }) - std::begin(fieldKeys));
            if (f == FieldCount) {
                result.error = tr("unknown field “%1” in the column map").arg(key);
                return result;
            }
            column[f] = int(header.indexOf(title.trimmed()));
            if (column[f] < 0) {
                result.error = tr("line %1: no column “%2”; the columns are: %3")
                                   .arg(table.lines.first())
                                   .arg(title, header.join(u", "_s));
                return result;
            }
        }
        if (column[Title] < 0) {
            result.error = tr("the column map names no column for the field “title”");
            return result;
        }
    } else {
        bool matched = false;
        for (const QString &lang : shippedLanguages) {
            const QStringList expected = columnsIn(lang);
            bool all = true;
            for (int f = 0; f < FieldCount && all; ++f)
                all = (column[f] = int(header.indexOf(expected[f]))) >= 0;
            if (all) {
                matched = true;
                language = lang;
                break;
            }
        }
        if (!matched) {
            result.error = tr("line %1: the header does not match; expected the columns: %2")
                               .arg(table.lines.first())
                               .arg(columnsIn(options.language).join(u", "_s));
            return result;
        }
    }

    Project project;
    project.info.language = language;
    project.info.title = QFileInfo(fileName).completeBaseName();
    Id nextId = 1;
    QHash<QString, int> objectiveRows; // number + statement → row
    const QString noToolText = [&] {
        PlanLanguageScope scope { PlanLanguage(language) };
        return plan::PlanText::noTool();
    }();
    const auto note = [&](ImportNote::Kind kind, int line, const QString &text, Id item, const char *field) {
        result.notes.append({ kind, tr("line %1").arg(line), text, item, QString::fromLatin1(field) });
    };

    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const QStringList &rec = table.records[r];
        const int line = table.lines[r];
        if (rec.size() < header.size()) {
            result.error
                = tr("line %1: %2 fields where the header has %3").arg(line).arg(rec.size()).arg(header.size());
            return result;
        }
        const auto value = [&](Field f) { return column[f] < 0 ? QString() : rec[column[f]].trimmed(); };
        const auto cell = [&](Field f) { return column[f] < 0 ? QString() : rec[column[f]]; };

        const QString objectiveKey = value(ObjectiveNo) + u'\n' + cell(ObjectiveText);
        int row = objectiveRows.value(objectiveKey, -1);
        if (row < 0) {
            Objective o;
            o.id = nextId++;
            o.statement = cell(ObjectiveText);
            row = int(project.objectives.size());
            project.objectives.append(o);
            objectiveRows.insert(objectiveKey, row);
        }

        Activity a;
        a.id = nextId++;
        a.title = cell(Title);
        a.instructions = cell(Instructions);
        a.deliverable = cell(Deliverable);
        a.benefit = cell(Benefit);

        if (const QString t = value(PhaseF); !t.isEmpty()) {
            if (const auto v = enumFromText<Phase>(t, language)) {
                a.phase = *v;
            } else if (const auto g = phaseFromWords(t)) {
                a.phase = *g;
                note(ImportNote::Kind::Guessed, line,
                    tr("phase guessed as %1 from “%2”").arg(enumLabel(*g).toLower(), t), a.id, "phase");
            } else {
                note(ImportNote::Kind::Warning, line, tr("unknown phase “%1”: left unset").arg(t), a.id, "phase");
            }
        }
        if (const QString t = value(DirectionF); !t.isEmpty()) {
            if (const auto v = enumFromText<Direction>(t, language))
                a.direction = *v;
            else
                note(ImportNote::Kind::Warning, line, tr("unknown direction “%1”: left unset").arg(t), a.id,
                    "direction");
        }
        if (const QString t = value(GroupingF); !t.isEmpty()) {
            if (const auto v = enumFromText<Grouping>(t, language))
                a.grouping = *v;
            else
                note(
                    ImportNote::Kind::Warning, line, tr("unknown grouping “%1”: whole group").arg(t), a.id, "grouping");
        }
        if (const QString t = value(AssessmentF); !t.isEmpty()) {
            if (const auto v = enumFromText<Assessment>(t, language))
                a.assessment = *v;
            else
                note(ImportNote::Kind::Warning, line, tr("unknown assessment “%1”: none").arg(t), a.id, "assessment");
        }
        if (const QString t = value(LedByF); !t.isEmpty()) {
            const auto v = enumFromText<LedBy>(t, language);
            if (v && *v != LedBy::Role && *v != LedBy::Other) {
                a.ledBy = *v;
            } else {
                a.ledBy = LedBy::Other; // a role or a person, kept by name
                a.ledByName = t;
            }
        }
        if (const QString t = value(DurationF); !t.isEmpty()) {
            const auto d = Duration::fromString(t);
            if (!d) {
                result.error = tr("line %1: “%2” is not a duration in minutes (30 or 10–15)").arg(line).arg(t);
                return result;
            }
            a.duration = *d;
        }
        if (const QString t = value(ToolF); !t.isEmpty()) {
            if (t == noToolText) {
                a.noTool = true;
            } else if (const Tool *tool = project.toolByName(t)) {
                a.toolId = tool->id;
            } else {
                Tool added;
                const auto &catalogue = builtinCatalogue();
                const auto known = std::find_if(catalogue.begin(), catalogue.end(),
                    [&](const Tool &c) { return c.name.compare(t, Qt::CaseInsensitive) == 0; });
                if (known != catalogue.end())
                    added = *known;
                else
                    added.name = t;
                added.id = nextId++;
                project.tools.append(added);
                a.toolId = added.id;
            }
        }
        if (const QString t = value(MomentF); !t.isEmpty()) {
            const auto m = std::find_if(
                project.moments.cbegin(), project.moments.cend(), [&](const Moment &x) { return x.name == t; });
            if (m != project.moments.cend()) {
                a.momentId = m->id;
            } else {
                Moment added;
                added.id = nextId++;
                added.name = t;
                project.moments.append(added);
                a.momentId = added.id;
            }
        }
        if (const QString t = value(Offset); !t.isEmpty()) {
            bool ok = false;
            a.offsetDays = t.toInt(&ok);
            if (!ok) {
                result.error = tr("line %1: “%2” is not a number of days").arg(line).arg(t);
                return result;
            }
        }
        project.objectives[row].activities.append(a);
    }

    normalize(project);
    const QList<ProjectProblem> problems = validate(project);
    if (!problems.isEmpty()) {
        result.error = problems.first().message();
        result.notes.clear();
        return result;
    }
    result.project = std::move(project);
    return result;
}

} // namespace bw
