// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "importregistry.h"

#include <QFileInfo>

#include <algorithm>

namespace bw {

Importer::~Importer() = default;

QList<ImportNote> ImportResult::notesOf(ImportNote::Kind kind) const
{
    QList<ImportNote> out;
    for (const ImportNote &n : notes)
        if (n.kind == kind)
            out.append(n);
    return out;
}

void applyGuessMarks(ImportResult &result)
{
    if (!result.project)
        return;
    for (const ImportNote &n : std::as_const(result.notes)) {
        if (n.kind != ImportNote::Kind::Guessed || n.itemId == 0 || n.field.isEmpty())
            continue;
        const Project::ActivityPos pos = result.project->activityPos(n.itemId);
        if (!pos.isValid())
            continue; // a note about an objective, or an item the importer dropped later
        Activity &a = result.project->objectives[pos.objective].activities[pos.row];
        const bool marked
            = std::any_of(a.guesses.cbegin(), a.guesses.cend(), [&](const GuessMark &m) { return m.field == n.field; });
        if (marked)
            continue;
        const QString reason = n.where.isEmpty() ? n.text : n.where + QStringLiteral(": ") + n.text;
        a.guesses.append({ n.field, reason });
    }
}

QList<const Importer *> importers()
{
    QList<const Importer *> out;
    for (const auto &i : registeredImporters())
        out.append(i.get());
    return out;
}

const Importer *findImporter(const QString &key)
{
    for (const Importer *i : importers())
        if (i->key() == key)
            return i;
    return nullptr;
}

const Importer *detectImporter(const QByteArray &head, const QString &fileName)
{
    const Importer *best = nullptr;
    int bestScore = 0;
    for (const Importer *i : importers()) {
        const int score = i->detect(head, fileName);
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

const Importer *chooseImporter(const QByteArray &head, const QString &fileName)
{
    if (const Importer *detected = detectImporter(head, fileName))
        return detected;
    const QString suffix = QFileInfo(fileName).suffix();
    const Importer *bySuffix = nullptr;
    int owners = 0;
    for (const Importer *candidate : importers()) {
        if (candidate->fileSuffixes().contains(suffix, Qt::CaseInsensitive)) {
            bySuffix = candidate;
            ++owners;
        }
    }
    return owners == 1 ? bySuffix : nullptr;
}

} // namespace bw
