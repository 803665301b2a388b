// SPDX-License-Identifier: GPL-3.0-or-later
#include "imsccexporter.h"

#include "exportprogress.h"
#include "exporttext.h"
#include "i18n/plantranslator.h"
#include "model/agenda.h"
#include "model/recurrence.h"
#include "officepackage.h"
#include "plan/plantext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <variant>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// The words of the course package that the plan document does not have already (context
// "bw::ImsccText").
class ImsccText {
    BW_PLAN_TR_FUNCTIONS(bw::ImsccText)
public:
    static QString overview() { return tr("Overview"); }
    static QString aboutThisCourse() { return tr("About this course"); }
    static QString objectives() { return tr("Objectives"); }
    static QString measure() { return tr("How success is measured"); }
    static QString otherActivities() { return tr("Other activities"); }
    static QString agendaOf(const QString &moment) { return tr("%1: running order").arg(moment); }
    static QString start() { return tr("Start"); }
    static QString entry() { return tr("Entry"); }
    static QString length() { return tr("Length"); }
    static QString minutes(int n) { return minutes(QString::number(n)); }
    static QString minutes(const QString &n) { return tr("%1 min").arg(n); }
    static QString notEstimated() { return tr("not estimated"); }
    static QString offset(int minutes) { return tr("+%1 min").arg(minutes); }
    static QString when() { return tr("When"); }
    static QString mode() { return tr("Mode"); }
    static QString dateToBeSet() { return tr("date to be set"); }
    static QString duration() { return tr("Duration"); }
    static QString due() { return tr("Due date"); }
    static QString repeats() { return tr("Repeats"); }
    static QString grouping() { return tr("Grouping"); }
    static QString ledBy() { return tr("Led by"); }
    static QString deliverable() { return tr("Deliverable"); }
    static QString benefit() { return tr("What you gain"); }
    static QString assessment() { return tr("Assessment"); }
    static QString objective() { return tr("Objective"); }
    static QString moment() { return tr("In-class moment"); }
    static QString openTool(const QString &tool) { return tr("Open %1").arg(tool); }
    static QString plannedOfMoment(int planned, int length)
    {
        return tr("%1 of %2 minutes planned").arg(planned).arg(length);
    }
};

// The three namespaces every CC 1.1 manifest binds, and the schema locations IMS publishes.
constexpr auto CpNamespace = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1";
constexpr auto LomManifestNamespace = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest";
constexpr auto LomResourceNamespace = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource";
constexpr auto DtNamespace = "http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1";
constexpr auto WlNamespace = "http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1";

// Text and attribute values: every user string goes through here, so markup in a title is
// shown as written and never read as markup, in the manifest and in every page alike.
QString esc(QStringView text)
{
    return cleanText(text).toHtmlEscaped();
}

QString escLines(QStringView text)
{
    return esc(text).replace(u'\n', u"<br/>"_s);
}

// A web address a learner can follow: absolute http(s) only, so that a note in the URL field
// ("ask IT") never becomes a broken link in the course.
QString followableUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return {};
    return url.toString(QUrl::FullyEncoded);
}

// One HTML page of the package: XHTML syntax, so that it is well-formed XML as well as HTML
// and every importer's parser reads it the same way.
QString page(const QString &title, const QString &language, const QString &body)
{
    return u"<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\""_s + esc(language)
        + u"\" xml:lang=\"" + esc(language) + u"\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>"_s + esc(title)
        + u"</title>\n</head>\n<body>\n"_s + body + u"</body>\n</html>\n"_s;
}

QString fieldsHtml(const QList<plan::Field> &fields)
{
    if (fields.isEmpty())
        return {};
    QString out = u"<dl>\n"_s;
    for (const plan::Field &f : fields)
        out += u"<dt>"_s + esc(f.label) + u"</dt><dd>"_s + escLines(f.value) + u"</dd>\n"_s;
    return out + u"</dl>\n"_s;
}

