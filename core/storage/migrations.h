// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QSqlDatabase;

namespace bw {

// Upgrades of the project file, one step per schema version (N → N+1), written as frozen SQL:
// a step describes what the file looked like then, so it must never be rewritten in terms of
// today's Schema. To change the schema: edit Schema, bump Schema::version(), append a step.
//
// Only ever run on a private copy of the user's file (ProjectFile::load); the original is
// never upgraded in place.
class Migrations
{
public:
    static int oldestSupported();

    // The DDL of the very first file format, kept so that tests can build a genuine old file.
    static QStringList version1Schema();
    // The DDL that gives an empty database the schema of `version` (oldestSupported() up to
    // Schema::version()): the first format and every step after it, frozen as they were. Used
    // to check an older file before it is upgraded, and by tests to build genuine old files.
    static QStringList schemaOf(int version);

    // Runs every step from `fromVersion` up to Schema::version() inside one transaction and
    // sets user_version. Returns the SQLite error text, or empty on success.
    static QString upgrade(QSqlDatabase &db, int fromVersion);
};

} // namespace bw
