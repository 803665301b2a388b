// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <optional>

class QSqlDatabase;

namespace bw {

// Reads a whole project from a database of the current schema version. Any surprise (a
// missing table, an unknown enumeration key, an unreadable date) makes the read fail with a
// short technical reason; ProjectFile turns that into a "damaged project" message. What is
// read is then normalize()d and validate()d (model/projectvalidation.h) like every project
// that enters Blendwise: a value validate() refuses fails the read with its message, naming
// the item, and refused() tells that case apart from damage.
class ProjectReader
{
public:
    explicit ProjectReader(QSqlDatabase &db);

    std::optional<Project> read();
    const QString &error() const { return m_error; }
    bool refused() const { return m_refused; }

private:
    bool readInfo(ProjectInfo &info);
    bool readMoments(QList<Moment> &moments);
    bool readTools(QList<Tool> &tools);
    bool readObjectives(QList<Objective> &objectives);
    bool readSubGroups(QList<SubGroup> &subgroups);
    bool readRoles(QList<Role> &roles);
    bool readAgenda(QList<Moment> &moments);
    bool readVersions(QList<Version> &versions);
    bool readGuesses(QList<Objective> &objectives);
    bool readOrigins(QList<ProjectOrigin> &origins);

    QSqlDatabase &m_db;
    QString m_error;
    bool m_refused = false;
};

} // namespace bw
