// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in tool catalogue is data people rely on: every tool fully described, names unique,
// every retired tool pointing at an active replacement. Read straight from the resource so that
// the file itself is validated, not what a loader makes of it.
#include "model/enums.h"
#include "qtprint.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace bw;
using namespace Qt::StringLiterals;

namespace {

QJsonArray catalogueTools()
{
    QFile file(u":/catalogue/tools.json"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    CHECK(doc.object().value("format"_L1).toString() == u"blendwise-catalogue"_s);
    CHECK(doc.object().value("version"_L1).toInt() == 1);
    return doc.object().value("tools"_L1).toArray();
}

} // namespace

TEST_CASE("The built-in catalogue holds at least 40 tools with every attribute filled")
{
    const QJsonArray tools = catalogueTools();
    CHECK(tools.size() >= 40);
    const QStringList texts { u"name"_s, u"cost"_s, u"description"_s, u"benefit"_s, u"access"_s };
    const QStringList flags { u"synchronous"_s, u"needsAccount"_s, u"oftenBlocked"_s, u"clientProvided"_s };
    for (const QJsonValue &value : tools) {
        const QJsonObject tool = value.toObject();
        const QString name = tool.value("name"_L1).toString();
        CAPTURE(name);
        for (const QString &key : texts) {
            CAPTURE(key);
            CHECK(!tool.value(key).toString().trimmed().isEmpty());
        }
        for (const QString &key : flags) {
            CAPTURE(key);
            CHECK(tool.value(key).isBool());
        }
        // The client's own platforms ("Company LMS") have no address of their own until the
        // designer enters the client's; every other tool has a secure one.
        if (tool.value("clientProvided"_L1).toBool())
            CHECK(tool.value("url"_L1).toString().isEmpty());
        else
            CHECK(tool.value("url"_L1).toString().startsWith(u"https://"_s));
        CHECK(enumFromKey<ToolType>(tool.value("type"_L1).toString()).has_value());
        const auto status = enumFromKey<ToolStatus>(tool.value("status"_L1).toString());
        REQUIRE(status.has_value());
        // Retired tools name their replacement; active ones must not.
        CHECK(tool.value("replacement"_L1).isString());
        CHECK(tool.value("replacement"_L1).toString().isEmpty() == (*status == ToolStatus::Active));

        const QJsonArray directions = tool.value("directions"_L1).toArray();
        CHECK(!directions.isEmpty());
        for (const QJsonValue &d : directions) {
            const auto direction = enumFromKey<Direction>(d.toString());
            CHECK((direction && *direction != Direction::Unset));
        }
        const QJsonArray setup = tool.value("setup"_L1).toArray();
        CHECK(!setup.isEmpty());
        for (const QJsonValue &step : setup)
            CHECK(!step.toString().trimmed().isEmpty());
    }
}

TEST_CASE("Catalogue names are unique and every replacement is an active catalogue tool")
{
    const QJsonArray tools = catalogueTools();
    QHash<QString, QString> statusByName; // lower-case name → status
    for (const QJsonValue &value : tools) {
        const QJsonObject tool = value.toObject();
        const QString key = tool.value("name"_L1).toString().toLower();
        CAPTURE(key);
        CHECK_FALSE(statusByName.contains(key));
        statusByName.insert(key, tool.value("status"_L1).toString());
    }
    int retired = 0;
    for (const QJsonValue &value : tools) {
        const QString replacement = value.toObject().value("replacement"_L1).toString();
        if (replacement.isEmpty())
            continue;
        ++retired;
        CAPTURE(replacement);
        CHECK(statusByName.value(replacement.toLower()) == u"active"_s);
    }
    // The lifecycle cases the method's articles name.
    CHECK(retired >= 2);
    CHECK(statusByName.value(u"skype"_s) == u"retired"_s);
    CHECK(statusByName.value(u"yammer"_s) == u"retired"_s);
}

TEST_CASE("The catalogue has e-learning and video platforms, the client's own among them")
{
    int eLearning = 0, video = 0, clientELearning = 0, clientVideo = 0;
    for (const QJsonValue &value : catalogueTools()) {
        const QJsonObject tool = value.toObject();
        const QString type = tool.value("type"_L1).toString();
        const bool client = tool.value("clientProvided"_L1).toBool();
        if (type == u"e-learning"_s) {
            ++eLearning;
            clientELearning += client;
        } else if (type == u"video"_s) {
            ++video;
            clientVideo += client;
        }
    }
    CHECK(eLearning >= 2);
    CHECK(video >= 2);
    CHECK(clientELearning == 1);
    CHECK(clientVideo == 1);
}
