// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dbtable.h"

#include <QList>

class QSqlDatabase;

namespace bw {

// The current schema of the .blendwise file, declared in one place.
//
// Every list keeps its order in a `position` column; enumerations are stored by their stable
// key (enums.h), never by their integer; "none" references are NULL so that foreign keys hold.
// Older schemas live, frozen, in Migrations: when a table changes here, bump version() and add
// the step that brings a file of the previous version to this one.
class Schema
{
public:
    static int version();
    static const QList<DbTable> &tables(); // in creation order (referenced tables first)
    static const DbTable &table(QStringView name);

    // Creates every table in an empty database. Returns the SQLite error text, or empty.
    static QString create(QSqlDatabase &db);
};

} // namespace bw
