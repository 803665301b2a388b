// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantext.h"

#include <QLocale>
#include <QRegularExpression>

namespace bw::plan {

QString PlanText::sectionTitle(const QString &key)
{
    if (key == u"cover")
        return tr("Cover");
    if (key == u"revisions")
        return tr("Revision history");
    if (key == u"changes")
        return tr("Changes since the previous version");
    if (key == u"summary")
        return tr("Summary");
    if (key == u"blend")
        return tr("The blend at a glance");
    if (key == u"flow")
        return tr("Flow overview");
    if (key == u"sequences")
        return tr("Learning sequences");
    if (key == u"schedule")
        return tr("Schedule");
    if (key == u"tools")
        return tr("Tools");
    if (key == u"community")
        return tr("Community");
    if (key == u"evaluation")
        return tr("Evaluation plan");
    if (key == u"attachments")
        return tr("Attached documents");
    if (key == u"review")
        return tr("Design review");
    return key;
}

QString PlanText::documentKind() { return tr("Blended-learning plan"); }
QString PlanText::contents() { return tr("Contents"); }
QString PlanText::pageOf(int page, int pages) { return pageOfPattern().arg(page).arg(pages); }
QString PlanText::pageOfPattern() { return tr("Page %1 of %2"); }
QString PlanText::preparedFor() { return tr("Prepared for"); }
QString PlanText::preparedBy() { return tr("Prepared by"); }
QString PlanText::audience() { return tr("Audience"); }
QString PlanText::date() { return tr("Date"); }
QString PlanText::version() { return tr("Version"); }
QString PlanText::minutes() { return tr("Minutes"); }
QString PlanText::phase() { return tr("Phase"); }
QString PlanText::direction() { return tr("Direction"); }
QString PlanText::tool() { return tr("Tool"); }
QString PlanText::instructions() { return tr("Instructions"); }
QString PlanText::place() { return tr("Place"); }
QString PlanText::total() { return tr("Total"); }
QString PlanText::generatedBy() { return tr("Made with Blendwise"); }
QString PlanText::noTool() { return tr("No tool — in the room"); }
QString PlanText::changesSince(const QString &version) { return tr("Changes since %1").arg(version); }

QStringList PlanText::activityColumns()
{
    return { tr("Objective no."), tr("Objective"), tr("Activity no."), tr("Activity"), tr("Instructions"), tr("Phase"),
        tr("Direction"), tr("Tool"), tr("Minutes"), tr("Grouping"), tr("Led by"), tr("Deliverable"),
        tr("Learner benefit"), tr("Assessment"), tr("In-class moment"), tr("Offset (days)"), tr("Due date"),
        tr("Repeats"), tr("Minutes in all") };
}

QString PlanText::keyColumn()
{
    return tr("Key");
}

QString PlanText::formatDate(const QDate &date, const QString &language)
{
    // Day-month-year with the month spelt out reads the same to every client, unlike 03/04/2027.
    return QLocale(language).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString PlanText::formatTime(const QTime &time, const QString &language)
{
    // The locale's own short form (24-hour where that is the custom), never with seconds: a
    // few locales put them even into the short form.
    const QLocale locale(language);
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return locale.toString(time, format);
}

QString PlanText::formatDateTime(const QDateTime &dateTime, const QString &language)
{
    return formatDate(dateTime.date(), language) + u", " + formatTime(dateTime.time(), language);
}

} // namespace bw::plan
