// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

class QSqlDatabase;

namespace bw {

// Writes a whole project into a database that already holds the empty schema. The caller
// owns the transaction. References to items that do not exist (a tool id no tool has) are
// written as "none", because a dangling id means nothing and would break a foreign key.
class ProjectWriter
{
public:
    // Returns the SQLite error text, or empty on success.
    static QString write(QSqlDatabase &db, const Project &project);
};

} // namespace bw
