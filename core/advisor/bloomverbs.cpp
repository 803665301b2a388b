// SPDX-License-Identifier: GPL-3.0-or-later
#include "bloomverbs.h"

#include <QMutex>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// How the lists are written: phrases separated by commas, words by spaces. A word written
// "base/form/form" counts in exactly those forms (irregular verbs, and words that must not be
// inflected because a form would be a common noun); any other word counts in the regular forms
// of its language. "pre|verb" is a separable verb of German or Dutch, written joined
// ("durchführen"), also counted with its "zu" infinitive and participle ("durchzuführen",
// "durchgeführt"). "~word" is a particle that may stand a few words after the verb ("break a
// project down" for "break ~down"). Within a level the most useful verbs come first: they are the suggestions.
struct LanguageLists {
    const char *language;
    const char *measurable[6]; // Remember … Create
    const char *vague[4]; // Remember, Understand, Apply, Evaluate
};

const LanguageLists Lists[] = {
    { "en",
        {
            // Remember
            "list, name, define, identify, recall, recognise, recognize, state, label, match, quote, "
            "reproduce, repeat, locate, find, look ~up, memorise, memorize, point ~out, spot, retrieve, "
            "tell/tells/told/telling",
            // Understand
            "explain, classify, summarise, summarize, describe, discuss, interpret, illustrate, paraphrase, "
            "report, translate, give/gives/gave/given/giving examples, outline, restate, rephrase, relate, "
            "infer, predict, clarify, sort, group",
            // Apply
            "calculate, use, apply, demonstrate, present, solve, carry ~out, perform, implement, measure, "
            "prepare, complete, conduct, compute, operate, score, schedule, run/runs/ran/running, execute, "
            "practise, practice, role-play, set/sets/setting ~up, fill ~in, fill ~out, configure, install, log, "
            "record, enter, handle, show/shows/showed/shown/showing, pitch, deliver, facilitate, "
            "lead/leads/led/leading, share, post, upload, find/finds/found/finding and share, "
            "find/finds/found/finding and post, process, answer, respond to, estimate, book, raise, submit, issue, "
            "send/sends/sent/sending, place/places/placed/placing",
            // Analyse
            "compare, analyse, analyze, differentiate, contrast, distinguish, examine, categorise, "
            "categorize, investigate, diagnose, prioritise, prioritize, test, break/breaks/broke/broken/"
            "breaking ~down, map ~out, deconstruct, organise, organize, troubleshoot, trace, audit, inspect, "
            "detect, question",
            // Evaluate
            "assess, rank, justify, evaluate, judge, critique, defend, recommend, argue, decide, select, "
            "appraise, choose/chooses/chose/chosen/choosing, review, rate, verify, check, validate, grade, "
            "weigh, challenge, give/gives/gave/given/giving feedback, conclude",
            // Create
            "design, produce, create, develop, plan, build/builds/built/building, compose, construct, "
            "formulate, write/writes/wrote/written/writing, draft, devise, propose, generate, negotiate, "
            "invent, assemble, author, compile, come/comes/came/coming up with, put/puts/putting ~together, "
            "adapt, redesign, modify, combine, prototype, script, storyboard",
        },
        {
            "know/knows/knew/known/knowing, knowledge of, get/gets/got/getting to know, be familiar with, "
            "become familiar with, familiarity with, be acquainted with, be aware of, become aware of, "
            "awareness of, realise, realize",
            "understand/understands/understood/understanding, understanding of, have an understanding of, "
            "comprehend, grasp, learn about, gain insight into, gain an insight into, get a feel for",
            "",
            "appreciate, believe/believes/believed in",
        } },
    { "de",
        {
            // Erinnern
            "nennen/nennt/nannte/nannten/genannt, auf|listen, auf|zählen, benennen/benennt/benannt, definieren, "
            "identifizieren, wieder|geben/wiedergegeben/wiedergibt, erkennen/erkennt/erkannt, beschriften, "
            "zu|ordnen, zitieren, an|geben/angegeben/angibt, finden/findet/fand/gefunden, nach|schlagen/"
            "nachgeschlagen, wiederholen, lokalisieren",
            // Verstehen
            "erklären, erläutern, beschreiben/beschreibt/beschrieben, zusammen|fassen, klassifizieren, "
            "diskutieren, interpretieren, veranschaulichen, dar|stellen, umschreiben/umschrieben, berichten, "
            "übersetzen, Beispiele geben/nennen, ein|ordnen, ab|leiten, vorher|sagen, sortieren",
            // Anwenden
            "berechnen, an|wenden/angewandt, nutzen, verwenden/verwandt, durch|führen, präsentieren, "
            "demonstrieren, vor|führen, lösen, aus|führen, um|setzen, messen/misst/gemessen, vor|stellen, "
            "vor|bereiten, aus|füllen, bedienen, ein|richten, protokollieren, dokumentieren, erfassen, "
            "ein|setzen, üben, simulieren, im Rollenspiel, Rollenspiel durchführen, ein|tragen/eingetragen, "
            "führen, leiten, moderieren, teilen, posten, hoch|laden/hochgeladen, finden und teilen, "
            "recherchieren und teilen, beantworten, schätzen, konfigurieren, installieren, "
            "ab|schließen/abgeschlossen, bearbeiten, erledigen, pitchen",
            // Analysieren
            "vergleichen/vergleicht/verglichen, analysieren, unterscheiden/unterscheidet/unterschieden, "
            "gegenüber|stellen, untersuchen, kategorisieren, diagnostizieren, priorisieren, testen, prüfen, "
            "zerlegen, gliedern, ermitteln, strukturieren, auditieren, inspizieren, hinterfragen",
            // Bewerten
            "bewerten, beurteilen, begründen, ein|stufen, evaluieren, kritisieren, verteidigen, "
            "empfehlen/empfiehlt/empfohlen, argumentieren, entscheiden/entscheidet/entschieden, aus|wählen, "
            "ab|wägen/abgewogen, überprüfen, validieren, ranken, in eine Rangfolge bringen, Feedback geben",
            // Erschaffen
            "entwerfen/entwirft/entworfen, erstellen, gestalten, entwickeln, planen, verfassen, produzieren, "
            "bauen, konstruieren, formulieren, schreiben/schreibt/schrieb/geschrieben, konzipieren, "
            "vor|schlagen/vorgeschlagen/vorschlägt, generieren, verhandeln, aus|arbeiten, erarbeiten, "
            "erfinden/erfunden, zusammen|stellen, an|passen, kombinieren",
        },
        {
            "kennen/kennt/kennst/kannte/kannten/gekannt, kennen|lernen, "
            "wissen/weiß/weiss/wisst/wusste/wussten/gewusst, Wissen über, Kenntnis/Kenntnisse von, "
            "Kenntnis/Kenntnisse über, vertraut sein/ist/sind/machen/werden, bewusst sein/ist/sind/werden/wird, "
            "Bewusstsein für, sensibilisieren, sensibilisiert, Überblick über, Einblick/Einblicke in",
            "verstehen/versteht/verstand/verstanden/verstehend, Verständnis für, Verständnis von, "
            "begreifen/begreift/begriff/begriffen, nach|vollziehen/nachvollzogen, lernen über, "
            "Einsicht/Einsichten in",
            "beherrschen/beherrscht",
            "wert|schätzen, schätzen lernen, glauben an",
        } },
    { "fr",
        {
            // Se souvenir
            "énumérer, lister, nommer, définir, identifier, citer, reconnaître/reconnaît/reconnaissent/"
            "reconnu/reconnue/reconnus, rappeler, repérer, étiqueter, associer, reproduire/reproduit/"
            "reproduisent, retrouver, localiser",
            // Comprendre
            "expliquer, résumer, décrire/décrit/décrivent/décrite, classifier, discuter, interpréter, "
            "illustrer, reformuler, rendre/rend/rendent/rendu compte, traduire/traduit/traduisent, "
            "donner/donne/donnent/donné des exemples, situer, déduire/déduit/déduisent, prédire/prédit",
            // Appliquer
            "calculer, utiliser, appliquer, présenter, démontrer, résoudre/résout/résolvent/résolu, réaliser, "
            "effectuer, exécuter, mettre/met/mettent/mis/mise en place, mettre/met/mettent/mis/mise en œuvre, "
            "mettre/met/mettent/mis/mise en oeuvre, mettre/met/mettent/mis/mise en pratique, mesurer, "
            "préparer, compléter, remplir, conduire/conduit/conduisent, mener, animer, consigner, "
            "enregistrer, saisir, jouer un jeu de rôle, jouer/joue/jouent des jeux de rôle, simuler, "
            "configurer, paramétrer, partager, publier, rechercher et partager, trouver et partager, "
            "répondre/répond/répondent, estimer, traiter, pratiquer, manipuler, installer",
            // Analyser
            "comparer, analyser, différencier, distinguer, opposer, examiner, catégoriser, enquêter, "
            "diagnostiquer, prioriser, tester, décomposer, cartographier, auditer, structurer, "
            "questionner, détecter",
            // Évaluer
            "évaluer, justifier, juger, hiérarchiser, classer, critiquer, défendre, recommander, argumenter, "
            "décider, sélectionner, choisir, vérifier, valider, noter, arbitrer, trancher, "
            "donner/donne/donnent/donné un retour",
            // Créer
            "concevoir/conçoit/conçoivent/conçu/conçue/conçus, produire/produit/produisent, créer, élaborer, "
            "rédiger, développer, planifier, construire/construit/construisent, composer, formuler, "
            "écrire/écrit/écrivent/écrite, proposer, générer, négocier, inventer, imaginer, "
            "mettre/met/mettent/mis/mise au point, bâtir, adapter, assembler",
        },
        {
            "connaître/connaît/connaissent/connu/connue/connus/connaissant, connaitre/connait, "
            "connaissance/connaissances de, sensibiliser, prendre/prend/prennent/pris conscience, "
            "avoir/a/ont conscience, familiariser, découvrir/découvre/découvrent/découvert",
            "comprendre/comprend/comprennent/compris/comprise/comprenant, compréhension de, "
            "compréhension du, compréhension des, appréhender, approprier",
            "maîtriser, maitriser",
            "apprécier la valeur",
        } },
    { "nl",
        {
            // Onthouden
            "op|sommen/opgesomd, noemen, benoemen, definiëren, identificeren, herkennen, aan|wijzen/"
            "aangewezen/wijst aan, citeren, reproduceren, koppelen, vinden/vindt/vond/gevonden, op|zoeken/"
            "opgezocht, herhalen, lokaliseren",
            // Begrijpen
            "uit|leggen/uitgelegd, verklaren, beschrijven/beschrijft/beschreef/beschreven, samen|vatten, "
            "classificeren, in|delen, bespreken/bespreekt/besprak/besproken, interpreteren, illustreren, "
            "parafraseren, rapporteren, vertalen, voorbeelden geven/noemen, toe|lichten, voorspellen, "
            "sorteren",
            // Toepassen
            "berekenen, gebruiken, toe|passen, presenteren, demonstreren, op|lossen/opgelost, uit|voeren, "
            "meten/meet/mat/gemeten, voor|bereiden, in|vullen, af|ronden, bedienen, in|richten, op|zetten, "
            "bij|houden/bijgehouden, registreren, loggen, vast|leggen, rollenspel spelen, naspelen, "
            "uit|spelen, leiden, begeleiden, delen, posten, uploaden, vinden en delen, zoeken en delen, "
            "beantwoorden, schatten, configureren, installeren, verwerken, oefenen, pitchen, voeren, "
            "afhandelen/handelt af/afgehandeld",
            // Analyseren
            "vergelijken/vergelijkt/vergeleek/vergeleken, analyseren, onderscheiden/onderscheidt, "
            "onderzoeken/onderzoekt/onderzocht, categoriseren, diagnosticeren, prioriteren, testen, "
            "ontleden, structureren, in kaart brengen/brengt/gebracht, auditen, controleren, "
            "bevragen",
            // Evalueren
            "beoordelen, evalueren, rangschikken, rechtvaardigen, onderbouwen, beargumenteren, bekritiseren, "
            "verdedigen, aan|bevelen/aanbevolen/beveelt aan, adviseren, beslissen/beslist/besloot/besloten, "
            "kiezen/kiest/koos/gekozen, selecteren, toetsen, waarderen, feedback geven",
            // Creëren
            "ontwerpen/ontwerpt/ontwierp/ontworpen, maken/maakt/maakte/gemaakt, op|stellen, ontwikkelen, "
            "produceren, creëren, plannen, bouwen, samen|stellen, construeren, formuleren, schrijven/schrijft/"
            "schreef/geschreven, bedenken/bedenkt/bedacht, voor|stellen, genereren, onderhandelen, "
            "uit|werken, uit|vinden/uitgevonden, aan|passen, combineren",
        },
        {
            "kennen/kent/kende/kenden/gekend, weten/weet/wist/wisten/geweten, kennis van, "
            "kennis|maken/kennisgemaakt, bekend met, vertrouwd met, bewust van, bewust worden/zijn",
            "begrijpen/begrijpt/begreep/begrepen, inzicht in, inzicht krijgen/hebben/verwerven, "
            "snappen/snapt/gesnapt, begrip van, begrip hebben",
            "beheersen/beheerst",
            "appreciëren",
        } },
};

