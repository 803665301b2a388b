// SPDX-License-Identifier: GPL-3.0-or-later
#include "bloomverbs.h"

#include "i18n/plantranslator.h"

#include <QCoreApplication>
#include <QMutex>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// Translators: each list is comma-separated; give the verbs of your language, in base form.
const char *const MeasurableVerbs[] = {
    QT_TRANSLATE_NOOP("bw::BloomVerbs",
        "list, define, name, identify, recall, recognise, recognize, state, label, "
        "match, quote, reproduce"),
    QT_TRANSLATE_NOOP("bw::BloomVerbs",
        "explain, classify, summarise, summarize, describe, discuss, interpret, "
        "illustrate, paraphrase, report, translate, give examples"),
    QT_TRANSLATE_NOOP("bw::BloomVerbs",
        "calculate, use, apply, demonstrate, solve, carry out, perform, implement, "
        "measure, present, prepare, complete, conduct, compute, operate, score, "
        "schedule, run"),
    QT_TRANSLATE_NOOP("bw::BloomVerbs",
        "compare, differentiate, contrast, analyse, analyze, distinguish, examine, "
        "categorise, categorize, investigate, diagnose, prioritise, prioritize, "
        "test, break down"),
    QT_TRANSLATE_NOOP("bw::BloomVerbs",
        "assess, rank, justify, evaluate, judge, critique, defend, recommend, argue, "
        "decide, select, appraise, choose, review"),
    QT_TRANSLATE_NOOP("bw::BloomVerbs",
        "design, produce, create, develop, plan, build, compose, construct, "
        "formulate, write, draft, devise, propose, generate, negotiate"),
};

// Vague verbs, grouped by the level whose measurable verbs say what was meant.
const struct {
    BloomLevel level;
    const char *phrases;
} VagueVerbs[] = {
    { BloomLevel::Remember,
        QT_TRANSLATE_NOOP("bw::BloomVerbs",
            "know, knowledge of, get to know, be familiar with, become familiar with, "
            "familiarity with, be acquainted with, be aware of, become aware of, "
            "awareness of, realise, realize") },
    { BloomLevel::Understand,
        QT_TRANSLATE_NOOP("bw::BloomVerbs",
            "understand, understanding of, have an understanding of, comprehend, "
            "grasp, learn about, gain insight into") },
    { BloomLevel::Evaluate, QT_TRANSLATE_NOOP("bw::BloomVerbs", "appreciate, believe in") },
};

// The forms an English verb takes in an objective: "rank", "ranks", "ranked", "ranking",
// "analyse" → "analysing", "identify" → "identifies". Other languages at least match the base form.
QStringList wordForms(const QString &word)
{
    QStringList forms { word, word + u's', word + u"es"_s, word + u'd', word + u"ed"_s, word + u"ing"_s };
    if (word.endsWith(u'e'))
        forms.append(word.chopped(1) + u"ing"_s);
    if (word.endsWith(u'y'))
        forms.append({ word.chopped(1) + u"ies"_s, word.chopped(1) + u"ied"_s });
    return forms;
}

struct Token {
    qsizetype position;
    qsizetype length;
    QString lower;
};

QList<Token> tokenize(const QString &text)
{
    // Hyphens and apostrophes stay inside a word so that "know-how" is not the verb "know".
    auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'\'' || c == u'’'; };
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && isWordChar(text.at(i)))
            ++i;
        tokens.append({ start, i - start, text.mid(start, i - start).toLower() });
    }
    return tokens;
}

} // namespace

const BloomVerbs &BloomVerbs::instance()
{
    // The verbs of the language in effect — the plan's while a plan is built (possibly on a
    // worker thread), else the interface's — read once per language. The translation of the
    // first list tells the languages apart without asking which translator is installed.
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<const BloomVerbs>> byLanguage;
    const QString key = planTr("bw::BloomVerbs", MeasurableVerbs[0]);
    const QMutexLocker lock(&mutex);
    auto &verbs = byLanguage[key];
    if (!verbs)
        verbs.reset(new BloomVerbs);
    return *verbs;
}

BloomVerbs::BloomVerbs()
{
    const BloomLevel levels[] = { BloomLevel::Remember, BloomLevel::Understand, BloomLevel::Apply, BloomLevel::Analyse,
        BloomLevel::Evaluate, BloomLevel::Create };
    for (int i = 0; i < 6; ++i)
        addPhrases(MeasurableVerbs[i], levels[i], false);
    for (const auto &vague : VagueVerbs)
        addPhrases(vague.phrases, vague.level, true);
}

void BloomVerbs::addPhrases(const char *commaSeparated, BloomLevel level, bool vague)
{
    // The English verbs always count (a plan may be written in English whatever the user's
    // language), and the translated ones too.
    QString phrases = QString::fromUtf8(commaSeparated);
    const QString translated = planTr("bw::BloomVerbs", commaSeparated);
    if (translated != phrases)
        phrases += u',' + translated;
    for (const QString &entry : phrases.split(u',', Qt::SkipEmptyParts)) {
        const QString phrase = entry.trimmed().toLower();
        if (phrase.isEmpty())
            continue;
        if (!vague)
            m_measurable[level].append(phrase);
        const int index = int(m_phrases.size());
        m_phrases.append({ phrase.split(u' ', Qt::SkipEmptyParts), level, vague });
        for (const QString &form : wordForms(m_phrases.last().words.first()))
            m_byFirstWordForm[form].append(index);
    }
}

QList<BloomVerbs::Match> BloomVerbs::find(const QString &statement) const
{
    const QList<Token> tokens = tokenize(statement);
    QList<Match> matches;
    for (qsizetype t = 0; t < tokens.size();) {
        const auto candidates = m_byFirstWordForm.constFind(tokens[t].lower);
        const Phrase *best = nullptr;
        if (candidates != m_byFirstWordForm.cend()) {
            for (const int index : *candidates) {
                const Phrase &phrase = m_phrases[index];
                const qsizetype n = phrase.words.size();
                if (t + n > tokens.size() || (best && best->words.size() >= n))
                    continue;
                bool rest = true;
                for (qsizetype k = 1; k < n && rest; ++k)
                    rest = tokens[t + k].lower == phrase.words[k];
                if (rest)
                    best = &phrase;
            }
        }
        if (!best) {
            ++t;
            continue;
        }
        const Token &last = tokens[t + best->words.size() - 1];
        matches.append(
            { tokens[t].position, last.position + last.length - tokens[t].position, best->level, best->vague });
        t += best->words.size();
    }
    return matches;
}

} // namespace bw
