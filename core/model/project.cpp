// SPDX-License-Identifier: GPL-3.0-or-later
#include "project.h"

#include <algorithm>

namespace bw {

int Project::objectiveRow(Id id) const
{
    for (int i = 0; i < objectives.size(); ++i)
        if (objectives[i].id == id)
            return i;
    return -1;
}

const Objective *Project::objective(Id id) const
{
    const int row = objectiveRow(id);
    return row < 0 ? nullptr : &objectives[row];
}

Project::ActivityPos Project::activityPos(Id id) const
{
    for (int o = 0; o < objectives.size(); ++o) {
        const auto &acts = objectives[o].activities;
        for (int a = 0; a < acts.size(); ++a)
            if (acts[a].id == id)
                return {o, a};
    }
    return {};
}

const Activity *Project::activity(Id id) const
{
    const auto pos = activityPos(id);
    return pos.isValid() ? &objectives[pos.objective].activities[pos.row] : nullptr;
}

int Project::toolRow(Id id) const
{
    for (int i = 0; i < tools.size(); ++i)
        if (tools[i].id == id)
            return i;
    return -1;
}

const Tool *Project::tool(Id id) const
{
    const int row = id ? toolRow(id) : -1;
    return row < 0 ? nullptr : &tools[row];
}

const Tool *Project::toolByName(const QString &name) const
{
    for (const auto &t : tools)
        if (t.name.compare(name, Qt::CaseInsensitive) == 0)
            return &t;
    return nullptr;
}

const Moment *Project::moment(Id id) const
{
    if (!id)
        return nullptr;
    for (const auto &m : moments)
        if (m.id == id)
            return &m;
    return nullptr;
}

int Project::activityCount() const
{
    int n = 0;
    for (const auto &o : objectives)
        n += int(o.activities.size());
    return n;
}

Id Project::maxId() const
{
    Id m = 0;
    for (const auto &x : moments) {
        m = std::max(m, x.id);
        for (const auto &item : x.agenda)
            m = std::max(m, item.id);
    }
    for (const auto &o : objectives) {
        m = std::max(m, o.id);
        for (const auto &a : o.activities)
            m = std::max(m, a.id);
    }
    for (const auto &x : tools)
        m = std::max(m, x.id);
    for (const auto &x : subgroups)
        m = std::max(m, x.id);
    for (const auto &x : roles)
        m = std::max(m, x.id);
    for (const auto &x : versions)
        m = std::max(m, x.id);
    return m;
}

} // namespace bw