const BloomLevel Levels[] = { BloomLevel::Remember, BloomLevel::Understand, BloomLevel::Apply, BloomLevel::Analyse,
    BloomLevel::Evaluate, BloomLevel::Create };
const BloomLevel VagueLevels[]
    = { BloomLevel::Remember, BloomLevel::Understand, BloomLevel::Apply, BloomLevel::Evaluate };

bool isVowel(QChar c)
{
    return QStringView(u"aeiouyàâäéèêëîïôöûüœ").contains(c);
}

QStringList englishForms(const QString &w)
{
    QStringList forms { w, w + u's', w + u"es"_s, w + u'd', w + u"ed"_s, w + u"ing"_s };
    if (w.endsWith(u'e'))
        forms.append(w.chopped(1) + u"ing"_s);
    if (w.endsWith(u'y'))
        forms.append(QStringList { w.chopped(1) + u"ies"_s, w.chopped(1) + u"ied"_s });
    // "log" → "logged", "plan" → "planning": a short final syllable doubles its consonant.
    const qsizetype n = w.size();
    if (n >= 3 && !isVowel(w.at(n - 1)) && !QStringView(u"wxy").contains(w.at(n - 1)) && isVowel(w.at(n - 2))
        && !isVowel(w.at(n - 3)))
        forms.append(QStringList { w + w.back() + u"ed"_s, w + w.back() + u"ing"_s });
    return forms;
}