// The plan's own blocks as HTML (the charts are left out: a course page shows the figures).
QString blockHtml(const plan::Block &block)
{
    if (const auto *h = std::get_if<plan::Heading>(&block))
        return u"<h"_s + QString::number(h->level) + u'>' + esc(h->text) + u"</h"_s + QString::number(h->level)
            + u">\n"_s;
    if (const auto *p = std::get_if<plan::Paragraph>(&block))
        return u"<p>"_s + escLines(p->text) + u"</p>\n"_s;
    if (const auto *f = std::get_if<plan::Fields>(&block))
        return fieldsHtml(f->items);
    if (const auto *l = std::get_if<plan::List>(&block)) {
        const QString tag = l->style == plan::List::Style::Numbered ? u"ol"_s : u"ul"_s;
        QString out = u'<' + tag + u">\n"_s;
        for (const QString &item : l->items)
            out += u"<li>"_s + escLines(item) + u"</li>\n"_s;
        return out + u"</"_s + tag + u">\n"_s;
    }
    if (const auto *t = std::get_if<plan::Table>(&block)) {
        QString out = u"<table>\n<thead><tr>"_s;
        for (const QString &h : t->header)
            out += u"<th>"_s + esc(h) + u"</th>"_s;
        out += u"</tr></thead>\n<tbody>\n"_s;
        for (const QStringList &row : t->rows) {
            out += u"<tr>"_s;
            for (const QString &c : row)
                out += u"<td>"_s + escLines(c) + u"</td>"_s;
            out += u"</tr>\n"_s;
        }
        return out + u"</tbody>\n</table>\n"_s;
    }
    return {};
}

enum class Kind { Page, Topic, Link };

// One resource of the package and the file that holds it.
struct Resource {
    QString identifier;
    Kind kind = Kind::Page;
    QString file; // path inside the package
    QByteArray data;
};

// One entry of a section: an item pointing at a resource.
struct Entry {
    QString identifier;
    QString title;
    QString resource;
};

struct CourseSection {
    QString identifier;
    QString title;
    QList<Entry> entries;
};

class CartridgeBuilder {
public:
    CartridgeBuilder(const plan::Plan &plan, const Project &project, ExportProgress &progress)
        : m_plan(plan)
        , m_project(project)
        , m_progress(progress)
        , m_language(plan.cover.language.isEmpty() ? u"en"_s : plan.cover.language)
    {
        for (int i = 0; i < plan.activities.size(); ++i)
            m_rowOfActivity.insert(plan.activities[i].activityId, i);
        for (const Objective &o : project.objectives)
            for (const Activity &a : o.activities)
                if (const Tool *tool = project.tool(a.toolId))
                    m_toolOfActivity.insert(a.id, tool);
    }

    // False when cancelled.
    bool build();
    QByteArray manifest() const;
    const QList<Resource> &resources() const { return m_resources; }

private:
    void addOverview();
    bool addMoment(const Moment &moment, const QList<int> &rows);
    bool addOther(const QList<int> &rows);
    void addActivity(CourseSection &section, const plan::ActivityRow &row, QSet<Id> &linkedTools);
    QString momentPage(const Moment &moment, const MomentAgenda &agenda) const;
    QString activityBody(const plan::ActivityRow &row) const;
    QString slotTitle(const AgendaSlot &slot) const;
    QString momentWhen(const Moment &moment) const;

    const plan::Plan &m_plan;
    const Project &m_project;
    ExportProgress &m_progress;
    QString m_language;
    QHash<Id, int> m_rowOfActivity;
    QHash<Id, const Tool *> m_toolOfActivity; // activities with a tool of the catalogue
    QList<CourseSection> m_sections;
    QList<Resource> m_resources;
    QSet<Id> m_toolResources; // tools whose web link resource is written already
};

bool CartridgeBuilder::build()
{
    addOverview();

    // Moments in date order; undated ones after them, as the project lists them.
    QList<const Moment *> moments;
    for (const Moment &m : m_project.moments)
        moments.append(&m);
    std::stable_sort(moments.begin(), moments.end(), [](const Moment *a, const Moment *b) {
        if (a->start.isValid() != b->start.isValid())
            return a->start.isValid();
        return a->start.isValid() && a->start < b->start;
    });

    QHash<Id, QList<int>> rowsOfMoment;
    QList<int> other;
    for (int i = 0; i < m_plan.activities.size(); ++i) {
        const plan::ActivityRow &row = m_plan.activities[i];
        if (row.momentId != 0 && m_project.moment(row.momentId))
            rowsOfMoment[row.momentId].append(i);
        else
            other.append(i);
    }
    for (const Moment *m : moments)
        if (!addMoment(*m, rowsOfMoment.value(m->id)))
            return false;
    return addOther(other);
}

