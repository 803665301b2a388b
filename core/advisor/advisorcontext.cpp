// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisorcontext.h"

#include "i18n/plantranslator.h"
#include "model/textshortening.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace bw {

AdvisorContext::AdvisorContext(const Project &project)
    : m_project(project)
    , m_libraryFacts(currentLibraryFacts())
{
    m_toolRows.reserve(project.tools.size());
    for (int i = 0; i < project.tools.size(); ++i)
        m_toolRows.insert(project.tools[i].id, i);
    for (int i = 0; i < project.moments.size(); ++i)
        m_momentRows.insert(project.moments[i].id, i);
    // With a single moment, in-class activities not yet tied to it are clearly meant for it.
    const Id soleMoment = project.moments.size() == 1 ? project.moments.first().id : 0;
    m_inClassMinutes.fill(0.0, project.moments.size());
    for (int o = 0; o < project.objectives.size(); ++o) {
        const auto &activities = project.objectives[o].activities;
        for (int a = 0; a < activities.size(); ++a) {
            if (activities[a].phase == Phase::InClass) {
                const int row = momentRow(activities[a].momentId ? activities[a].momentId : soleMoment);
                if (row >= 0)
                    m_inClassMinutes[row] += activities[a].duration.typical();
            }
            const Id toolId = activities[a].toolId;
            if (!toolId || !m_toolRows.contains(toolId))
                continue;
            auto &places = m_uses[toolId];
            if (places.isEmpty()) {
                m_usedTools.append(toolId);
                m_usedToolSet.insert(toolId);
            }
            places.append({ o, a });
        }
    }
}

const Tool *AdvisorContext::tool(Id id) const
{
    const int row = toolRow(id);
    return row < 0 ? nullptr : &m_project.tools[row];
}

int AdvisorContext::toolRow(Id id) const
{
    return m_toolRows.value(id, -1);
}

const Moment *AdvisorContext::moment(Id id) const
{
    const int row = momentRow(id);
    return row < 0 ? nullptr : &m_project.moments[row];
}

int AdvisorContext::momentRow(Id id) const
{
    return m_momentRows.value(id, -1);
}

const Activity &AdvisorContext::activityAt(Place place) const
{
    return m_project.objectives[place.objective].activities[place.row];
}

int AdvisorContext::breakMinutes(int momentRow) const
{
    if (momentRow < 0 || momentRow >= m_project.moments.size())
        return 0;
    qint64 minutes = 0;
    for (const AgendaItem &item : m_project.moments[momentRow].agenda)
        if (item.kind != AgendaKind::Activity && item.minutes > 0)
            minutes += item.minutes;
    return int(qMin<qint64>(minutes, std::numeric_limits<int>::max()));
}

QList<Direction> AdvisorContext::directionsUsedWith(Id toolId) const
{
    QList<Direction> directions;
    for (const Place place : m_uses.value(toolId)) {
        const Direction d = activityAt(place).direction;
        if (d != Direction::Unset && !directions.contains(d))
            directions.append(d);
    }
    return directions;
}

const QList<ToolSuggestion> &AdvisorContext::ranking(const Activity &activity) const
{
    const Id moment = activity.phase == Phase::InClass ? activity.momentId : 0;
    const RankingKey key { moment, activity.phase, activity.direction, activityPurpose(activity) };
    auto it = m_rankings.find(key);
    if (it == m_rankings.end())
        it = m_rankings.emplace(key, rankTools(m_project, activity, {}, m_usedToolSet)).first;
    return it->second;
}

Id AdvisorContext::bestReplacement(Id toolId, const std::function<bool(const Tool &)> &accept) const
{
    const QList<Place> places = m_uses.value(toolId);
    if (places.isEmpty())
        return 0;
    const QList<Direction> directions = directionsUsedWith(toolId);
    for (const ToolSuggestion &s : ranking(activityAt(places.first()))) {
        const Tool *candidate = tool(s.toolId);
        if (candidate->id == toolId || candidate->status != ToolStatus::Active)
            continue;
        const bool carriesAll = std::all_of(
            directions.cbegin(), directions.cend(), [candidate](Direction d) { return candidate->supports(d); });
        if (carriesAll && accept(*candidate))
            return candidate->id;
    }
    return 0;
}

Id AdvisorContext::bestToolFor(const Activity &activity) const
{
    if (activity.direction == Direction::Unset)
        return 0;
    for (const ToolSuggestion &s : ranking(activity)) {
        const Tool *candidate = tool(s.toolId);
        if (candidate->status == ToolStatus::Active && candidate->supports(activity.direction))
            return candidate->id;
    }
    return 0;
}

QString AdvisorContext::objectivePath(int objective)
{
    return u"objectives[%1]"_s.arg(objective);
}

QString AdvisorContext::activityPath(int objective, int row)
{
    // Built directly rather than with arg(): large plans ask for thousands of these per run.
    return u"objectives["_s + QString::number(objective) + u"].activities["_s + QString::number(row) + u']';
}

QString AdvisorContext::toolPath(int row)
{
    return u"tools[%1]"_s.arg(row);
}

QString AdvisorContext::momentPath(int row)
{
    return u"moments[%1]"_s.arg(row);
}

QString AdvisorContext::quoted(const QString &text)
{
    // Long objective statements would drown the message; the panel links to the full item.
    constexpr int MaxLength = 60;
    const QString shown = shortenAtWord(text, MaxLength);
    //: Quotation marks around a name in an advisor message (German: „%1“).
    return planTr("bw::AdvisorContext", "“%1”").arg(shown);
}

QString AdvisorContext::activityName(const Activity &activity)
{
    if (activity.title.trimmed().isEmpty())
        return planTr("bw::AdvisorContext", "an untitled activity");
    return quoted(activity.title);
}

QString AdvisorContext::momentName(const Moment &moment, int row)
{
    if (moment.name.trimmed().isEmpty())
        return planTr("bw::AdvisorContext", "Moment %1").arg(row + 1);
    return quoted(moment.name);
}

} // namespace bw