QStringList germanForms(const QString &w)
{
    QString stem;
    if (w.endsWith(u"en"_s) && w.size() > 3)
        stem = w.chopped(2);
    else if ((w.endsWith(u"ln"_s) || w.endsWith(u"rn"_s)) && w.size() > 3)
        stem = w.chopped(1);
    else
        return { w };
    QStringList forms { w, w + u'd' };
    for (const char *ending : { "e", "st", "t", "et", "est", "te", "ten", "tet", "ete", "eten" })
        forms.append(stem + QLatin1String(ending));
    forms.append(QStringList { u"ge"_s + stem + u't', u"ge"_s + stem + u"et"_s });
    return forms;
}

QStringList frenchForms(const QString &w)
{
    if (w.size() <= 3)
        return { w };
    const QString stem = w.chopped(2);
    QStringList forms { w };
    if (w.endsWith(u"er"_s)) {
        for (const char *ending :
            { "e", "es", "ent", "ez", "ons", "é", "ée", "és", "ées", "ant", "era", "eront", "erait", "eraient" })
            forms.append(stem + QString::fromUtf8(ending));
        // "énumérer" → "énumère", "compléter" → "complète".
        const qsizetype accent = stem.lastIndexOf(u'é');
        if (accent > 0 && accent >= stem.size() - 3) {
            QString grave = stem;
            grave[accent] = u'è';
            forms.append(QStringList { grave + u'e', grave + u"es"_s, grave + u"ent"_s });
        }
    } else if (w.endsWith(u"ir"_s)) {
        for (const char *ending :
            { "is", "it", "issons", "issez", "issent", "i", "ie", "ies", "issant", "ira", "iront", "irait" })
            forms.append(stem + QLatin1String(ending));
    } else if (w.endsWith(u"re"_s)) {
        for (const char *ending : { "s", "t", "ent", "ons", "ez", "u", "ue", "ant", "ra", "ront" })
            forms.append(stem + QLatin1String(ending));
    }
    return forms;
}

