// SPDX-License-Identifier: GPL-3.0-or-later
#include "planbuilder.h"

#include "plantext.h"

#include "diff/changetext.h"
#include "model/agenda.h"
#include "model/recurrence.h"

#include <QLocale>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bw::plan {

namespace {

// Reading order of a day in the schedule: preparation, then the moment, then follow-up.
int dayRank(const ScheduleEntry &e)
{
    if (e.kind == ScheduleEntry::Kind::Moment)
        return 1;
    return e.phase == Phase::PostClass ? 2 : 0;
}

// Keeps a tools appendix readable at any scale: the first few distinct benefits are the point.
constexpr int MaxBenefitsShown = 5;

// An objective's statement where it labels a row or a legend: long enough to recognise it.
constexpr int MaxObjectiveLabel = 48;

// `text` on one line, cut at the last word boundary before `max` characters with an ellipsis;
// a single word longer than that is cut where it must (never inside a surrogate pair).
QString shortened(const QString &text, int max)
{
    const QString t = text.simplified();
    if (t.size() <= max)
        return t;
    qsizetype cut = t.lastIndexOf(u' ', max - 1);
    if (cut < max / 2) {
        cut = max - 1;
        if (t.at(cut - 1).isHighSurrogate())
            --cut;
    }
    QString out = t.left(cut);
    while (!out.isEmpty() && (out.back().isSpace() || out.back().isPunct()))
        out.chop(1);
    return out + u'\u2026';
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// A role's kind as people read it: the designer's own name for a custom kind.
QString roleKindText(const Role &role)
{
    if (role.kind == RoleKind::Custom && !role.customKind.trimmed().isEmpty())
        return role.customKind.trimmed();
    return enumLabel(role.kind);
}

} // namespace

PlanBuilder::PlanBuilder(const Project &project, const PlanOptions &options)
    : m_project(project)
    , m_options(options)
{
}

Plan PlanBuilder::build()
{
    buildCover();
    buildRows();
    buildBlend();
    buildSchedule();
    buildTools();
    buildAttachments();

    const QStringList wanted = m_options.sections.isEmpty() ? sectionKeys() : m_options.sections;
    m_plan.includeCover = wanted.contains(u"cover"_s);

    const auto add = [this, &wanted](const QString &key, auto make) {
        if (!wanted.contains(key))
            return;
        Section s = make();
        if (s.blocks.isEmpty())
            return; // an empty heading is worse than no section
        s.key = key;
        if (s.title.isEmpty())
            s.title = PlanText::sectionTitle(key);
        m_plan.sections.append(std::move(s));
    };
    add(u"revisions"_s, [this] { return revisionsSection(); });
    add(u"changes"_s, [this] { return changesSection(); });
    add(u"summary"_s, [this] { return summarySection(); });
    add(u"blend"_s, [this] { return blendSection(); });
    add(u"flow"_s, [this] { return flowSection(); });
    add(u"sequences"_s, [this] { return sequencesSection(); });
    add(u"schedule"_s, [this] { return scheduleSection(); });
    add(u"tools"_s, [this] { return toolsSection(); });
    add(u"community"_s, [this] { return communitySection(); });
    add(u"evaluation"_s, [this] { return evaluationSection(); });
    add(u"attachments"_s, [this] { return attachmentsSection(); });
    if (!m_options.clientVersion)
        add(u"review"_s, [this] { return reviewSection(runAdvisor(m_project)); });
    return std::move(m_plan);
}

// ---------------------------------------------------------------- typed data

void PlanBuilder::buildCover()
{
    const auto &info = m_project.info;
    Cover &c = m_plan.cover;
    c.title = info.title.trimmed().isEmpty() ? PlanText::documentKind() : info.title;
    c.subtitle = PlanText::documentKind();
    c.client = info.client;
    c.audience = info.audience;
    c.author = info.author;
    // BCP 47, as HTML and the office formats want it ("en-GB"); QLocale reads it too.
    c.language = info.language.isEmpty() ? u"en"_s : QString(info.language).replace(u'_', u'-');
    c.date = m_options.date.isValid() ? m_options.date : QDate::currentDate();
    c.dateText = date(c.date);
    c.version = info.version;
    c.logoMime = imageMimeType(info.brand.logo);
    if (!c.logoMime.isEmpty())
        c.logo = info.brand.logo; // bytes nobody can display are left out rather than shown broken
    c.accent = info.brand.accent.isValid() ? info.brand.accent : Brand::defaultAccent();
    c.footer = info.brand.footer;
}

void PlanBuilder::buildRows()
{
    m_plan.activities.reserve(m_project.activityCount());
    QHash<Id, const Moment *> moments;
    for (const auto &m : m_project.moments)
        moments.insert(m.id, &m);
    QHash<Id, const Tool *> tools;
    for (const auto &t : m_project.tools)
        tools.insert(t.id, &t);

    for (int o = 0; o < m_project.objectives.size(); ++o) {
        const Objective &objective = m_project.objectives[o];
        for (int a = 0; a < objective.activities.size(); ++a) {
            const Activity &act = objective.activities[a];
            ActivityRow r;
            r.objectiveId = objective.id;
            r.activityId = act.id;
            r.objectiveNumber = o + 1;
            r.activityNumber = a + 1;
            r.number = QString::number(o + 1) + u'.' + QString::number(a + 1);
            r.objectiveStatement = objective.statement;
            r.title = act.title;
            r.instructions = act.instructions;
            r.phase = act.phase;
            r.direction = act.direction;
            const Tool *tool = tools.value(act.toolId);
            r.toolName = tool ? tool->name : QString();
            r.noTool = act.noTool && !tool;
            r.toolText = tool ? tool->name : (r.noTool ? PlanText::noTool() : QString());
            r.duration = act.duration;
            r.recurrence = act.recurrence;
            const QDate first = activityDate(m_project, act);
            r.occurrences = occurrenceCount(act.recurrence, first);
            r.recurrenceText = capitalised(describeRecurrence(act.recurrence, QLocale(m_plan.cover.language)));
            r.minutes = double(wholeMinutes(workloadMinutes(act, first)));
            r.grouping = act.grouping;
            r.ledBy = act.ledBy;
            r.ledByText = ledByText(act);
            r.deliverable = act.deliverable;
            r.benefit = !act.benefit.trimmed().isEmpty() ? act.benefit
                                                          : (tool ? tool->benefit : QString());
            r.assessment = act.assessment;
            r.offsetDays = act.offsetDays;
            if (const Moment *m = moments.value(act.momentId)) {
                // A moment without a date yet: linked, but nothing to date by (first is null).
                r.momentId = m->id;
                r.momentName = m->name;
                r.due = first; // activityDate() clamps the offset as validate() bounds it
            }
            m_rowOfActivity.insert(act.id, int(m_plan.activities.size()));
            m_plan.activities.append(std::move(r));
        }
    }
}

void PlanBuilder::buildBlend()
{
    m_plan.blend.programme.label = tr("Whole programme");
    m_plan.blend.objectives.reserve(m_project.objectives.size());
    for (int o = 0; o < m_project.objectives.size(); ++o) {
        BlendSeries s;
        s.label = objectiveLabel(o);
        s.objectiveId = m_project.objectives[o].id;
        m_plan.blend.objectives.append(s);
    }
    for (const ActivityRow &r : std::as_const(m_plan.activities)) {
        const BlendCell one { r.minutes, 1 };
        m_plan.blend.programme.at(r.phase, r.direction) += one;
        m_plan.blend.objectives[r.objectiveNumber - 1].at(r.phase, r.direction) += one;
    }
}

void PlanBuilder::buildSchedule()
{
    for (const ActivityRow &r : std::as_const(m_plan.activities)) {
        if (!r.due.isValid())
            continue;
        // Every occurrence on its own date. An in-class activity's first occurrence is part of
        // its moment (in the moment's running order), so only the ones after it are listed.
        const QList<QDate> dates = occurrences(r.recurrence, r.due);
        const int first = r.phase == Phase::InClass ? 1 : 0;
        for (int i = first; i < dates.size(); ++i) {
            ScheduleEntry e;
            e.kind = ScheduleEntry::Kind::Activity;
            e.date = dates[i];
            e.title = r.title;
            e.description = r.instructions;
            e.phase = r.phase;
            e.toolName = r.toolName;
            e.number = r.number;
            e.id = r.activityId;
            e.occurrence = i + 1;
            e.occurrences = int(dates.size());
            if (i == first && dates.size() - first > 1) {
                e.recurrence = r.recurrence;
                if (first > 0 && e.recurrence.count > 0)
                    e.recurrence.count -= first;
            }
            m_plan.schedule.append(std::move(e));
        }
    }
    for (const Moment &m : m_project.moments) {
        m_agendas.insert(m.id, resolveAgenda(m_project, m));
        if (!m.start.isValid())
            continue;
        ScheduleEntry e;
        e.kind = ScheduleEntry::Kind::Moment;
        e.date = m.start.date();
        e.start = m.start;
        e.end = m.start.addSecs(qint64(m.minutes) * 60);
        e.title = m.name;
        e.description = runningOrder(m_agendas.value(m.id)).join(u'\n');
        e.place = m.place;
        e.mode = m.mode;
        e.id = m.id;
        m_plan.schedule.append(std::move(e));
    }
    // Stable: activities keep their plan order within a day and rank.
    std::stable_sort(m_plan.schedule.begin(), m_plan.schedule.end(),
                     [](const ScheduleEntry &a, const ScheduleEntry &b) {
                         if (a.date != b.date)
                             return a.date < b.date;
                         if (dayRank(a) != dayRank(b))
                             return dayRank(a) < dayRank(b);
                         return a.start < b.start;
                     });
}

void PlanBuilder::buildTools()
{
    QMap<QString, ToolEntry> byName; // sorted by folded name for a predictable appendix
    // Per tool: each distinct benefit with the activities that tell it, in plan order.
    QHash<Id, QList<std::pair<QString, QStringList>>> benefits;
    for (const ActivityRow &r : std::as_const(m_plan.activities)) {
        const Activity *act = nullptr;
        const auto &acts = m_project.objectives[r.objectiveNumber - 1].activities;
        act = &acts[r.activityNumber - 1];
        const Tool *tool = m_project.tool(act->toolId);
        if (!tool)
            continue;
        const QString key = tool->name.toCaseFolded() + u'\x1f' + QString::number(tool->id);
        auto it = byName.find(key);
        if (it == byName.end()) {
            ToolEntry e;
            e.toolId = tool->id;
            e.name = tool->name;
            e.type = tool->type;
            e.url = tool->url;
            e.setup = tool->setup;
            if (tool->needsAccount)
                e.access.append(tr("Learners need to create a personal account."));
            else
                e.access.append(tr("No new account needed."));
            if (tool->clientProvided)
                e.access.append(tr("Already provided by the client's IT."));
            if (tool->oftenBlocked)
                e.access.append(
                    tr("Often blocked on corporate networks: check access with IT before launch."));
            if (!tool->cost.trimmed().isEmpty())
                e.access.append(tr("Cost: %1").arg(tool->cost));
            if (tool->status == ToolStatus::Retired)
                e.access.append(tool->replacement.isEmpty()
                                    ? tr("Retired by its vendor.")
                                    : tr("Retired by its vendor; replaced by %1.").arg(tool->replacement));
            if (!tool->access.trimmed().isEmpty())
                e.access.append(tool->access);
            it = byName.insert(key, e);
        }
        ToolEntry &e = it.value();
        ++e.activityCount;
        if (r.direction != Direction::Unset && !e.directions.contains(r.direction))
            e.directions.append(r.direction);
        if (!r.benefit.trimmed().isEmpty()) {
            auto &told = benefits[tool->id];
            auto same = std::find_if(told.begin(), told.end(), [&r](const auto &b) { return b.first == r.benefit; });
            if (same == told.end())
                told.append({ r.benefit, { r.number } });
            else
                same->second.append(r.number);
        }
    }
    for (ToolEntry &e : byName) {
        std::sort(e.directions.begin(), e.directions.end());
        for (const auto &[benefit, numbers] : std::as_const(benefits[e.toolId]))
            e.benefits.append(
                tr("%1: %2", "activity numbers: learner benefit").arg(numbers.join(u", "), benefit.simplified()));
        m_plan.tools.append(std::move(e));
    }
}

void PlanBuilder::buildAttachments()
{
    for (int o = 0; o < m_project.objectives.size(); ++o) {
        const AssessmentInstrument &instrument = m_project.objectives[o].instrument;
        if (instrument.fileName.trimmed().isEmpty())
            continue;
        Attachment a;
        a.objectiveId = m_project.objectives[o].id;
        a.objectiveNumber = o + 1;
        a.objective = objectiveLabel(o);
        a.instrument = instrument.name;
        a.fileName = instrument.fileName;
        a.bytes = instrument.fileData.size();
        m_plan.attachments.append(std::move(a));
    }
}

QString PlanBuilder::objectiveLabel(int row) const
{
    const QString statement = m_project.objectives[row].statement;
    if (statement.trimmed().isEmpty())
        return tr("Objective %1").arg(row + 1);
    return QString::number(row + 1) + u". " + shortened(statement, MaxObjectiveLabel);
}

QString PlanBuilder::ledByText(const Activity &activity) const
{
    if (activity.ledBy == LedBy::Role) {
        for (const Role &role : m_project.roles)
            if (role.id == activity.ledByRoleId)
                return role.name.trimmed().isEmpty() ? roleKindText(role) : role.name.trimmed();
    } else if (activity.ledBy == LedBy::Other && !activity.ledByName.trimmed().isEmpty()) {
        return activity.ledByName.trimmed();
    }
    return enumLabel(activity.ledBy);
}

QStringList PlanBuilder::runningOrder(const MomentAgenda &agenda) const
{
    QStringList lines;
    for (const AgendaSlot &slot : agenda.entries)
        lines.append(slotTime(slot) + u"  " + slotTitle(slot));
    return lines;
}

QString PlanBuilder::slotTime(const AgendaSlot &slot) const
{
    if (!slot.start.isValid()) // a moment without a date: minutes from its start
        return tr("%1–%2 min", "minutes from the start of the moment").arg(slot.offset).arg(slot.offset + slot.minutes);
    return time(slot.start.time()) + u'\u2013' + time(slot.end.time());
}

QString PlanBuilder::slotTitle(const AgendaSlot &slot) const
{
    if (slot.kind != AgendaKind::Activity)
        return slot.title.trimmed().isEmpty() ? enumLabel(slot.kind) : slot.title.trimmed();
    if (const int row = m_rowOfActivity.value(slot.activityId, -1); row >= 0)
        return activityLine(m_plan.activities[row]);
    return slot.title;
}

// ---------------------------------------------------------------- sections

Section PlanBuilder::revisionsSection() const
{
    Section s;
    if (!m_options.revisionHistory || m_project.versions.isEmpty())
        return s;
    Table t;
    t.header = { PlanText::version(), PlanText::date(), tr("Note") };
    t.widths = { 6, 5, 12 };
    t.numeric = { false, false, false };
    for (const Version &v : m_project.versions) {
        t.rows.append({ v.name, v.created.isValid() ? date(v.created.date()) : QString(), v.note });
        t.rowKeys.append(u"version-"_s + QString::number(v.id));
    }
    s.blocks.append(t);
    return s;
}

Section PlanBuilder::changesSection() const
{
    Section s;
    if (!m_options.changesBase)
        return s;
    const Project &base = *m_options.changesBase;
    const QString label
        = m_options.changesLabel.trimmed().isEmpty() ? tr("the previous version") : m_options.changesLabel.trimmed();
    s.title = PlanText::changesSince(label);
    const QList<diff::ChangeLine> lines = diff::describeChanges(diff::diffProjects(base, m_project), base, m_project);
    if (lines.isEmpty()) {
        s.blocks.append(Paragraph { tr("Nothing has changed since %1.").arg(label), Paragraph::Role::Body });
        return s;
    }
    s.blocks.append(Paragraph { tr("What changed since %1, item by item.").arg(label), Paragraph::Role::Body });
    // Grouped by objective (an objective's own changes with its activities'), in the order the
    // changes come: the plan's reading order. What concerns no objective forms one group.
    QList<Id> order;
    QHash<Id, QStringList> groups;
    for (const diff::ChangeLine &line : lines) {
        const Id group = line.item == diff::ItemKind::Objective ? line.id
            : line.item == diff::ItemKind::Activity             ? line.objectiveId
                                                                : 0;
        if (!groups.contains(group))
            order.append(group);
        groups[group].append(line.text);
    }
    for (const Id group : std::as_const(order)) {
        QString heading;
        if (group == 0) {
            heading = tr("The plan as a whole");
        } else if (const int row = m_project.objectiveRow(group); row >= 0) {
            heading = objectiveLabel(row);
        } else if (const Objective *gone = base.objective(group)) {
            heading = tr("Removed objective: %1").arg(shortened(gone->statement, MaxObjectiveLabel));
        } else {
            heading = tr("Objective");
        }
        s.blocks.append(Heading { 2, heading, u"changes-"_s + QString::number(group) });
        s.blocks.append(List { groups.value(group), List::Style::Bullet });
    }
    return s;
}

Section PlanBuilder::summarySection() const
{
    Section s;
    const auto &info = m_project.info;
    if (!info.summary.trimmed().isEmpty())
        s.blocks.append(Paragraph{info.summary, Paragraph::Role::Lead});

    Fields f;
    // The cover already names the client and the audience; a plan without one needs them here.
    if (!m_plan.includeCover && !info.client.trimmed().isEmpty())
        f.items.append({PlanText::preparedFor(), info.client});
    if (!m_plan.includeCover && !info.audience.trimmed().isEmpty())
        f.items.append({PlanText::audience(), info.audience});
    const BlendSeries &p = m_plan.blend.programme;
    // Counts as label/value pairs: no plural forms to get wrong before a translation is loaded.
    f.items.append({tr("Objectives"), QString::number(m_project.objectives.size())});
    f.items.append({tr("Activities"), QString::number(m_plan.activities.size())});
    f.items.append({tr("Tools"), QString::number(m_plan.tools.size())});
    QStringList perPhase;
    for (Phase ph : p.shownPhases())
        perPhase.append(enumLabel(ph) + u": " + formatMinutes(p.phaseTotal(ph).minutes) + u' '
                        + tr("min"));
    f.items.append({tr("Learning time"),
                    formatMinutes(p.total().minutes) + u' ' + tr("min") + u" (" + perPhase.join(u"; ")
                        + u')'});
    for (const Moment &m : m_project.moments) {
        QString when = m.start.isValid() ? PlanText::formatDateTime(m.start, m_plan.cover.language)
                                         : tr("date to be set");
        QString what = m.name + u" — " + when + u" (" + tr("%1 min").arg(m.minutes) + u", "
                       + enumLabel(m.mode) + u')';
        f.items.append({tr("In-class moment"), what});
    }
    s.blocks.append(f);

    if (!m_project.objectives.isEmpty()) {
        s.blocks.append(Heading{2, tr("Objectives"), u"summary-objectives"_s});
        List l;
        l.style = List::Style::Numbered;
        for (const Objective &o : m_project.objectives)
            l.items.append(o.statement);
        s.blocks.append(l);
    }
    return s;
}

QString PlanBuilder::cell(const BlendCell &c) const
{
    if (c.count == 0)
        return u"–"_s;
    return formatMinutes(c.minutes) + u" (" + QString::number(c.count) + u')';
}

Section PlanBuilder::blendSection() const
{
    Section s;
    const BlendSeries &p = m_plan.blend.programme;
    if (p.total().count == 0)
        return s;
    s.blocks.append(Paragraph{tr("Where learning time goes: minutes per phase, split by who talks "
                                 "to whom. Class time is best spent on exchange and practice; "
                                 "content delivery belongs before class."),
                              Paragraph::Role::Body});
    s.blocks.append(Chart{tr("Minutes per phase and direction"), PlanText::minutes(),
                          PlanText::phase(), p});

    Table t;
    t.header.append(PlanText::phase());
    t.widths.append(3);
    t.numeric.append(false);
    const auto dirs = p.shownDirections();
    for (Direction d : dirs) {
        t.header.append(enumLabel(d));
        t.widths.append(2);
        t.numeric.append(true);
    }
    t.header.append(PlanText::total());
    t.widths.append(2);
    t.numeric.append(true);
    for (Phase ph : p.shownPhases()) {
        QStringList row{enumLabel(ph)};
        for (Direction d : dirs)
            row.append(cell(p.at(ph, d)));
        row.append(cell(p.phaseTotal(ph)));
        t.rows.append(row);
    }
    QStringList totals{PlanText::total()};
    for (Direction d : dirs)
        totals.append(cell(p.directionTotal(d)));
    totals.append(cell(p.total()));
    t.rows.append(totals);
    s.blocks.append(t);
    s.blocks.append(Paragraph { tr("Minutes, with the number of activities in brackets. A range "
                                   "such as 10–15 minutes counts as its midpoint in whole minutes "
                                   "(13); a recurring activity counts every time it happens."),
        Paragraph::Role::Note });

    if (m_plan.blend.objectives.size() > 1) {
        s.blocks.append(Heading{2, tr("Per objective"), u"blend-objectives"_s});
        // Every phase and every direction, each adding up to the objective's total, so that an
        // objective taught only one-to-many shows as such. Two tables: one with seven figure
        // columns would leave the objectives' names no room on a portrait page.
        const auto perObjective = [this](const QStringList &columns, const auto &figure, int count) {
            Table o;
            o.header = QStringList { tr("Objective") } + columns + QStringList { PlanText::total() };
            o.widths = QList<int> { 8 } + QList<int>(count + 1, 2);
            o.numeric = QList<bool> { false } + QList<bool>(count + 1, true);
            for (const BlendSeries &b : m_plan.blend.objectives) {
                QStringList row { b.label };
                for (int i = 0; i < count; ++i)
                    row.append(cell(figure(b, i)));
                row.append(cell(b.total()));
                o.rows.append(row);
            }
            return o;
        };
        const auto phases = p.shownPhases();
        QStringList phaseColumns;
        for (Phase ph : phases)
            phaseColumns.append(enumLabel(ph));
        s.blocks.append(Heading { 3, tr("By phase"), u"blend-objectives-phase"_s });
        s.blocks.append(perObjective(
            phaseColumns, [&phases](const BlendSeries &b, int i) { return b.phaseTotal(phases[i]); },
            int(phases.size())));
        QStringList directionColumns;
        for (Direction d : dirs)
            directionColumns.append(enumLabel(d));
        s.blocks.append(Heading { 3, tr("By direction"), u"blend-objectives-direction"_s });
        s.blocks.append(perObjective(
            directionColumns, [&dirs](const BlendSeries &b, int i) { return b.directionTotal(dirs[i]); },
            int(dirs.size())));
    }
    return s;
}

QString PlanBuilder::activityLine(const ActivityRow &row) const
{
    QString line = row.number + u' ' + row.title;
    if (row.direction != Direction::Unset)
        line += u" (" + enumLabel(row.direction) + u')';
    return line;
}

Section PlanBuilder::flowSection() const
{
    Section s;
    if (m_plan.activities.isEmpty())
        return s;
    const auto phases = m_plan.blend.programme.shownPhases();
    Table t;
    t.header = {tr("Objective")};
    t.widths = {4};
    t.numeric = {false};
    for (Phase ph : phases) {
        t.header.append(enumLabel(ph));
        t.widths.append(4);
        t.numeric.append(false);
    }
    // One row per objective; cells list that objective's activities of the phase in order.
    QList<QList<QStringList>> cells(m_project.objectives.size(), QList<QStringList>(phases.size()));
    for (const ActivityRow &r : m_plan.activities)
        cells[r.objectiveNumber - 1][phases.indexOf(r.phase)].append(activityLine(r));
    for (int o = 0; o < m_project.objectives.size(); ++o) {
        t.rowKeys.append(u"objective-"_s + QString::number(m_project.objectives[o].id));
        QStringList row{QString::number(o + 1) + u". " + m_project.objectives[o].statement};
        for (const QStringList &lines : cells[o])
            row.append(lines.join(u'\n'));
        t.rows.append(row);
    }
    s.blocks.append(Paragraph{tr("Each objective's activities by phase, in learning order, with "
                                 "their direction."),
                              Paragraph::Role::Body});
    s.blocks.append(t);
    return s;
}

bool PlanBuilder::anyDated() const
{
    return std::any_of(m_plan.activities.cbegin(), m_plan.activities.cend(),
                       [](const ActivityRow &r) { return r.due.isValid(); });
}

Section PlanBuilder::sequencesSection() const
{
    Section s;
    const bool dated = anyDated();
    int next = 0;
    for (int o = 0; o < m_project.objectives.size(); ++o) {
        const Objective &objective = m_project.objectives[o];
        s.blocks.append(Heading{2, tr("Objective %1").arg(o + 1),
                                u"objective-"_s + QString::number(o + 1)});
        s.blocks.append(Paragraph{objective.statement, Paragraph::Role::Lead});
        Fields f;
        if (!objective.measure.trimmed().isEmpty())
            f.items.append({tr("Success measure"), objective.measure});
        if (const QString instrument = instrumentText(objective.instrument); !instrument.isEmpty())
            f.items.append({ tr("Assessment instrument"), instrument });
        if (!objective.notes.trimmed().isEmpty())
            f.items.append({tr("Notes"), objective.notes});
        if (!f.items.isEmpty())
            s.blocks.append(f);
        if (objective.activities.isEmpty()) {
            s.blocks.append(Paragraph{tr("No activities planned yet."), Paragraph::Role::Note});
            continue;
        }
        Table t;
        // Grouping and who leads share a column ("Sub-groups · Learners"): eleven columns
        // leave the deliverable, the longest text, too narrow on a portrait page.
        t.header = {u"#"_s,          tr("Activity"),   PlanText::phase(), PlanText::direction(),
                    PlanText::tool(), PlanText::minutes(), tr("Grouping · led by"), tr("Deliverable"),
                    tr("Assessment")};
        t.widths = {3, 12, 6, 7, 7, 5, 9, 16, 7};
        t.numeric = {false, false, false, false, false, true, false, false, false};
        if (dated) {
            t.header.append(tr("Due"));
            t.widths.append(7);
            t.numeric.append(false);
        }
        for (int a = 0; a < objective.activities.size(); ++a, ++next) {
            const ActivityRow &r = m_plan.activities[next];
            t.rowKeys.append(u"activity-"_s + QString::number(r.activityId));
            QString minutes = formatDuration(r.duration);
            if (r.occurrences > 1 && !minutes.isEmpty())
                minutes += u" \u00d7 " + QString::number(r.occurrences);
            QStringList row { r.number, r.recurrenceText.isEmpty() ? r.title : r.title + u'\n' + r.recurrenceText,
                r.phase == Phase::Unset ? QString() : enumLabel(r.phase),
                r.direction == Direction::Unset ? QString() : enumLabel(r.direction), r.toolText, minutes,
                tr("%1 · %2", "grouping · led by").arg(enumLabel(r.grouping), r.ledByText), r.deliverable,
                r.assessment == Assessment::None ? QString() : enumLabel(r.assessment) };
            if (dated)
                row.append(r.due.isValid() ? date(r.due) : QString());
            t.rows.append(row);
        }
        s.blocks.append(t);
    }
    return s;
}

Section PlanBuilder::scheduleSection() const
{
    Section s;
    const QString lang = m_plan.cover.language;
    if (!m_project.moments.isEmpty()) {
        s.blocks.append(Heading{2, tr("In-class moments"), u"schedule-moments"_s});
        Table t;
        t.header = {tr("Moment"), PlanText::date(), tr("Start"), tr("End"), tr("Mode"),
                    PlanText::place()};
        t.widths = {5, 5, 3, 3, 4, 8};
        t.numeric = {false, false, false, false, false, false};
        for (const Moment &m : m_project.moments) {
            const bool known = m.start.isValid();
            const QDateTime end = m.start.addSecs(qint64(m.minutes) * 60);
            t.rowKeys.append(u"moment-"_s + QString::number(m.id));
            t.rows.append({m.name, known ? date(m.start.date()) : tr("to be set"),
                           known ? time(m.start.time()) : QString(),
                           known ? time(end.time()) : QString(), enumLabel(m.mode), m.place});
        }
        s.blocks.append(t);
        // Each day's running order, with times.
        for (const Moment &m : m_project.moments)
            appendAgenda(s, m);
    }
    if (!m_plan.schedule.isEmpty()) {
        s.blocks.append(Heading{2, tr("Timeline"), u"schedule-timeline"_s});
        Table t;
        t.header = {PlanText::date(), u"#"_s, tr("What"), PlanText::phase(),
                    tr("Tool or place")};
        t.widths = {5, 2, 11, 4, 6};
        t.numeric = {false, false, false, false, false};
        for (const ScheduleEntry &e : m_plan.schedule) {
            if (e.kind == ScheduleEntry::Kind::Moment) {
                t.rows.append({date(e.date), QString(),
                               e.title + u" (" + time(e.start.time()) + u"–" + time(e.end.time())
                                   + u')',
                               enumLabel(Phase::InClass), e.place});
            } else {
                const QString what = e.occurrences > 1 ? tr("%1 (%2 of %3)", "title (occurrence of occurrences)")
                                                             .arg(e.title)
                                                             .arg(e.occurrence)
                                                             .arg(e.occurrences)
                                                       : e.title;
                t.rows.append({ date(e.date), e.number, what, enumLabel(e.phase), e.toolName });
            }
        }
        s.blocks.append(t);
    }
    const auto undated = std::count_if(m_plan.activities.cbegin(), m_plan.activities.cend(),
                                       [](const ActivityRow &r) {
                                           return r.phase != Phase::InClass && !r.due.isValid();
                                       });
    if (!s.blocks.isEmpty() && undated > 0)
        s.blocks.append(Paragraph{tr("Pre- or post-class activities not dated yet: %1. Link them "
                                     "to an in-class moment to place them on the timeline.")
                                      .arg(undated),
                                  Paragraph::Role::Note});
    return s;
}

void PlanBuilder::appendAgenda(Section &s, const Moment &m) const
{
    const MomentAgenda agenda = m_agendas.value(m.id);
    const QString when = m.start.isValid() ? date(m.start.date()) : tr("date to be set");
    s.blocks.append(Heading {
        3, m.name.trimmed().isEmpty() ? when : m.name + u" — " + when, u"agenda-"_s + QString::number(m.id) });
    // Always shown, also when the day overruns or is mostly unplanned: that is what the
    // designer and the trainer must see.
    QString summary;
    if (agenda.overrun() > 0)
        summary = tr("%1 of %2 minutes planned: %3 minutes more than the moment lasts.")
                      .arg(agenda.plannedMinutes)
                      .arg(agenda.momentMinutes)
                      .arg(agenda.overrun());
    else if (agenda.unplanned() > 0)
        summary = tr("%1 of %2 minutes planned: %3 minutes not planned yet.")
                      .arg(agenda.plannedMinutes)
                      .arg(agenda.momentMinutes)
                      .arg(agenda.unplanned());
    else
        summary = tr("%1 of %2 minutes planned.").arg(agenda.plannedMinutes).arg(agenda.momentMinutes);
    const bool unestimated
        = std::any_of(agenda.entries.cbegin(), agenda.entries.cend(), [](const AgendaSlot &e) { return !e.estimated; });
    if (unestimated)
        summary += u' ' + tr("Activities without a duration take no time until they are estimated.");
    if (agenda.entries.isEmpty()) {
        s.blocks.append(
            Paragraph { summary + u' ' + tr("No in-class activities planned yet."), Paragraph::Role::Note });
        return;
    }
    s.blocks.append(Paragraph { summary, Paragraph::Role::Note });
    Table t;
    t.header = { tr("Time"), u"#"_s, tr("What"), PlanText::tool(), PlanText::minutes() };
    t.widths = { 6, 2, 12, 5, 3 };
    t.numeric = { false, false, false, false, true };
    for (const AgendaSlot &slot : agenda.entries) {
        const int row = slot.kind == AgendaKind::Activity ? m_rowOfActivity.value(slot.activityId, -1) : -1;
        const ActivityRow *r = row >= 0 ? &m_plan.activities[row] : nullptr;
        // An activity's own length ("10–15"); the day gives it the longer time.
        const QString minutes
            = r ? (r->duration.isSet() ? formatDuration(r->duration) : u"–"_s) : QString::number(slot.minutes);
        t.rows.append({ slotTime(slot), r ? r->number : QString(), r ? r->title : slotTitle(slot),
            r ? r->toolText : QString(), minutes });
    }
    t.rows.append({ PlanText::total(), QString(), QString(), QString(), QString::number(agenda.plannedMinutes) });
    s.blocks.append(t);
}

Section PlanBuilder::toolsSection() const
{
    Section s;
    if (m_plan.tools.isEmpty())
        return s;
    s.blocks.append(Paragraph{tr("Every tool this plan uses, what learners gain from it and what "
                                 "to prepare before launch."),
                              Paragraph::Role::Body});
    Table overview;
    overview.header = {PlanText::tool(), tr("Type"), tr("Directions"), tr("Activities")};
    overview.widths = {5, 6, 9, 3};
    overview.numeric = {false, false, false, true};
    for (const ToolEntry &e : m_plan.tools) {
        QStringList dirs;
        for (Direction d : e.directions)
            dirs.append(enumLabel(d));
        overview.rows.append({e.name, enumLabel(e.type), dirs.join(u", "),
                              QString::number(e.activityCount)});
        overview.rowKeys.append(u"tool-"_s + QString::number(e.toolId));
    }
    s.blocks.append(overview);

    for (const ToolEntry &e : m_plan.tools) {
        s.blocks.append(Heading{2, e.name, u"tool-"_s + QString::number(e.toolId)});
        Fields f;
        f.items.append({tr("Type"), enumLabel(e.type)});
        f.items.append({ tr("Access"), e.access.join(u'\n') });
        if (!e.url.trimmed().isEmpty())
            f.items.append({ tr("Link"), e.url });
        s.blocks.append(f);
        if (!e.benefits.isEmpty()) {
            // One item per activity (or activities telling the same), never one run of text.
            QStringList shown = e.benefits.mid(0, MaxBenefitsShown);
            if (e.benefits.size() > MaxBenefitsShown)
                shown.append(tr("(%1 more in the learning sequences)")
                                 .arg(e.benefits.size() - MaxBenefitsShown));
            s.blocks.append(Paragraph { tr("Learner benefit"), Paragraph::Role::Body });
            s.blocks.append(List { shown, List::Style::Bullet });
        }
        if (!e.setup.isEmpty()) {
            s.blocks.append(Paragraph{tr("Setup checklist"), Paragraph::Role::Body});
            s.blocks.append(List{e.setup, List::Style::Checklist});
        }
    }
    return s;
}

Section PlanBuilder::communitySection() const
{
    Section s;
    if (!m_project.roles.isEmpty()) {
        s.blocks.append(Heading{2, tr("Roles"), u"community-roles"_s});
        Table t;
        t.header = {tr("Role"), tr("Who"), tr("Duties")};
        t.widths = {3, 5, 10};
        t.numeric = {false, false, false};
        for (const Role &r : m_project.roles) {
            t.rows.append({ roleKindText(r), r.name, r.duties });
            t.rowKeys.append(u"role-"_s + QString::number(r.id));
        }
        s.blocks.append(t);
    }
    if (!m_project.info.rules.isEmpty()) {
        s.blocks.append(Heading{2, tr("Rules of use"), u"community-rules"_s});
        s.blocks.append(List{m_project.info.rules, List::Style::Numbered});
    }
    if (!m_project.subgroups.isEmpty()) {
        s.blocks.append(Heading{2, tr("Sub-groups"), u"community-subgroups"_s});
        Table t;
        t.header = {tr("Sub-group"), tr("Mission"), tr("Objective"), tr("Members")};
        t.widths = {5, 10, 3, 2};
        t.numeric = {false, false, false, true};
        for (const SubGroup &g : m_project.subgroups) {
            const int row = m_project.objectiveRow(g.objectiveId);
            t.rows.append({g.name, g.mission, row < 0 ? QString() : QString::number(row + 1),
                           g.members > 0 ? QString::number(g.members) : QString()});
        }
        s.blocks.append(t);
    }
    return s;
}

Section PlanBuilder::evaluationSection() const
{
    Section s;
    if (!m_project.info.evaluation.trimmed().isEmpty())
        s.blocks.append(Paragraph{m_project.info.evaluation, Paragraph::Role::Body});
    if (m_project.objectives.isEmpty())
        return s;
    Table t;
    t.header = {tr("Objective"), tr("Success measure"), tr("Assessed activities")};
    t.widths = {6, 8, 6};
    t.numeric = {false, false, false};
    QList<QStringList> assessed(m_project.objectives.size());
    for (const ActivityRow &r : m_plan.activities)
        if (r.assessment != Assessment::None)
            assessed[r.objectiveNumber - 1].append(r.number + u' ' + r.title + u" ("
                                                   + enumLabel(r.assessment) + u')');
    for (int o = 0; o < m_project.objectives.size(); ++o) {
        const Objective &objective = m_project.objectives[o];
        // The measure, then the instrument that takes it; "none" only when there is neither.
        QStringList measure;
        if (!objective.measure.trimmed().isEmpty())
            measure.append(objective.measure.trimmed());
        if (const QString instrument = instrumentText(objective.instrument); !instrument.isEmpty())
            measure.append(tr("Instrument: %1").arg(instrument));
        t.rowKeys.append(u"objective-"_s + QString::number(objective.id));
        t.rows.append({ QString::number(o + 1) + u". " + objective.statement,
            measure.isEmpty() ? tr("No measure defined yet.") : measure.join(u'\n'),
            assessed[o].isEmpty() ? tr("None yet") : assessed[o].join(u'\n') });
    }
    s.blocks.append(t);
    return s;
}

QString PlanBuilder::instrumentText(const AssessmentInstrument &instrument) const
{
    QStringList lines;
    if (!instrument.name.trimmed().isEmpty())
        lines.append(instrument.name.trimmed());
    if (!instrument.description.trimmed().isEmpty())
        lines.append(instrument.description.trimmed());
    if (!instrument.fileName.trimmed().isEmpty())
        lines.append(tr("Attached file: %1").arg(instrument.fileName.trimmed()));
    return lines.join(u'\n');
}

Section PlanBuilder::attachmentsSection() const
{
    Section s;
    if (m_plan.attachments.isEmpty())
        return s;
    s.blocks.append(Paragraph { tr("The files attached to the objectives' assessment instruments, "
                                   "delivered with this plan."),
        Paragraph::Role::Body });
    Table t;
    t.header = { tr("Objective"), tr("Instrument"), tr("File"), tr("Size (KB)") };
    t.widths = { 8, 5, 6, 3 };
    t.numeric = { false, false, false, true };
    const QLocale locale(m_plan.cover.language);
    for (const Attachment &a : m_plan.attachments) {
        // Rounded up: a 300-byte checklist is not "0 KB".
        const qint64 kb = (a.bytes + 1023) / 1024;
        t.rows.append({ a.objective, a.instrument, a.fileName, locale.toString(kb) });
    }
    s.blocks.append(t);
    return s;
}

QString PlanBuilder::findingSubject(const Finding &finding) const
{
    if (finding.itemId == 0)
        return tr("The plan");
    if (const int row = m_rowOfActivity.value(finding.itemId, -1); row >= 0) {
        const ActivityRow &r = m_plan.activities[row];
        return tr("Activity %1 %2").arg(r.number, r.title);
    }
    if (const int row = m_project.objectiveRow(finding.itemId); row >= 0)
        return tr("Objective %1").arg(row + 1);
    if (const Tool *tool = m_project.tool(finding.itemId))
        return tr("Tool %1").arg(tool->name);
    return finding.itemPath;
}

Section PlanBuilder::reviewSection(const QList<Finding> &findings) const
{
    Section s;
    int counts[3] = {0, 0, 0};
    for (const Finding &f : findings)
        ++counts[int(f.severity)];
    if (findings.isEmpty()) {
        s.blocks.append(Paragraph{tr("The design advisor found nothing to improve in this plan."),
                                  Paragraph::Role::Body});
        return s;
    }
    s.blocks.append(Paragraph{tr("The design advisor checked the plan against the method."),
                              Paragraph::Role::Body});
    s.blocks.append(Fields{{{tr("Errors"), QString::number(counts[int(Severity::Error)])},
                            {tr("Warnings"), QString::number(counts[int(Severity::Warning)])},
                            {tr("Suggestions"), QString::number(counts[int(Severity::Suggestion)])}}});
    Table t;
    t.header = {tr("Severity"), tr("Finding"), tr("About")};
    t.widths = {3, 12, 6};
    t.numeric = {false, false, false};
    QList<Finding> sorted = findings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) < int(b.severity);
    });
    for (const Finding &f : std::as_const(sorted)) {
        const QString severity = f.severity == Severity::Error     ? tr("Error")
                                 : f.severity == Severity::Warning ? tr("Warning")
                                                                   : tr("Suggestion");
        t.rows.append({severity, f.message, findingSubject(f)});
    }
    s.blocks.append(t);
    return s;
}

QString PlanBuilder::date(const QDate &d) const
{
    return PlanText::formatDate(d, m_plan.cover.language);
}

QString PlanBuilder::time(const QTime &t) const
{
    return PlanText::formatTime(t, m_plan.cover.language);
}

} // namespace bw::plan
