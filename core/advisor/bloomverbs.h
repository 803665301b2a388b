// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

namespace bw {

enum class BloomLevel { Remember, Understand, Apply, Analyse, Evaluate, Create };

// The verbs an objective statement is judged by: measurable verbs by Bloom level, and the vague
// ones ("understand", "be aware of") nobody can observe, each tied to the level whose measurable
// verbs replace it. The lists are translatable so that a translator supplies the verbs of the
// language; they are read once per language, on first use.
class BloomVerbs {
public:
    struct Match {
        qsizetype position = -1; // in the statement as written
        qsizetype length = 0;
        BloomLevel level = BloomLevel::Remember;
        bool vague = false;
    };

    static const BloomVerbs &instance();

    // Measurable verbs of a level, the most useful first.
    QStringList verbs(BloomLevel level) const { return m_measurable.value(level); }
    // Every vague or measurable verb in the statement, in reading order. Inflected forms count
    // ("calculates", "ranking"); a longer phrase wins over a shorter one at the same place.
    QList<Match> find(const QString &statement) const;

private:
    BloomVerbs();
    void addPhrases(const char *commaSeparated, BloomLevel level, bool vague);

    struct Phrase {
        QStringList words; // lower case; the first may be inflected in a statement
        BloomLevel level;
        bool vague;
    };
    QList<Phrase> m_phrases;
    QHash<QString, QList<int>> m_byFirstWordForm; // every form of a first word → phrases
    QHash<BloomLevel, QStringList> m_measurable;
};

} // namespace bw