QStringList dutchForms(const QString &w)
{
    if (!w.endsWith(u"en"_s) || w.size() <= 4)
        return { w };
    QString stem = w.chopped(2);
    const qsizetype n = stem.size();
    if (n >= 2 && stem.at(n - 1) == stem.at(n - 2) && !isVowel(stem.at(n - 1)))
        stem.chop(1); // "opsommen" → "som"
    if (stem.endsWith(u'z'))
        stem.back() = u's';
    else if (stem.endsWith(u'v'))
        stem.back() = u'f';
    QStringList stems { stem };
    // An open syllable keeps its long vowel in the stem: "maken" → "maak", "presenteren" → "presenteer".
    const qsizetype m = stem.size();
    if (m >= 3 && !isVowel(stem.at(m - 1)) && isVowel(stem.at(m - 2)) && !isVowel(stem.at(m - 3)))
        stems.append(stem.left(m - 1) + stem.at(m - 2) + stem.at(m - 1));
    QStringList forms { w, w + u'd' };
    for (const QString &s : stems)
        forms.append(QStringList { s, s + u't', s + u'd', s + u"de"_s, s + u"te"_s, s + u"den"_s, s + u"ten"_s,
            u"ge"_s + s + u'd', u"ge"_s + s + u't' });
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
    auto isApostrophe = [](QChar c) { return c == u'\'' || c == u'’'; };
    auto isWordChar = [&](QChar c) { return c.isLetterOrNumber() || c == u'-' || isApostrophe(c); };
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype start = i;
        while (i < text.size() && isWordChar(text.at(i)))
            ++i;
        // An elided article or pronoun is not part of the word: « d'identifier », « qu'ils ».
        for (qsizetype k = start + 1; k <= start + 2 && k < i - 2; ++k) {
            if (isApostrophe(text.at(k))) {
                start = k + 1;
                break;
            }
            if (!text.at(k).isLetter())
                break;
        }
        tokens.append({ start, i - start, text.mid(start, i - start).toLower() });
    }
    return tokens;
}