void CartridgeBuilder::addOverview()
{
    const plan::Cover &c = m_plan.cover;
    QString body = u"<h1>"_s + esc(c.title) + u"</h1>\n"_s;
    QList<plan::Field> about;
    if (!c.client.trimmed().isEmpty())
        about.append({ plan::PlanText::preparedFor(), c.client });
    if (!c.audience.trimmed().isEmpty())
        about.append({ plan::PlanText::audience(), c.audience });
    if (!c.author.trimmed().isEmpty())
        about.append({ plan::PlanText::preparedBy(), c.author });
    if (!c.version.trimmed().isEmpty())
        about.append({ plan::PlanText::version(), c.version });
    body += fieldsHtml(about);

    // The plan's summary as the plan document has it (learning time, moments, objectives);
    // without that section, the project's own summary.
    if (const plan::Section *summary = m_plan.section(u"summary"_s)) {
        body += u"<h2>"_s + esc(summary->title) + u"</h2>\n"_s;
        // Its list of objectives is left out: the objectives follow with their measures.
        bool objectivesList = false;
        for (const plan::Block &b : summary->blocks) {
            if (const auto *h = std::get_if<plan::Heading>(&b); h && h->anchor == u"summary-objectives"_s) {
                objectivesList = true;
                continue;
            }
            if (objectivesList && std::holds_alternative<plan::List>(b)) {
                objectivesList = false;
                continue;
            }
            body += blockHtml(b);
        }
    } else if (!m_project.info.summary.trimmed().isEmpty()) {
        body += u"<p>"_s + escLines(m_project.info.summary) + u"</p>\n"_s;
    }

    if (!m_project.objectives.isEmpty()) {
        body += u"<h2>"_s + esc(ImsccText::objectives()) + u"</h2>\n<ol>\n"_s;
        for (const Objective &o : m_project.objectives) {
            body += u"<li><p>"_s + escLines(o.statement) + u"</p>"_s;
            if (!o.measure.trimmed().isEmpty())
                body += u"<p><strong>"_s + esc(ImsccText::measure()) + u":</strong> "_s + escLines(o.measure)
                    + u"</p>"_s;
            body += u"</li>\n"_s;
        }
        body += u"</ol>\n"_s;
    }

    Resource r { u"RES_OVERVIEW"_s, Kind::Page, u"overview/overview.html"_s, page(c.title, m_language, body).toUtf8() };
    m_resources.append(r);
    CourseSection s { u"SEC_OVERVIEW"_s, ImsccText::overview(), {} };
    s.entries.append({ u"ITM_OVERVIEW"_s, ImsccText::aboutThisCourse(), r.identifier });
    m_sections.append(s);
}

QString CartridgeBuilder::momentWhen(const Moment &moment) const
{
    return moment.start.isValid() ? plan::PlanText::formatDateTime(moment.start, m_language) : ImsccText::dateToBeSet();
}

bool CartridgeBuilder::addMoment(const Moment &moment, const QList<int> &rows)
{
    const QString id = QString::number(moment.id);
    CourseSection s;
    s.identifier = u"SEC_MOMENT_"_s + id;
    s.title = moment.start.isValid()
        ? moment.name + u" (" + plan::PlanText::formatDate(moment.start.date(), m_language) + u')'
        : moment.name;

    // Before class (earliest first), the moment, in class (in the running order), after class.
    QList<int> pre, in, post;
    for (int i : rows) {
        const Phase phase = m_plan.activities[i].phase;
        (phase == Phase::PreClass ? pre : phase == Phase::InClass ? in : post).append(i);
    }
    const auto byOffset
        = [this](int a, int b) { return m_plan.activities[a].offsetDays < m_plan.activities[b].offsetDays; };
    std::stable_sort(pre.begin(), pre.end(), byOffset);
    std::stable_sort(post.begin(), post.end(), byOffset);
    const MomentAgenda agenda = resolveAgenda(m_project, moment);
    // The running order lists every in-class activity of the moment; any it would not (a
    // damaged agenda) follows in learning order. Sets keep this linear at 10,000 activities.
    const QSet<int> inClass(in.begin(), in.end());
    QList<int> inOrdered;
    QSet<int> placed;
    for (const AgendaSlot &slot : agenda.entries) {
        const auto it = m_rowOfActivity.constFind(slot.activityId);
        if (slot.kind == AgendaKind::Activity && it != m_rowOfActivity.constEnd() && inClass.contains(*it)
            && !placed.contains(*it)) {
            inOrdered.append(*it);
            placed.insert(*it);
        }
    }
    for (int i : in)
        if (!placed.contains(i))
            inOrdered.append(i);

    QSet<Id> linkedTools;
    for (int i : pre) {
        addActivity(s, m_plan.activities[i], linkedTools);
        if (!m_progress.advance())
            return false;
    }
    Resource r { u"RES_MOMENT_"_s + id, Kind::Page, u"moments/moment-"_s + id + u".html"_s,
        momentPage(moment, agenda).toUtf8() };
    m_resources.append(r);
    s.entries.append({ u"ITM_MOMENT_"_s + id, ImsccText::agendaOf(moment.name), r.identifier });
    for (int i : inOrdered) {
        addActivity(s, m_plan.activities[i], linkedTools);
        if (!m_progress.advance())
            return false;
    }
    for (int i : post) {
        addActivity(s, m_plan.activities[i], linkedTools);
        if (!m_progress.advance())
            return false;
    }
    m_sections.append(s);
    return true;
}

