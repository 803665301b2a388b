// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped translations: complete, faithful to their placeholders and mnemonics, compiled in.
#include <catch2/catch.hpp>

#include "i18n/plantranslator.h"
#include "i18n/translations.h"
#include "plan/planmodel.h"
#include "plan/plantext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QString comment; // disambiguation, part of the key
    QStringList translations; // one, or the numerus forms
    bool finished = true;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "name"_L1)
                context = xml.readElementText();
            else if (name == "message"_L1)
                current = Message { context, {}, {}, {}, true };
            else if (name == "source"_L1)
                current.source = xml.readElementText();
            else if (name == "comment"_L1)
                current.comment = xml.readElementText();
            else if (name == "translation"_L1) {
                const auto type = xml.attributes().value("type"_L1);
                if (type == "obsolete"_L1 || type == "vanished"_L1)
                    current.finished = true, current.source.clear();
                else if (type == "unfinished"_L1)
                    current.finished = false;
                if (xml.attributes().value("type"_L1).isEmpty() || type == "unfinished"_L1) {
                    // Either plain text or <numerusform> children.
                    while (!(xml.isEndElement() && xml.name() == "translation"_L1)) {
                        xml.readNext();
                        if (xml.isStartElement() && xml.name() == "numerusform"_L1)
                            current.translations.append(xml.readElementText());
                        else if (xml.isCharacters() && !xml.isWhitespace())
                            current.translations.append(xml.text().toString());
                    }
                }
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1 && !current.source.isEmpty()) {
            messages.append(current);
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%[1-9n]"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

int mnemonics(const QString &text)
{
    // A single "&" before a letter; "&&" is a literal ampersand, "&amp;"-style entities are markup.
    static const QRegularExpression re(u"(?<!&)&(?!&)(?![a-zA-Z]+;)(?=\\w)"_s);
    int count = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

// The translations shipped with Blendwise: every resources/translations/blendwise_<code>.ts.
QStringList shippedLanguages()
{
    QStringList codes;
    const QDir dir(QStringLiteral(BLENDWISE_SOURCE_DIR "/resources/translations"));
    for (const QString &file : dir.entryList({ u"blendwise_*.ts"_s }, QDir::Files, QDir::Name))
        codes.append(file.mid(10, file.size() - 13)); // "blendwise_" … ".ts"
    return codes;
}

QString tsPath(const QString &code)
{
    return QStringLiteral(BLENDWISE_SOURCE_DIR "/resources/translations/blendwise_") + code + u".ts"_s;
}

// The translation of `source` in `context` as the .ts file in the source tree has it.
QString tsTranslation(const QList<Message> &messages, const QString &context, const QString &source)
{
    for (const Message &m : messages)
        if (m.context == context && m.source == source && m.comment.isEmpty() && m.translations.size() == 1)
            return m.translations.first();
    return {};
}

// A small programme with something in every section: objectives with a measure, activities
// in each phase with a tool, a dated in-class moment at 14:30 on 1 December 2026, community
// roles and rules, an evaluation plan.
bw::Project sampleProject(const QString &language)
{
    using namespace bw;
    Project p;
    p.info.title = u"Induction"_s;
    p.info.client = u"Acme"_s;
    p.info.language = language;
    p.info.rules = { u"Be kind."_s };
    p.info.evaluation = u"A survey after four weeks."_s;
    Tool forum;
    forum.id = 1;
    forum.name = u"Forum"_s;
    forum.type = ToolType::Community;
    forum.directions = { Direction::ManyToMany, Direction::OneToMany, Direction::ManyToOne };
    forum.benefit = u"Answers from colleagues."_s;
    p.tools = { forum };
    Moment day;
    day.id = 2;
    day.name = u"Bootcamp day 1"_s;
    day.start = QDateTime(QDate(2026, 12, 1), QTime(14, 30));
    day.minutes = 90;
    day.place = u"Room 4"_s;
    p.moments = { day };
    Role curator;
    curator.id = 3;
    curator.kind = RoleKind::Curator;
    curator.name = u"Ana"_s;
    curator.duties = u"Gathers the best posts."_s;
    p.roles = { curator };
    Objective o;
    o.id = 4;
    o.statement = u"Present the product range to a client"_s;
    o.measure = u"Pitch scored with the rubric"_s;
    Id id = 10;
    for (const Phase phase : { Phase::PreClass, Phase::InClass, Phase::PostClass }) {
        Activity a;
        a.id = id++;
        a.title = u"Step %1"_s.arg(a.id);
        a.phase = phase;
        a.direction = phase == Phase::PreClass ? Direction::OneToMany : Direction::ManyToMany;
        a.toolId = forum.id;
        a.duration = Duration::exact(30);
        a.momentId = day.id;
        a.offsetDays = phase == Phase::PreClass ? -3 : phase == Phase::PostClass ? 7 : 0;
        a.assessment = phase == Phase::PostClass ? Assessment::Summative : Assessment::None;
        o.activities.append(a);
    }
    p.objectives = { o };
    return p;
}

// Every text a plan shows: section titles, headings, paragraphs, fields, lists, table cells.
QStringList planTexts(const bw::plan::Plan &plan)
{
    using namespace bw::plan;
    QStringList texts { plan.cover.subtitle, plan.cover.dateText };
    for (const Section &s : plan.sections) {
        texts.append(s.title);
        for (const Block &block : s.blocks) {
            if (const auto *h = std::get_if<Heading>(&block))
                texts.append(h->text);
            else if (const auto *p = std::get_if<Paragraph>(&block))
                texts.append(p->text);
            else if (const auto *f = std::get_if<Fields>(&block))
                for (const Field &field : f->items)
                    texts << field.label << field.value;
            else if (const auto *l = std::get_if<List>(&block))
                texts.append(l->items);
            else if (const auto *t = std::get_if<Table>(&block)) {
                texts.append(t->header);
                for (const QStringList &row : t->rows)
                    texts.append(row);
            } else if (const auto *c = std::get_if<Chart>(&block))
                texts << c->title << c->valueAxis << c->categoryAxis;
        }
    }
    return texts;
}

const bw::plan::Section &section(const bw::plan::Plan &plan, const QString &key)
{
    const bw::plan::Section *s = plan.section(key);
    INFO(key.toStdString());
    REQUIRE(s != nullptr);
    return *s;
}

// The section headings of a plan in English, the source texts of PlanText::sectionTitle().
const QList<std::pair<QString, QString>> &englishSectionTitles()
{
    static const QList<std::pair<QString, QString>> titles {
        { u"summary"_s, u"Summary"_s },
        { u"blend"_s, u"The blend at a glance"_s },
        { u"flow"_s, u"Flow overview"_s },
        { u"sequences"_s, u"Learning sequences"_s },
        { u"schedule"_s, u"Schedule"_s },
        { u"tools"_s, u"Tools"_s },
        { u"community"_s, u"Community"_s },
        { u"evaluation"_s, u"Evaluation plan"_s },
        { u"review"_s, u"Design review"_s },
    };
    return titles;
}

} // namespace

TEST_CASE("Every shipped translation is complete and keeps placeholders and mnemonics", "[i18n]")
{
    const QStringList languages = shippedLanguages();
    REQUIRE(languages.contains(u"de"_s));
    REQUIRE(languages.contains(u"fr"_s));
    for (const QString &code : languages) {
        INFO("blendwise_" << code.toStdString() << ".ts");
        const QList<Message> messages = readTs(tsPath(code));
        REQUIRE(messages.size() > 500);
        int unfinished = 0;
        for (const Message &m : messages) {
            INFO(m.context.toStdString() << ": " << m.source.toStdString());
            CHECK(m.finished);
            unfinished += m.finished ? 0 : 1;
            REQUIRE_FALSE(m.translations.isEmpty());
            for (const QString &t : m.translations) {
                INFO("→ " << t.toStdString());
                CHECK_FALSE(t.trimmed().isEmpty());
                if (m.translations.size() > 1) // numerus forms each carry the count
                    CHECK(placeholders(t).contains(u"%n"_s) == placeholders(m.source).contains(u"%n"_s));
                else
                    CHECK(placeholders(t) == placeholders(m.source));
                CHECK(mnemonics(t) == mnemonics(m.source));
                if (m.source.contains(u'<') && m.source.contains(u'>')) // rich text keeps its markup
                    CHECK(QString(t).remove(QRegularExpression(u"[^<>/]"_s)).size()
                        == QString(m.source).remove(QRegularExpression(u"[^<>/]"_s)).size());
            }
        }
        CHECK(unfinished == 0);
    }
}

TEST_CASE("The translations are compiled in and translate", "[i18n]")
{
    for (const QString &code : shippedLanguages()) {
        INFO("blendwise_" << code.toStdString() << ".qm");
        CHECK(bw::translatedLanguages().contains(code));
        QTranslator translator;
        REQUIRE(translator.load(u":/i18n/blendwise_"_s + code + u".qm"_s));
        const QList<Message> messages = readTs(tsPath(code));
        int checked = 0;
        for (const Message &m : messages) {
            if (m.translations.size() != 1 || !m.finished)
                continue;
            INFO(m.context.toStdString() << ": " << m.source.toStdString());
            const QByteArray comment = m.comment.toUtf8();
            CHECK(translator.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                      comment.isEmpty() ? nullptr : comment.constData())
                == m.translations.first());
            if (++checked == 50)
                break;
        }
        CHECK(checked == 50);
    }
}

