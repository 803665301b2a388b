// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QCoreApplication>

namespace bw {

// Blendwise's own JSON interchange (docs/interchange.md) behind the importer interface.
class JsonImporter : public Importer {
    Q_DECLARE_TR_FUNCTIONS(bw::JsonImporter)
public:
    QString key() const override { return QStringLiteral("json"); }
    QString label() const override;
    QStringList fileSuffixes() const override { return { QStringLiteral("json") }; }
    int detect(const QByteArray &head, const QString &fileName) const override;
    ImportResult read(const QByteArray &data, const QString &fileName, const ImportOptions &options) const override;
};

} // namespace bw
