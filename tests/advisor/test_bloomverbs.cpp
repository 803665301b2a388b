// SPDX-License-Identifier: GPL-3.0-or-later
// Measurable verbs in the languages a plan can be written in: realistic objective statements a
// designer writes, judged by the verbs of the plan's language.
#include "advisor/advisor.h"
#include "advisor/bloomverbs.h"
#include "advisorfixture.h"
#include "document/document.h"
#include "qtprint.h"

using namespace bw;
using namespace bw::test;
using namespace Qt::StringLiterals;

namespace {

// The advisor's finding on one objective with that statement in a plan of that language.
std::optional<Finding> measurability(const QString &language, const QString &statement)
{
    Project p = cleanProject();
    p.info.language = language;
    p.objectives[0].statement = statement;
    for (const Finding &f : runAdvisor(p))
        if (f.ruleId == u"objective-not-measurable"_s)
            return f;
    return std::nullopt;
}

void requireMeasurable(const QString &language, const QStringList &statements)
{
    for (const QString &statement : statements) {
        CAPTURE(language, statement);
        const auto f = measurability(language, statement);
        CHECK_FALSE(f.has_value());
        if (f)
            UNSCOPED_INFO(f->message.toStdString());
    }
}

void requireVague(const QString &language, const QStringList &statements)
{
    for (const QString &statement : statements) {
        CAPTURE(language, statement);
        const auto f = measurability(language, statement);
        REQUIRE(f.has_value());
        CHECK(f->message.contains(u"is not measurable"_s));
    }
}

// The phrase the verb lists find first in the statement, as written.
QString firstMatch(const QString &language, const QString &statement)
{
    const auto matches = BloomVerbs::forLanguage(language).find(statement);
    return matches.isEmpty() ? QString() : statement.mid(matches[0].position, matches[0].length);
}

} // namespace

TEST_CASE("English: the full Bloom lists, phrasal verbs and their inflections")
{
    requireMeasurable(u"en"_s,
        { u"Log every customer call in the CRM within 24 hours"_s,
            u"Find and share one piece of market news each week"_s,
            u"Calculate the monthly commission from a sales report"_s,
            u"Present the product range to a buyer in five minutes"_s,
            u"Rank the five most common objections by how often you hear them"_s,
            u"Set up a demo account for a new customer"_s, u"Carry out a needs analysis with a customer"_s,
            u"Role-play a price negotiation with a difficult buyer"_s,
            u"New reps will have logged their first ten calls by the end of week two"_s,
            u"Prioritise the accounts of a territory by potential"_s,
            u"Draft a follow-up e-mail after a first meeting"_s, u"Raise a purchase order for a new supplier"_s,
            u"Break a project down into work packages with owners and dates"_s,
            u"Justify a discount to the sales director"_s });
    requireVague(u"en"_s,
        { u"Know the company's product range"_s, u"Be familiar with the CRM"_s, u"Understands the commission plan"_s,
            u"Gain insight into the customer journey"_s, u"Appreciate the value of a good discovery call"_s });

    CHECK(firstMatch(u"en"_s, u"Reps are setting up their accounts"_s) == u"setting up"_s);
    // A particle may stand after the object: "break a project down", "set the account up".
    CHECK(firstMatch(u"en"_s, u"Break a project down into work packages"_s) == u"Break a project down"_s);
    CHECK(firstMatch(u"en"_s, u"Set the demo account up for a customer"_s) == u"Set the demo account up"_s);
    CHECK(firstMatch(u"en"_s, u"Carry the analysis out"_s) == u"Carry the analysis out"_s);
    CHECK_FALSE(BloomVerbs::forLanguage(u"en"_s).find(u"Break a project down"_s).value(0).baseForm);
    CHECK(firstMatch(u"en"_s, u"She found and shared three articles"_s) == u"found and shared"_s);
    CHECK(firstMatch(u"en"_s, u"Calls logged in the CRM"_s) == u"logged"_s);
    CHECK(firstMatch(u"en"_s, u"Role-playing a call"_s) == u"Role-playing"_s);
    CHECK(firstMatch(u"en"_s, u"Use the know-how of colleagues"_s) == u"Use"_s);
    const auto rank = BloomVerbs::forLanguage(u"en"_s).find(u"rank the risks"_s);
    REQUIRE(rank.size() == 1);
    CHECK(rank[0].level == BloomLevel::Evaluate);
    CHECK(rank[0].baseForm);
    CHECK_FALSE(BloomVerbs::forLanguage(u"en"_s).find(u"ranked the risks"_s).value(0).baseForm);
}