TEST_CASE("Plan documents speak the project's language, the interface the user's", "[i18n]")
{
    const auto untitled = [] { return bw::planTr("bw::AdvisorContext", "an untitled activity"); };
    const QString english = u"an untitled activity"_s;
    const QString german = u"eine unbenannte Aktivität"_s;
    const QString french = u"une activité sans titre"_s;
    REQUIRE(untitled() == english);
    {
        const bw::PlanLanguageScope plan(bw::PlanLanguage(u"de"_s));
        CHECK(untitled() == german);
        {
            const bw::PlanLanguageScope inner(bw::PlanLanguage(u"fr_CA"_s));
            CHECK(untitled() == french);
        }
        CHECK(untitled() == german);
    }
    CHECK(untitled() == english);
    {
        const bw::PlanLanguageScope plan(bw::PlanLanguage(u"es"_s)); // no Spanish translation: English
        CHECK(untitled() == english);
    }

    REQUIRE(bw::installTranslations(QLocale(QLocale::German, QLocale::Germany)).startsWith(u"de"_s));
    CHECK(untitled() == german);
    {
        const bw::PlanLanguageScope plan(bw::PlanLanguage(u"en"_s));
        CHECK(untitled() == english);
    }
    {
        const bw::PlanLanguageScope plan(bw::PlanLanguage(u"fr"_s));
        CHECK(untitled() == french);
    }
    CHECK(untitled() == german);
    bw::removeTranslations();
    CHECK(untitled() == english);
}

