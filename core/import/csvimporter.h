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

    // For the column-mapping step (File ▸ Import… shows it for a CSV that is not Blendwise's own).
    struct MappableField {
        QString key; // as ImportOptions::columnMap names it: "title", "phase", …
        QString label; // the column's title in Blendwise's own CSV, in `language`
        bool required = false; // only the title is
    };
    // The fields a column map can name, in the order of Blendwise's own CSV.
    static QList<MappableField> mappableFields(const QString &language);
    // True when `header` is Blendwise's own CSV header in a shipped language: it imports without a map.
    static bool isOwnHeader(const QStringList &header);
    // A first guess of the map for `header`: a field goes to the column titled like it (in any
    // shipped language, or by a common synonym: "Name" → title, "Description" → instructions,
    // "Duration" → minutes), case and spaces aside. Each column is used once.
    static QList<std::pair<QString, QString>> guessColumnMap(const QStringList &header);
};

} // namespace bw
