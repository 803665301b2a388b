// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bw {

struct DbColumn {
    QString name;
    QString definition; // type and constraints, e.g. "INTEGER NOT NULL DEFAULT 0"
};

// One table of the project file, declared once (see Schema). The statements that create,
// fill and read it are generated from the declaration, so a column cannot be added to the
// table without the writer and reader knowing about it.
class DbTable
{
public:
    DbTable(QString name, QList<DbColumn> columns, QStringList constraints = {});

    const QString &name() const { return m_name; }
    const QList<DbColumn> &columns() const { return m_columns; }
    int columnIndex(QStringView column) const; // -1 when there is no such column

    QString createSql() const;
    // INSERT with one named placeholder per column (":title").
    QString insertSql() const;
    // SELECT of every column in declaration order.
    QString selectSql(const QString &orderBy) const;

private:
    QString m_name;
    QList<DbColumn> m_columns;
    QStringList m_constraints; // table constraints: composite keys, uniqueness
};

} // namespace bw