TEST_CASE("Projects offer the languages whose plan texts are translated", "[i18n]")
{
    const QStringList offered = bw::planLanguages();
    INFO(offered.join(u", "_s).toStdString());
    // English in both conventions first, then every translation that writes a plan.
    REQUIRE(offered.size() >= 5);
    CHECK(offered.mid(0, 2) == QStringList { u"en"_s, u"en_GB"_s });
    for (const QString &code : { u"de"_s, u"fr"_s, u"nl"_s })
        CHECK(offered.contains(code));
    for (const QString &code : offered) {
        INFO(code.toStdString());
        CHECK(bw::isPlanLanguage(code));
        if (!code.startsWith(u"en"_s)) {
            CHECK(bw::PlanLanguage(code).translated());
            CHECK(bw::translatedLanguages().contains(code));
        }
    }
    QStringList unique = offered;
    CHECK(unique.removeDuplicates() == 0);

    // Variants of an offered language are written in it; untranslated languages are not offered.
    CHECK(bw::isPlanLanguage(u"en_US"_s));
    CHECK(bw::isPlanLanguage(u"de_AT"_s));
    CHECK(bw::isPlanLanguage(u"fr_CA"_s));
    CHECK_FALSE(bw::isPlanLanguage(u"es"_s));
    CHECK_FALSE(bw::isPlanLanguage(u"pt"_s));
    CHECK_FALSE(offered.contains(u"es"_s));

    // Offered under their own names.
    CHECK(bw::planLanguageName(u"en"_s) == u"English (US)"_s);
    CHECK(bw::planLanguageName(u"en_GB"_s) == u"English (UK)"_s);
    CHECK(bw::planLanguageName(u"de"_s) == u"Deutsch"_s);
    CHECK(bw::planLanguageName(u"fr"_s) == u"Français"_s);
    CHECK(bw::planLanguageName(u"nl"_s) == u"Nederlands"_s);
    CHECK(bw::planLanguageName(u"de_AT"_s) == u"Deutsch (Österreich)"_s);
    CHECK(bw::planLanguageName(u"xx"_s) == u"xx"_s);
}