TEST_CASE("German: infinitives, conjugated and separable verbs")
{
    requireMeasurable(u"de"_s,
        { u"Die Teilnehmenden können ein Kundengespräch strukturiert durchführen."_s,
            u"Jeden Kundenanruf innerhalb von 24 Stunden im CRM protokollieren"_s,
            u"Die monatliche Provision aus einem Verkaufsbericht berechnen"_s,
            u"Das Produktportfolio in fünf Minuten präsentieren"_s,
            u"Jede Woche eine Marktnachricht finden und teilen"_s,
            u"Die häufigsten Einwände nach Häufigkeit in eine Rangfolge bringen"_s,
            u"In der Lage sein, eine Bedarfsanalyse durchzuführen"_s,
            u"Der Teilnehmer berechnet die Provision selbstständig"_s,
            u"Ein Demo-Konto für einen Neukunden einrichten"_s,
            u"Einen Rabatt gegenüber der Vertriebsleitung begründen"_s });
    requireVague(u"de"_s,
        { u"Die Produktpalette kennen"_s, u"Die Teilnehmenden verstehen das Provisionsmodell"_s,
            u"Sich mit dem CRM vertraut machen"_s, u"Sich der Datenschutzregeln bewusst sein"_s,
            u"Einen Überblick über die Vertriebsprozesse gewinnen"_s });

    CHECK(firstMatch(u"de"_s, u"Sie haben die Risiken aufgelistet"_s) == u"aufgelistet"_s);
    CHECK(firstMatch(u"de"_s, u"Anrufe werden protokolliert"_s) == u"protokolliert"_s);
    // A separable verb split over its clause, and its zu-infinitive.
    CHECK(firstMatch(u"de"_s, u"Die Teilnehmenden stellen ihre Ergebnisse der Gruppe vor"_s)
        == u"stellen ihre Ergebnisse der Gruppe vor"_s);
    CHECK(firstMatch(u"de"_s, u"Sie ordnen jedem Risiko eine Maßnahme zu"_s)
        == u"ordnen jedem Risiko eine Maßnahme zu"_s);
    CHECK(firstMatch(u"de"_s, u"Fähig sein, die Ergebnisse vorzustellen"_s) == u"vorzustellen"_s);
    requireMeasurable(u"de"_s, { u"Die Teilnehmenden stellen ihre Ergebnisse der Gruppe vor"_s });
    requireVague(u"de"_s, { u"Die neuen Mitarbeitenden lernen die Abläufe im Lager kennen"_s });
    // The fix keeps to the plan's language.
    const auto f = measurability(u"de"_s, u"Die Produktpalette kennen"_s);
    REQUIRE(f.has_value());
    CHECK(f->fixLabel == u"Replace “kennen” with “nennen”"_s);
    Project p = cleanProject();
    p.info.language = u"de"_s;
    p.objectives[0].statement = u"Die Produktpalette kennen"_s;
    Document doc(p);
    REQUIRE(applyFix(doc, *f));
    CHECK(doc.project().objectives[0].statement == u"Die Produktpalette nennen"_s);
}

TEST_CASE("French: infinitives, participles, elisions and compound verbs")
{
    requireMeasurable(u"fr"_s,
        { u"Consigner chaque appel client dans le CRM sous 24 heures"_s,
            u"Calculer la commission mensuelle à partir d'un rapport de ventes"_s,
            u"Être capable d'identifier les besoins du client"_s, u"Présenter la gamme de produits en cinq minutes"_s,
            u"Mettre en place un compte de démonstration pour un nouveau client"_s,
            u"Hiérarchiser les objections les plus fréquentes"_s,
            u"Rechercher et partager une actualité du marché chaque semaine"_s,
            u"Les participants rédigent un courriel de relance après un premier rendez-vous"_s,
            u"Jouer un jeu de rôle de négociation de prix"_s });
    requireVague(u"fr"_s,
        { u"Connaître la gamme de produits"_s, u"Comprendre le plan de commissionnement"_s,
            u"Les participants seront sensibilisés à la protection des données"_s, u"Se familiariser avec le CRM"_s,
            u"Maîtriser les bases de la négociation"_s });

    CHECK(firstMatch(u"fr"_s, u"Capable d’identifier les risques"_s) == u"identifier"_s);
    CHECK(firstMatch(u"fr"_s, u"Les risques sont énumérés"_s) == u"énumérés"_s);
    CHECK(firstMatch(u"fr"_s, u"Il complète le formulaire"_s) == u"complète"_s);
    const auto f = measurability(u"fr"_s, u"Connaître la gamme de produits"_s);
    REQUIRE(f.has_value());
    CHECK(f->fixLabel == u"Replace “Connaître” with “énumérer”"_s);
}

