// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QCoreApplication>

namespace bw {

// A spreadsheet with one row per activity: Blendwise's own CSV export (its header in any
// shipped language) or another CSV whose columns ImportOptions::columnMap names.
// Field keys of the map: objectiveNo objective title instructions phase direction tool duration
// grouping ledBy deliverable benefit assessment moment offset.
class CsvImporter : public Importer {
    Q_DECLARE_TR_FUNCTIONS(bw::CsvImporter)
public:
    QString key() const override { return QStringLiteral("csv"); }
    QString label() const override;
    QStringList fileSuffixes() const override { return { QStringLiteral("csv") }; }
    int detect(const QByteArray &head, const QString &fileName) const override;
    ImportResult read(const QByteArray &data, const QString &fileName, const ImportOptions &options) const override;
};

} // namespace bw
