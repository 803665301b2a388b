// SPDX-License-Identifier: GPL-3.0-or-later
// The shipped translations: complete, faithful to their placeholders and mnemonics, compiled in.
#include <catch2/catch.hpp>

#include "i18n/translations.h"

#include <QCoreApplication>
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

} // namespace

TEST_CASE("The German translation is complete and keeps placeholders and mnemonics", "[i18n]")
{
    const QList<Message> messages
        = readTs(QStringLiteral(BLENDWISE_SOURCE_DIR "/resources/translations/blendwise_de.ts"));
    REQUIRE(messages.size() > 500);
    for (const Message &m : messages) {
        INFO(m.context.toStdString() << ": " << m.source.toStdString());
        CHECK(m.finished);
        REQUIRE_FALSE(m.translations.isEmpty());
        for (const QString &t : m.translations) {
            INFO("→ " << t.toStdString());
            CHECK_FALSE(t.trimmed().isEmpty());
            if (m.translations.size() > 1) // numerus forms each carry the count
                CHECK(placeholders(t).contains(u"%n"_s) == placeholders(m.source).contains(u"%n"_s));
            else
                CHECK(placeholders(t) == placeholders(m.source));
            CHECK(mnemonics(t) == mnemonics(m.source));
        }
    }
}

TEST_CASE("The translations are compiled in and translate", "[i18n]")
{
    CHECK(bw::translatedLanguages().contains(u"de"_s));
    QTranslator translator;
    REQUIRE(translator.load(u":/i18n/blendwise_de.qm"_s));
    const QList<Message> messages
        = readTs(QStringLiteral(BLENDWISE_SOURCE_DIR "/resources/translations/blendwise_de.ts"));
    int checked = 0;
    for (const Message &m : messages) {
        if (m.translations.size() != 1)
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

TEST_CASE("Plan documents speak the project's language, the interface the user's", "[i18n]")
{
    const auto untitled = [] { return QCoreApplication::translate("bw::AdvisorContext", "an untitled activity"); };
    const QString english = u"an untitled activity"_s;
    const QString german = u"eine unbenannte Aktivität"_s;
    REQUIRE(untitled() == english);
    {
        const bw::ScopedLanguage plan(u"de"_s);
        CHECK(untitled() == german);
    }
    CHECK(untitled() == english);
    {
        const bw::ScopedLanguage plan(u"fr"_s); // no French translation: the English texts
        CHECK(untitled() == english);
    }

    REQUIRE(bw::installTranslations(QLocale(QLocale::German, QLocale::Germany)).startsWith(u"de"_s));
    CHECK(untitled() == german);
    {
        const bw::ScopedLanguage plan(u"en"_s);
        CHECK(untitled() == english);
    }
    CHECK(untitled() == german);
    {
        const bw::ScopedLanguage plan(u"de_AT"_s); // the interface's language already
        CHECK(untitled() == german);
    }
    bw::removeTranslations();
    CHECK(untitled() == english);
}
