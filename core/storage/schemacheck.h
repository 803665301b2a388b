// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;

namespace bw {

// A project file may come from anyone, so its SQL schema is untrusted: a view in place of a
// table runs whatever query it holds when read (a recursive one never ends), a trigger runs on
// the migration's writes. Before a single row is read the file's sqlite_schema is compared with
// the schema Blendwise declares for the file's version: the same tables with the same columns
// (name, type, NOT NULL, default, key, foreign keys), the indexes those declarations make, and
// nothing else — no views, no triggers, no virtual or extra tables.
class SchemaCheck {
public:
    // Empty when `db` (a project file of format `version`) has exactly the declared schema;
    // otherwise one sentence for people naming the first difference ("it contains a view
    // “objectives”, which no Blendwise project has.").
    static QString verify(QSqlDatabase &db, int version);
};

} // namespace bw
