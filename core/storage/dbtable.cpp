// SPDX-License-Identifier: GPL-3.0-or-later
#include "dbtable.h"

using namespace Qt::StringLiterals;

namespace bw {

DbTable::DbTable(QString name, QList<DbColumn> columns, QStringList constraints)
    : m_name(std::move(name))
    , m_columns(std::move(columns))
    , m_constraints(std::move(constraints))
{
}

int DbTable::columnIndex(QStringView column) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].name == column)
            return i;
    return -1;
}

QString DbTable::createSql() const
{
    QStringList parts;
    for (const auto &c : m_columns)
        parts.append(c.name + u' ' + c.definition);
    parts += m_constraints;
    return u"CREATE TABLE "_s + m_name + u" (\n    "_s + parts.join(u",\n    "_s) + u"\n)"_s;
}

QString DbTable::insertSql() const
{
    QStringList names, placeholders;
    for (const auto &c : m_columns) {
        names.append(c.name);
        placeholders.append(u':' + c.name);
    }
    return u"INSERT INTO "_s + m_name + u" ("_s + names.join(u", "_s) + u") VALUES ("_s
        + placeholders.join(u", "_s) + u')';
}

QString DbTable::selectSql(const QString &orderBy) const
{
    QStringList names;
    for (const auto &c : m_columns)
        names.append(c.name);
    return u"SELECT "_s + names.join(u", "_s) + u" FROM "_s + m_name + u" ORDER BY "_s + orderBy;
}

} // namespace bw
