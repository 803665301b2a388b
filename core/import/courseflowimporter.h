// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QCoreApplication>

namespace bw {

// CourseFlow (SALTISES) activity workflows: the nodes table it exports as CSV (columns type,
// title, description, column_order, id; each week row comes before its nodes), the same table
// exported as a workbook (.xlsx, its first sheet), and the JSON
// workflow data (workflow, week, node, column, outcome lists; see courseflowimporter.cpp).
class CourseFlowImporter : public Importer {
    Q_DECLARE_TR_FUNCTIONS(bw::CourseFlowImporter)
public:
    QString key() const override { return QStringLiteral("courseflow"); }
    QString label() const override;
    QStringList fileSuffixes() const override
    {
        return { QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("json") };
    }
    int detect(const QByteArray &head, const QString &fileName) const override;
    ImportResult read(const QByteArray &data, const QString &fileName, const ImportOptions &options) const override;
};

namespace importdetail {
// "line N: …" when `data` is not valid UTF-8 (N counts from 1), empty when it is.
QString utf8Error(const QByteArray &data);
// 1-based line of a byte offset.
int lineOfOffset(const QByteArray &data, qsizetype offset);
// Out-of-class activities before the first in-class one of their week are pre-class, after it
// post-class. `inClass` is per activity of one week, in order; returns the phases.
QList<Phase> phasesOfWeek(const QList<bool> &inClass);
// Finishes an import: ids, normalize(), validate(); sets result.error on a problem.
void finish(Project &project, ImportResult &result);
} // namespace importdetail

} // namespace bw