TEST_CASE("A French plan has French headings, dates and times", "[i18n][plan]")
{
    const bw::plan::Plan plan = bw::plan::buildPlan(sampleProject(u"fr"_s), { {}, false, QDate(2026, 12, 1) });
    const QList<std::pair<QString, QString>> french {
        { u"summary"_s, u"Synthèse"_s },
        { u"blend"_s, u"L’hybridation en un coup d’œil"_s },
        { u"flow"_s, u"Vue d’ensemble du déroulé"_s },
        { u"sequences"_s, u"Séquences d’apprentissage"_s },
        { u"schedule"_s, u"Calendrier"_s },
        { u"tools"_s, u"Outils"_s },
        { u"community"_s, u"Communauté"_s },
        { u"evaluation"_s, u"Plan d’évaluation"_s },
        { u"review"_s, u"Revue de conception"_s },
    };
    for (const auto &[key, title] : french) {
        INFO(key.toStdString());
        CHECK(section(plan, key).title == title);
    }
    CHECK(plan.cover.subtitle == u"Plan de formation hybride"_s);
    CHECK(plan.cover.dateText == u"1 décembre 2026"_s);
    CHECK(plan.cover.language == u"fr"_s);

    const QStringList texts = planTexts(plan);
    INFO(texts.join(u" | "_s).toStdString());
    for (const QString &heading : { u"Objectifs"_s, u"Séances"_s, u"Chronologie"_s, u"Critère de réussite"_s })
        CHECK(texts.contains(heading));
    CHECK(texts.contains(u"14:30"_s));
    CHECK(texts.contains(u"16:00"_s));
    for (const QString &english : { u"Objectives"_s, u"In-class moments"_s, u"Timeline"_s, u"Success measure"_s })
        CHECK_FALSE(texts.contains(english));
}

TEST_CASE("A Dutch plan has the headings of the Dutch translation", "[i18n][plan]")
{
    const QList<Message> dutch = readTs(tsPath(u"nl"_s));
    const bw::plan::Plan plan = bw::plan::buildPlan(sampleProject(u"nl"_s), { {}, false, QDate(2026, 12, 1) });
    for (const auto &[key, english] : englishSectionTitles()) {
        INFO(key.toStdString());
        const QString expected = tsTranslation(dutch, u"bw::plan::PlanText"_s, english);
        CHECK_FALSE(expected.isEmpty());
        CHECK(section(plan, key).title == expected);
        // Dutch borrows some English words ("community", "tools"); these it does not.
        if (QStringList { u"summary"_s, u"sequences"_s, u"schedule"_s, u"evaluation"_s }.contains(key))
            CHECK(section(plan, key).title != english);
    }
    CHECK(plan.cover.subtitle == tsTranslation(dutch, u"bw::plan::PlanText"_s, u"Blended-learning plan"_s));
    CHECK(plan.cover.subtitle != u"Blended-learning plan"_s);
    CHECK(plan.cover.dateText == u"1 december 2026"_s);
    const QString objectives = tsTranslation(dutch, u"bw::plan::PlanBuilder"_s, u"Objectives"_s);
    CHECK(objectives != u"Objectives"_s);
    CHECK(planTexts(plan).contains(objectives));
}

TEST_CASE("English (UK) plans have British dates and a 24-hour clock, English (US) American ones", "[i18n][plan]")
{
    const bw::plan::Plan british = bw::plan::buildPlan(sampleProject(u"en_GB"_s), { {}, false, QDate(2026, 12, 1) });
    for (const auto &[key, title] : englishSectionTitles())
        CHECK(section(british, key).title == title);
    CHECK(british.cover.dateText == u"1 December 2026"_s);
    CHECK(british.cover.language == u"en-GB"_s); // BCP 47, for HTML and office metadata
    const QStringList gb = planTexts(british);
    INFO(gb.join(u" | "_s).toStdString());
    CHECK(gb.contains(u"14:30"_s));
    CHECK(gb.contains(u"16:00"_s));
    CHECK(gb.filter(u"PM"_s).isEmpty());

    const bw::plan::Plan american = bw::plan::buildPlan(sampleProject(u"en"_s), { {}, false, QDate(2026, 12, 1) });
    CHECK(american.cover.language == u"en"_s);
    const QStringList us = planTexts(american);
    CHECK_FALSE(us.contains(u"14:30"_s));
    CHECK_FALSE(us.filter(QRegularExpression(u"^2:30.PM$"_s)).isEmpty());

    CHECK(bw::plan::PlanText::formatTime(QTime(9, 5), u"en-GB"_s) == u"09:05"_s);
    CHECK(bw::plan::PlanText::formatTime(QTime(9, 5), u"en_GB"_s) == u"09:05"_s);
    CHECK(bw::plan::PlanText::formatTime(QTime(14, 30), u"fr"_s) == u"14:30"_s);
    CHECK(bw::plan::PlanText::formatDate(QDate(2027, 3, 4), u"en-GB"_s) == u"4 March 2027"_s);
}