bool CartridgeBuilder::addOther(const QList<int> &rows)
{
    if (rows.isEmpty())
        return true;
    CourseSection s { u"SEC_OTHER"_s, ImsccText::otherActivities(), {} };
    QSet<Id> linkedTools;
    for (int i : rows) {
        addActivity(s, m_plan.activities[i], linkedTools);
        if (!m_progress.advance())
            return false;
    }
    m_sections.append(s);
    return true;
}

QString CartridgeBuilder::slotTitle(const AgendaSlot &slot) const
{
    if (slot.kind == AgendaKind::Activity) {
        const auto it = m_rowOfActivity.constFind(slot.activityId);
        if (it != m_rowOfActivity.constEnd())
            return m_plan.activities[*it].number + u' ' + m_plan.activities[*it].title;
        return slot.title;
    }
    return slot.title.trimmed().isEmpty() ? enumLabel(slot.kind) : slot.title;
}

QString CartridgeBuilder::momentPage(const Moment &moment, const MomentAgenda &agenda) const
{
    QString body = u"<h1>"_s + esc(moment.name) + u"</h1>\n"_s;
    QList<plan::Field> fields;
    fields.append({ ImsccText::when(), momentWhen(moment) });
    if (moment.minutes > 0)
        fields.append({ ImsccText::duration(), ImsccText::minutes(moment.minutes) });
    fields.append({ ImsccText::mode(), enumLabel(moment.mode) });
    if (!moment.place.trimmed().isEmpty())
        fields.append({ plan::PlanText::place(), moment.place });
    body += fieldsHtml(fields);

    if (!agenda.entries.isEmpty()) {
        body += u"<h2>"_s + esc(ImsccText::agendaOf(moment.name)) + u"</h2>\n<table>\n<thead><tr><th>"_s
            + esc(ImsccText::start()) + u"</th><th>"_s + esc(ImsccText::entry()) + u"</th><th>"_s
            + esc(ImsccText::length()) + u"</th></tr></thead>\n<tbody>\n"_s;
        for (const AgendaSlot &slot : agenda.entries) {
            const QString start = slot.start.isValid() ? plan::PlanText::formatTime(slot.start.time(), m_language)
                                                       : ImsccText::offset(slot.offset);
            const QString length = slot.estimated ? ImsccText::minutes(slot.minutes) : ImsccText::notEstimated();
            body += u"<tr><td>"_s + esc(start) + u"</td><td>"_s + esc(slotTitle(slot)) + u"</td><td>"_s + esc(length)
                + u"</td></tr>\n"_s;
        }
        body += u"</tbody>\n</table>\n"_s;
        body += u"<p>"_s + esc(ImsccText::plannedOfMoment(agenda.plannedMinutes, agenda.momentMinutes)) + u"</p>\n"_s;
    }
    return page(moment.name, m_language, body);
}

