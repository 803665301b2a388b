// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "libraryconnection.h"

namespace bw {

// The library's schema is owned by Blendwise: one PostgreSQL schema (LibrarySettings::schema,
// "blendwise" by default) holding a meta table with the library schema version and the item
// tables. It is created and migrated one step per transaction, so an interrupted init leaves the
// library at the last completed version. A library of a newer version is refused, never touched.
//
// Roles (group roles, NOLOGIN; an administrator GRANTs them to login roles):
//   blendwise_member  reads and uses the library (SELECT)
//   blendwise_editor  publishes (INSERT, UPDATE) — also a member
//   blendwise_admin   retires tools, deletes, and may grant the roles (WITH ADMIN OPTION) — also
//                     an editor
class LibraryMigrations {
public:
    static int currentVersion();

    // The version of the library in this database: 0 when there is none.
    static int version(LibraryConnection &connection, LibraryError *error = nullptr);

    // Ok when the library exists at the current version; NoSchema, NewerSchema or a migration
    // needed (reported as NoSchema with its own message) otherwise.
    static LibraryError check(LibraryConnection &connection);

    // Creates or migrates the library up to `target` (default: current), and the group roles.
    // Needs a role that may create schemas and roles (the database owner, a superuser).
    static LibraryError migrate(LibraryConnection &connection, int target = 0);
};

} // namespace bw
