// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QCoreApplication>

#include <optional>

namespace bw {

// ABC Learning Design storyboards as the easyabcld board JSON keeps them: a title, weeks[] and
// cards[] (weekId, order, title, duration as free text, learningTypes, deliveryStyle,
// assessmentType, optionally outcomes).
class AbcImporter : public Importer {
    Q_DECLARE_TR_FUNCTIONS(bw::AbcImporter)
public:
    QString key() const override { return QStringLiteral("abc"); }
    QString label() const override;
    QStringList fileSuffixes() const override { return { QStringLiteral("json") }; }
    int detect(const QByteArray &head, const QString &fileName) const override;
    ImportResult read(const QByteArray &data, const QString &fileName, const ImportOptions &options) const override;

    // "2 hours", "45 mins", "1h30", "90", "1.5 h" → minutes; nullopt when unparsable.
    static std::optional<int> parseMinutes(const QString &text);
};

} // namespace bw
