// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablebatch.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace bw {

TableBatch::TableBatch(const DbTable &table)
    : m_table(table)
    , m_values(table.columns().size())
{
}

TableBatch &TableBatch::set(QStringView column, const QVariant &value)
{
    const int c = m_table.columnIndex(column);
    Q_ASSERT_X(c >= 0, "TableBatch::set", "column not declared in Schema");
    Q_ASSERT_X(m_values[c].size() == m_rows, "TableBatch::set", "column set twice in one row");
    m_values[c].append(value);
    return *this;
}

void TableBatch::nextRow()
{
    ++m_rows;
    for (int c = 0; c < m_values.size(); ++c)
        if (m_values[c].size() != m_rows)
            qFatal("TableBatch: %s.%s was not written", qPrintable(m_table.name()),
                   qPrintable(m_table.columns()[c].name));
}

QString TableBatch::insert(QSqlDatabase &db) const
{
    if (m_rows == 0)
        return {};
    QSqlQuery q(db);
    if (!q.prepare(m_table.insertSql()))
        return q.lastError().text();
    for (int c = 0; c < m_values.size(); ++c)
        q.bindValue(c, m_values[c]);
    if (!q.execBatch())
        return q.lastError().text();
    return {};
}

} // namespace bw