QString normalLanguage(const QString &language)
{
    const QString code = language.left(2).toLower();
    for (const LanguageLists &lists : Lists)
        if (code == QLatin1String(lists.language))
            return code;
    return u"en"_s;
}

} // namespace

const BloomVerbs &BloomVerbs::forLanguage(const QString &language)
{
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<const BloomVerbs>> byLanguage;
    const QString code = normalLanguage(language);
    const QMutexLocker lock(&mutex);
    auto &verbs = byLanguage[code];
    if (!verbs)
        verbs.reset(new BloomVerbs(code));
    return *verbs;
}

BloomVerbs::BloomVerbs(const QString &language)
    : m_language(language)
{
    for (const LanguageLists &lists : Lists) {
        if (language != QLatin1String(lists.language))
            continue;
        for (int i = 0; i < 6; ++i)
            addPhrases(lists.measurable[i], Levels[i], false);
        for (int i = 0; i < 4; ++i)
            addPhrases(lists.vague[i], VagueLevels[i], true);
    }
}

QStringList BloomVerbs::forms(const QString &word) const
{
    if (m_language == u"de"_s)
        return germanForms(word);
    if (m_language == u"fr"_s)
        return frenchForms(word);
    if (m_language == u"nl"_s)
        return dutchForms(word);
    return englishForms(word);
}

void BloomVerbs::addPhrase(Phrase phrase, bool suggest)
{
    if (phrase.base.isEmpty())
        return;
    if (suggest && !phrase.vague)
        m_measurable[phrase.level].append(phrase.base.join(u' '));
    const int index = int(m_phrases.size());
    for (const QString &form : std::as_const(phrase.forms.first()))
        m_byFirstWordForm[form].append(index);
    m_phrases.append(std::move(phrase));
}

