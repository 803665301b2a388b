// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <optional>

class QSqlDatabase;

namespace bw {

// Reads a whole project from a database of the current schema version. Any surprise (a
// missing table, an unknown enumeration key, an unreadable date) makes the read fail with a
// short technical reason; ProjectFile turns that into a "damaged project" message.
class ProjectReader
{
public:
    explicit ProjectReader(QSqlDatabase &db);

    std::optional<Project> read();
    const QString &error() const { return m_error; }

private:
    bool readInfo(ProjectInfo &info);
    bool readMoments(QList<Moment> &moments);
    bool readTools(QList<Tool> &tools);
    bool readObjectives(QList<Objective> &objectives);
    bool readSubGroups(QList<SubGroup> &subgroups);
    bool readRoles(QList<Role> &roles);

    QSqlDatabase &m_db;
    QString m_error;
};

} // namespace bw