QString CartridgeBuilder::activityBody(const plan::ActivityRow &row) const
{
    QString body;
    if (!row.instructions.trimmed().isEmpty())
        body += u"<h2>"_s + esc(plan::PlanText::instructions()) + u"</h2>\n<p>"_s + escLines(row.instructions)
            + u"</p>\n"_s;
    QList<plan::Field> fields;
    fields.append({ plan::PlanText::phase(), enumLabel(row.phase) });
    fields.append({ plan::PlanText::direction(), enumLabel(row.direction) });
    if (!row.toolText.isEmpty())
        fields.append({ plan::PlanText::tool(), row.toolText });
    if (row.duration.isSet())
        fields.append({ ImsccText::duration(), ImsccText::minutes(plan::formatDuration(row.duration)) });
    if (row.due.isValid())
        fields.append({ ImsccText::due(), plan::PlanText::formatDate(row.due, m_language) });
    if (!row.recurrenceText.isEmpty())
        fields.append({ ImsccText::repeats(), row.recurrenceText });
    if (!row.momentName.isEmpty())
        fields.append({ ImsccText::moment(), row.momentName });
    fields.append({ ImsccText::grouping(), enumLabel(row.grouping) });
    if (!row.ledByText.isEmpty())
        fields.append({ ImsccText::ledBy(), row.ledByText });
    if (!row.deliverable.trimmed().isEmpty())
        fields.append({ ImsccText::deliverable(), row.deliverable });
    if (!row.benefit.trimmed().isEmpty())
        fields.append({ ImsccText::benefit(), row.benefit });
    if (row.assessment != Assessment::None)
        fields.append({ ImsccText::assessment(), enumLabel(row.assessment) });
    fields.append({ ImsccText::objective(), QString::number(row.objectiveNumber) + u". " + row.objectiveStatement });
    body += fieldsHtml(fields);
    if (const Tool *tool = m_toolOfActivity.value(row.activityId))
        if (const QString url = followableUrl(tool->url); !url.isEmpty())
            body += u"<p><a href=\""_s + esc(url) + u"\">"_s + esc(ImsccText::openTool(tool->name)) + u"</a></p>\n"_s;
    return body;
}

void CartridgeBuilder::addActivity(CourseSection &section, const plan::ActivityRow &row, QSet<Id> &linkedTools)
{
    const QString id = QString::number(row.activityId);
    const QString title = row.number + u' ' + row.title;
    Resource r;
    r.identifier = u"RES_ACTIVITY_"_s + id;
    if (row.direction == Direction::ManyToMany) {
        // A discussion topic: the forum where the group does the exchange.
        r.kind = Kind::Topic;
        r.file = u"activities/activity-"_s + id + u".xml"_s;
        const QString text = u"<h1>"_s + esc(title) + u"</h1>\n"_s + activityBody(row);
        r.data = (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<topic xmlns=\""_s + QLatin1String(DtNamespace)
            + u"\">\n<title>"_s + esc(title) + u"</title>\n<text texttype=\"text/html\">"_s + esc(text)
            + u"</text>\n</topic>\n"_s)
                     .toUtf8();
    } else {
        r.kind = Kind::Page;
        r.file = u"activities/activity-"_s + id + u".html"_s;
        r.data = page(title, m_language, u"<h1>"_s + esc(title) + u"</h1>\n"_s + activityBody(row)).toUtf8();
    }
    m_resources.append(r);
    section.entries.append({ u"ITM_ACTIVITY_"_s + id, title, r.identifier });

    // The tool's web link, once per section, right after the first activity there that uses it.
    const Tool *tool = m_toolOfActivity.value(row.activityId);
    if (!tool || linkedTools.contains(tool->id))
        return;
    const QString url = followableUrl(tool->url);
    if (url.isEmpty())
        return;
    linkedTools.insert(tool->id);
    const QString toolId = QString::number(tool->id);
    if (!m_toolResources.contains(tool->id)) {
        m_toolResources.insert(tool->id);
        Resource link;
        link.identifier = u"RES_TOOL_"_s + toolId;
        link.kind = Kind::Link;
        link.file = u"links/tool-"_s + toolId + u".xml"_s;
        link.data = (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<webLink xmlns=\""_s + QLatin1String(WlNamespace)
            + u"\">\n<title>"_s + esc(tool->name) + u"</title>\n<url href=\""_s + esc(url)
            + u"\" target=\"_blank\"/>\n</webLink>\n"_s)
                        .toUtf8();
        m_resources.append(link);
    }
    section.entries.append(
        { section.identifier + u"_TOOL_"_s + toolId, ImsccText::openTool(tool->name), u"RES_TOOL_"_s + toolId });
}