TEST_CASE("Dutch: infinitives, conjugated and separable verbs")
{
    requireMeasurable(u"nl"_s,
        { u"Elk klantgesprek binnen 24 uur in het CRM registreren"_s,
            u"De maandelijkse commissie berekenen aan de hand van een verkooprapport"_s,
            u"Het productaanbod in vijf minuten presenteren"_s, u"Een demo-account opzetten voor een nieuwe klant"_s,
            u"De vijf meest voorkomende bezwaren rangschikken"_s, u"Wekelijks een marktnieuwtje vinden en delen"_s,
            u"De deelnemer berekent de commissie zelfstandig"_s, u"De nieuwe wet toepassen op een klantdossier"_s,
            u"Een prijsonderhandeling naspelen"_s });
    requireVague(u"nl"_s,
        { u"Het productaanbod kennen"_s, u"Inzicht krijgen in het commissieplan"_s,
            u"De deelnemers begrijpen de prijsopbouw"_s, u"Bekend met de CRM-procedures"_s });

    CHECK(firstMatch(u"nl"_s, u"De risico's zijn opgesomd"_s) == u"opgesomd"_s);
    CHECK(firstMatch(u"nl"_s, u"Zij maakt een offerte"_s) == u"maakt"_s);
    // Separable verbs: split, and with "te".
    CHECK(firstMatch(u"nl"_s, u"Zij zetten het demo-account op"_s) == u"zetten het demo-account op"_s);
    CHECK(firstMatch(u"nl"_s, u"In staat zijn om een demo-account op te zetten"_s) == u"op te zetten"_s);
    requireMeasurable(u"nl"_s, { u"In staat zijn om de vijf stappen op te sommen"_s });
    requireVague(u"nl"_s, { u"De nieuwe collega's maken kennis met het team"_s });
    CHECK(firstMatch(u"nl"_s, u"Het verslag is gepresenteerd"_s) == u"gepresenteerd"_s);
    const auto f = measurability(u"nl"_s, u"Het productaanbod kennen"_s);
    REQUIRE(f.has_value());
    CHECK(f->fixLabel == u"Replace “kennen” with “opsommen”"_s);
}

TEST_CASE("The plan's language picks the lists; an unknown language reads English")
{
    CHECK(BloomVerbs::forLanguage(u"de-CH"_s).language() == u"de"_s);
    CHECK(BloomVerbs::forLanguage(u"fr_BE"_s).language() == u"fr"_s);
    CHECK(BloomVerbs::forLanguage(u"NL"_s).language() == u"nl"_s);
    CHECK(BloomVerbs::forLanguage(u"es"_s).language() == u"en"_s);
    CHECK(BloomVerbs::forLanguage(QString()).language() == u"en"_s);
    CHECK(&BloomVerbs::forLanguage(u"de"_s) == &BloomVerbs::forLanguage(u"de-AT"_s));
    // Each language has measurable verbs at every level.
    for (const QString &language : { u"en"_s, u"de"_s, u"fr"_s, u"nl"_s })
        for (const BloomLevel level : { BloomLevel::Remember, BloomLevel::Understand, BloomLevel::Apply,
                 BloomLevel::Analyse, BloomLevel::Evaluate, BloomLevel::Create }) {
            CAPTURE(language, int(level));
            CHECK(BloomVerbs::forLanguage(language).verbs(level).size() >= 10);
        }
    // A Spanish plan is judged by the English verbs.
    CHECK_FALSE(measurability(u"es"_s, u"Calculate the commission"_s).has_value());
    CHECK(measurability(u"es"_s, u"Understand the commission"_s).has_value());
    // A German plan with an objective written in English is judged in English.
    const auto english = measurability(u"de"_s, u"Understand the commission plan"_s);
    REQUIRE(english.has_value());
    CHECK(english->fixLabel == u"Replace “Understand” with “explain”"_s);
    CHECK_FALSE(measurability(u"de"_s, u"Calculate the commission"_s).has_value());
    // A statement in the plan's language without any verb says so, with that language's verbs.
    const auto none = measurability(u"de"_s, u"Risiken internationaler Projekte"_s);
    REQUIRE(none.has_value());
    CHECK(none->message.contains(u"berechnen"_s));
}
