// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace bw {

enum class BloomLevel { Remember, Understand, Apply, Analyse, Evaluate, Create };

// The verbs an objective statement is judged by, in one language: the measurable verbs of each
// Bloom level (with phrasal and compound verbs such as "carry out", "find and share",
// "role-play", „durchführen“, « mettre en place », "opstellen"), and the vague ones
// ("understand", "be aware of") nobody can observe, each tied to the level whose measurable
// verbs replace it. The lists are language data, not interface texts: the plan's language picks
// them (English, German, French, Dutch; any other language reads English).
class BloomVerbs {
public:
    struct Match {
        qsizetype position = -1; // in the statement as written
        qsizetype length = 0;
        BloomLevel level = BloomLevel::Remember;
        bool vague = false;
        // The statement has the phrase in its base form ("understand", not "understood"), so
        // that another base-form verb can stand in its place.
        bool baseForm = false;
    };

    // The verbs of a language: "de", "de-CH" and "de_AT" are German; an unknown or empty
    // language falls back to English. Read once per language; safe from any thread.
    static const BloomVerbs &forLanguage(const QString &language);
    // The language whose lists these are ("en", "de", "fr", "nl").
    const QString &language() const { return m_language; }

    // Measurable verbs of a level in their base form, the most useful first.
    QStringList verbs(BloomLevel level) const { return m_measurable.value(level); }
    // Every vague or measurable verb in the statement, in reading order. Inflected forms count
    // ("calculates", "ranking", „berechnet“, « calculé », "berekent"); a longer phrase wins over
    // a shorter one at the same place. Elided articles (« d'identifier ») do not hide a verb.
    QList<Match> find(const QString &statement) const;

private:
    struct Phrase;
    // Where the words of the phrase stand in the tokens from `first` on; empty when it is not there.
    template <typename Tokens>
    static QList<qsizetype> locate(const Phrase &phrase, const Tokens &tokens, qsizetype first);

private:
    explicit BloomVerbs(const QString &language);
    void addPhrases(const char *commaSeparated, BloomLevel level, bool vague);
    // `suggest`: the phrase is one of the level's verbs offered to designers (not a variant
    // such as the split form of a separable verb).
    void addPhrase(Phrase phrase, bool suggest);
    QStringList forms(const QString &word) const;

    struct Phrase {
        QStringList base; // lower case, as a person would write it
        QList<QSet<QString>> forms; // per word: every form that counts
        QList<int> gaps; // per word: how many words may stand before it (a particle)
        BloomLevel level;
        bool vague;
    };
    QString m_language;
    QList<Phrase> m_phrases;
    QHash<QString, QList<int>> m_byFirstWordForm; // every form of a first word → phrases
    QHash<BloomLevel, QStringList> m_measurable;
};

} // namespace bw
