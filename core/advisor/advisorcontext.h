// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "libraryfacts.h"
#include "toolranking.h"

#include <QHash>

#include <functional>
#include <map>
#include <tuple>

namespace bw {

// What every rule needs to know about one project, computed once per advisor run: hashed
// lookups of tools and moments, where each tool is used, and the JSON paths of items. Rules
// only read it; it refers to the project, which must outlive it and stay unchanged.
class AdvisorContext {
public:
    explicit AdvisorContext(const Project &project);

    const Project &project() const { return m_project; }
    // What the studio knows of the team library (currentLibraryFacts() when the context was made).
    const LibraryFacts &libraryFacts() const { return m_libraryFacts; }

    const Tool *tool(Id id) const;
    int toolRow(Id id) const;
    const Moment *moment(Id id) const;
    int momentRow(Id id) const;

    struct Place {
        int objective = -1;
        int row = -1;
    };
    const Activity &activityAt(Place place) const;
    // Tools used by at least one activity, in order of first use.
    const QList<Id> &usedTools() const { return m_usedTools; }
    // Where a tool is used, in plan order.
    QList<Place> uses(Id toolId) const { return m_uses.value(toolId); }
    QList<Direction> directionsUsedWith(Id toolId) const;

    // What the running order of the moment in that row takes, in minutes: the typical minutes of
    // its in-class activities (with a single moment, in-class activities not yet tied to a moment
    // count for it) and the breaks and lunches of its agenda.
    double inClassActivityMinutes(int momentRow) const { return m_inClassMinutes.value(momentRow); }
    int breakMinutes(int momentRow) const;

    // The best-ranked active tool, other than `toolId`, that carries every direction `toolId` is
    // used with and that `accept` takes; 0 when there is none. Ranked for the tool's first use.
    Id bestReplacement(Id toolId, const std::function<bool(const Tool &)> &accept) const;
    // The best-ranked active tool for an activity that supports its direction; 0 when none does.
    Id bestToolFor(const Activity &activity) const;

    // JSON interchange paths (PRODUCT.md §7).
    static QString objectivePath(int objective);
    static QString activityPath(int objective, int row);
    static QString toolPath(int row);
    static QString momentPath(int row);

    // How messages name items: a shortened statement or title in quotes.
    static QString quoted(const QString &text);
    // An activity's quoted title, or "an untitled activity".
    static QString activityName(const Activity &activity);
    // A moment's quoted name, or "Moment 2" (its place in the plan, from 1) when it has none.
    static QString momentName(const Moment &moment, int row);

private:
    const QList<ToolSuggestion> &ranking(const Activity &activity) const;

    const Project &m_project;
    LibraryFacts m_libraryFacts;
    QHash<Id, int> m_toolRows;
    QHash<Id, int> m_momentRows;
    QList<Id> m_usedTools;
    QSet<Id> m_usedToolSet;
    QHash<Id, QList<Place>> m_uses;
    QList<double> m_inClassMinutes; // by moment row
    // Rankings depend on an activity only through its phase, direction, (virtual) moment and
    // purpose (an e-learning module, a video).
    // A node-based map because callers hold references across later inserts. The key is a
    // tuple, not bits packed into one integer: a moment id may use all 64 bits.
    using RankingKey = std::tuple<Id, Phase, Direction, ActivityPurpose>;
    mutable std::map<RankingKey, QList<ToolSuggestion>> m_rankings;
};

} // namespace bw