QByteArray CartridgeBuilder::manifest() const
{
    const plan::Cover &c = m_plan.cover;
    // Stable between exports of the same plan, different between plans.
    const QByteArray digest = QCryptographicHash::hash(
        (c.title + u'\x1f' + c.client + u'\x1f' + c.author).toUtf8(), QCryptographicHash::Sha1);
    const QString identifier = u"BLENDWISE_"_s + QString::fromLatin1(digest.toHex().left(16));

    // The default namespace comes first on the root element: Moodle reads only the first 500
    // bytes to tell a CC 1.1 package from a 1.0 one.
    QString x = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest xmlns=\""_s + QLatin1String(CpNamespace)
        + u"\" identifier=\""_s + identifier + u"\"\n    xmlns:lomimscc=\""_s + QLatin1String(LomManifestNamespace)
        + u"\"\n    xmlns:lom=\""_s + QLatin1String(LomResourceNamespace)
        + u"\"\n    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n    xsi:schemaLocation=\""_s
        + QLatin1String(CpNamespace) + u" http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd "_s
        + QLatin1String(LomManifestNamespace)
        + u" http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd "_s
        + QLatin1String(LomResourceNamespace)
        + u" http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lomresource_v1p0.xsd\">\n"_s;

    x += u"  <metadata>\n    <schema>IMS Common Cartridge</schema>\n    <schemaversion>1.1.0</schemaversion>\n"_s
         u"    <lomimscc:lom>\n      <lomimscc:general>\n        <lomimscc:title><lomimscc:string language=\""_s
        + esc(m_language) + u"\">"_s + esc(c.title) + u"</lomimscc:string></lomimscc:title>\n"_s
        + u"        <lomimscc:language>"_s + esc(m_language) + u"</lomimscc:language>\n"_s;
    if (!m_project.info.summary.trimmed().isEmpty())
        x += u"        <lomimscc:description><lomimscc:string language=\""_s + esc(m_language) + u"\">"_s
            + esc(m_project.info.summary) + u"</lomimscc:string></lomimscc:description>\n"_s;
    x += u"      </lomimscc:general>\n    </lomimscc:lom>\n  </metadata>\n"_s;

    // One organization, one root item without a title, one item per section under it.
    x += u"  <organizations>\n    <organization identifier=\"ORG_1\" structure=\"rooted-hierarchy\">\n"_s
         u"      <item identifier=\"ITM_ROOT\">\n"_s;
    for (const CourseSection &s : m_sections) {
        x += u"        <item identifier=\""_s + s.identifier + u"\">\n          <title>"_s + esc(s.title)
            + u"</title>\n"_s;
        for (const Entry &e : s.entries)
            x += u"          <item identifier=\""_s + e.identifier + u"\" identifierref=\""_s + e.resource
                + u"\">\n            <title>"_s + esc(e.title) + u"</title>\n          </item>\n"_s;
        x += u"        </item>\n"_s;
    }
    x += u"      </item>\n    </organization>\n  </organizations>\n"_s;

    x += u"  <resources>\n"_s;
    for (const Resource &r : m_resources) {
        switch (r.kind) {
        case Kind::Page:
            x += u"    <resource identifier=\""_s + r.identifier + u"\" type=\"webcontent\" href=\""_s + esc(r.file)
                + u"\">\n"_s;
            break;
        case Kind::Topic:
            // Discussion topics and web links name their file but have no href (CC 1.1 rules 1c, 2c).
            x += u"    <resource identifier=\""_s + r.identifier + u"\" type=\"imsdt_xmlv1p1\">\n"_s;
            break;
        case Kind::Link:
            x += u"    <resource identifier=\""_s + r.identifier + u"\" type=\"imswl_xmlv1p1\">\n"_s;
            break;
        }
        x += u"      <file href=\""_s + esc(r.file) + u"\"/>\n    </resource>\n"_s;
    }
    x += u"  </resources>\n</manifest>\n"_s;
    return x.toUtf8();
}

} // namespace

QString ImsccExporter::key() const
{
    return u"imscc"_s;
}
QString ImsccExporter::fileSuffix() const
{
    return u"imscc"_s;
}
QString ImsccExporter::label() const
{
    return QCoreApplication::translate("bw::ImsccExporter", "Course package (IMS Common Cartridge)");
}

QString ImsccExporter::write(const plan::Plan &plan, const Project &project, const ExportOptions &, QIODevice &out,
    const ExportControl &control) const
{
    ExportProgress progress(int(plan.activities.size()) + 1, control);
    CartridgeBuilder builder(plan, project, progress);
    if (!builder.build())
        return {};

    OfficePackage zip(out);
    // The manifest first: importers look for it at the top of the package.
    zip.add(u"imsmanifest.xml"_s, builder.manifest());
    for (const Resource &r : builder.resources())
        zip.add(r.file, r.data);
    const QString error = zip.close();
    progress.advance();
    return error;
}

} // namespace bw