void BloomVerbs::addPhrases(const char *commaSeparated, BloomLevel level, bool vague)
{
    // "break a project down": an English particle a few words after its verb.
    constexpr int ParticleGap = 3;
    // „führt mit dem Kunden eine Bedarfsanalyse durch“: the particle of a separable verb closes
    // the clause, often further away.
    constexpr int SeparableGap = 6;
    for (const QString &entry : QString::fromUtf8(commaSeparated).split(u',', Qt::SkipEmptyParts)) {
        const QStringList words = entry.trimmed().toLower().split(u' ', Qt::SkipEmptyParts);
        Phrase phrase { {}, {}, {}, level, vague };
        for (const QString &written : words) {
            const bool detached = written.startsWith(u'~');
            QStringList explicitForms = (detached ? written.mid(1) : written).split(u'/', Qt::SkipEmptyParts);
            const QString base = explicitForms.takeFirst();
            const qsizetype bar = base.indexOf(u'|');
            QSet<QString> wordForms;
            if (bar > 0) {
                const QString prefix = base.left(bar);
                const QString verb = base.mid(bar + 1);
                for (const QString &form : forms(verb))
                    wordForms.insert(prefix + form);
                if (m_language == u"de"_s)
                    wordForms.insert(prefix + u"zu"_s + verb);
                if (words.size() == 1) {
                    // Split: „Sie führen die Analyse durch“, "zij voeren de analyse uit".
                    QSet<QString> verbForms;
                    for (const QString &form : forms(verb))
                        verbForms.insert(form);
                    addPhrase(
                        { { verb, prefix }, { verbForms, { prefix } }, { 0, SeparableGap }, level, vague }, false);
                    // Dutch "te" infinitive: "een account op te zetten".
                    if (m_language == u"nl"_s)
                        addPhrase({ { prefix, u"te"_s, verb }, { { prefix }, { u"te"_s }, { verb } }, { 0, 0, 0 },
                                      level, vague },
                            false);
                }
            } else if (explicitForms.isEmpty()) {
                for (const QString &form : forms(base))
                    wordForms.insert(form);
            }
            const QString joined = QString(base).remove(u'|');
            wordForms.insert(joined);
            for (const QString &form : std::as_const(explicitForms))
                wordForms.insert(form);
            phrase.base.append(joined);
            phrase.forms.append(wordForms);
            phrase.gaps.append(detached && !phrase.gaps.isEmpty() ? ParticleGap : 0);
        }
        addPhrase(std::move(phrase), true);
    }
}

template <typename Tokens>
QList<qsizetype> BloomVerbs::locate(const Phrase &phrase, const Tokens &tokens, qsizetype first)
{
    QList<qsizetype> at { first };
    for (qsizetype k = 1; k < phrase.base.size(); ++k) {
        const qsizetype next = at.last() + 1;
        const qsizetype last = next + phrase.gaps[k];
        qsizetype found = -1;
        for (qsizetype j = next; j <= last && j < tokens.size() && found < 0; ++j)
            if (phrase.forms[k].contains(tokens[j].lower))
                found = j;
        if (found < 0)
            return {};
        at.append(found);
    }
    return at;
}

QList<BloomVerbs::Match> BloomVerbs::find(const QString &statement) const
{
    const QList<Token> tokens = tokenize(statement);
    QList<Match> matches;
    for (qsizetype t = 0; t < tokens.size();) {
        const auto candidates = m_byFirstWordForm.constFind(tokens[t].lower);
        const Phrase *best = nullptr;
        QList<qsizetype> bestAt;
        if (candidates != m_byFirstWordForm.cend()) {
            for (const int index : *candidates) {
                const Phrase &phrase = m_phrases[index];
                if (best && best->base.size() >= phrase.base.size())
                    continue;
                if (QList<qsizetype> at = locate(phrase, tokens, t); !at.isEmpty()) {
                    best = &phrase;
                    bestAt = std::move(at);
                }
            }
        }
        if (!best) {
            ++t;
            continue;
        }
        bool baseForm = true;
        for (qsizetype k = 0; k < bestAt.size() && baseForm; ++k)
            baseForm = tokens[bestAt[k]].lower == best->base[k];
        // A detached particle leaves words between: only an adjacent phrase can be replaced.
        baseForm = baseForm && bestAt.last() - t + 1 == bestAt.size();
        const Token &last = tokens[bestAt.last()];
        matches.append({ tokens[t].position, last.position + last.length - tokens[t].position, best->level, best->vague,
            baseForm });
        t = bestAt.last() + 1;
    }
    return matches;
}

} // namespace bw
