// SPDX-License-Identifier: GPL-3.0-or-later
#include "abcimporter.h"

#include "courseflowimporter.h"
#include "i18n/plantranslator.h"
#include "model/projectvalidation.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace bw {

QString AbcImporter::label() const
{
    return tr("ABC Learning Design storyboard");
}

int AbcImporter::detect(const QByteArray &head, const QString &) const
{
    const QByteArray t = head.trimmed();
    if (t.startsWith('{') && head.contains("\"cards\"") && head.contains("\"weeks\"")
        && (head.contains("\"learningTypes\"") || head.contains("\"weekId\"")))
        return 90;
    return 0;
}

std::optional<int> AbcImporter::parseMinutes(const QString &text)
{
    const QString s = text.trimmed().toLower();
    if (s.isEmpty())
        return std::nullopt;
    static const QRegularExpression part(
        QStringLiteral(R"(\s*(\d+(?:[.,]\d+)?)\s*(hours?|hrs?|h|minutes?|mins?|m)?\s*(?:and\s*)?)"));
    double minutes = 0;
    qsizetype pos = 0;
    bool afterHours = false;
    while (pos < s.size()) {
        const QRegularExpressionMatch m
            = part.match(s, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || m.capturedLength() == 0)
            return std::nullopt;
        const double amount = m.captured(1).replace(u',', u'.').toDouble();
        const QString unit = m.captured(2);
        if (unit.startsWith(u'h')) {
            minutes += amount * 60;
            afterHours = true;
        } else if (!unit.isEmpty() || afterHours || pos == 0) {
            minutes += amount; // "45 mins", the 30 of "1h30", a bare "90"
            afterHours = false;
        } else {
            return std::nullopt;
        }
        pos += m.capturedLength();
    }
    if (minutes <= 0 || minutes > Limits::MaxMinutes)
        return std::nullopt;
    return int(std::lround(minutes));
}

namespace {

struct Card {
    int index = 0;
    QJsonObject json;
    int weekRow = 0;
    double order = 0;
};

// Learning type → direction. Acquisition is learners taking in what the trainer or a resource
// gives (one-to-many); collaboration and discussion are peers together (many-to-many);
// investigation, practice and production are learners producing for the trainer (many-to-one).
Direction directionOf(const QString &type)
{
    const QString t = type.trimmed().toLower();
    if (t == u"acquisition" || t == u"read watch listen")
        return Direction::OneToMany;
    if (t == u"collaboration" || t == u"discussion")
        return Direction::ManyToMany;
    if (t == u"investigation" || t == u"practice" || t == u"production")
        return Direction::ManyToOne;
    return Direction::Unset;
}

// Delivery style → in class or not: face-to-face, in class, live or synchronous sessions are
// class time; online, self-paced, asynchronous work is out of class.
bool inClassDelivery(const QString &style, bool &virtualMode)
{
    const QString s = style.toLower();
    virtualMode = s.contains(u"online") || s.contains(u"virtual");
    const bool live = s.contains(u"face") || s.contains(u"f2f") || s.contains(u"in class") || s.contains(u"in-class")
        || s.contains(u"live") || (s.contains(u"sync") && !s.contains(u"async"));
    return live;
}

} // namespace

ImportResult AbcImporter::read(const QByteArray &data, const QString &, const ImportOptions &options) const
{
    ImportResult result;
    if (const QString e = importdetail::utf8Error(data); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        result.error = tr("line %1: %2")
                           .arg(importdetail::lineOfOffset(data, parseError.offset))
                           .arg(doc.isNull() ? parseError.errorString() : tr("the board is not a JSON object."));
        return result;
    }
    const QJsonObject root = doc.object();
    for (const char *k : { "weeks", "cards" })
        if (!root.value(QLatin1String(k)).isArray()) {
            result.error = tr("%1: missing, a list is expected.").arg(QLatin1String(k));
            return result;
        }
    const QJsonArray weeks = root.value(u"weeks").toArray(), cardsJ = root.value(u"cards").toArray();
    QHash<QString, int> weekRow;
    for (int w = 0; w < weeks.size(); ++w)
        weekRow.insert(weeks.at(w).toObject().value(u"id").toVariant().toString(), w);
    QList<Card> cards;
    for (int i = 0; i < cardsJ.size(); ++i) {
        const QJsonObject c = cardsJ.at(i).toObject();
        const QString weekId = c.value(u"weekId").toVariant().toString();
        if (!weekRow.contains(weekId)) {
            result.error = tr("cards[%1].weekId: the week “%2” is not in weeks.").arg(i).arg(weekId);
            return result;
        }
        cards.append({ i, c, weekRow.value(weekId), c.value(u"order").toDouble(i) });
    }
    std::stable_sort(cards.begin(), cards.end(), [](const Card &a, const Card &b) {
        return a.weekRow != b.weekRow ? a.weekRow < b.weekRow : a.order < b.order;
    });

    Project p;
    const QString title = root.value(u"title").toString().trimmed();
    p.info.title = title.isEmpty() ? planTr("bw::AbcImporter", "ABC storyboard") : title;
    p.info.language = options.language;
    Id next = 1;
    QHash<QString, int> objectiveOf;
    auto objectiveFor = [&](const QString &statement) {
        if (!objectiveOf.contains(statement)) {
            Objective o;
            o.id = next++;
            o.statement = statement;
            objectiveOf.insert(statement, int(p.objectives.size()));
            p.objectives.append(o);
        }
        return objectiveOf.value(statement);
    };
    for (int w = 0; w < weeks.size(); ++w) {
        QList<const Card *> inWeek;
        for (const Card &c : cards)
            if (c.weekRow == w)
                inWeek.append(&c);
        QList<bool> inClass;
        bool anyVirtual = false;
        for (const Card *c : inWeek) {
            bool v = false;
            inClass.append(inClassDelivery(c->json.value(u"deliveryStyle").toString(), v));
            anyVirtual = anyVirtual || (inClass.last() && v);
        }
        const QList<Phase> phases = importdetail::phasesOfWeek(inClass);
        Id momentId = 0;
        Moment *moment = nullptr;
        if (inClass.contains(true)) {
            Moment m;
            m.id = momentId = next++;
            const QJsonObject wj = weeks.at(w).toObject();
            m.name = wj.value(u"title").toString(wj.value(u"name").toString()).trimmed();
            if (m.name.isEmpty())
                m.name = planTr("bw::AbcImporter", "Week %1").arg(w + 1);
            m.mode = anyVirtual ? MomentMode::Virtual : MomentMode::FaceToFace;
            p.moments.append(m);
            moment = &p.moments.last();
        }
        for (int i = 0; i < inWeek.size(); ++i) {
            const QJsonObject &c = inWeek[i]->json;
            const QString where = QStringLiteral("cards[%1]").arg(inWeek[i]->index);
            Activity a;
            a.id = next++;
            a.title = c.value(u"title").toString().trimmed();
            a.instructions = c.value(u"description").toString().trimmed();
            a.phase = phases[i];
            a.momentId = momentId;
            const QJsonValue dv = c.value(u"duration");
            if (!dv.isUndefined() && !dv.isNull() && !(dv.isString() && dv.toString().trimmed().isEmpty())) {
                const auto minutes
                    = dv.isDouble() ? std::optional<int>(int(dv.toDouble())) : parseMinutes(dv.toString());
                if (minutes && *minutes > 0 && *minutes <= Limits::MaxMinutes) {
                    a.duration = Duration::exact(*minutes);
                    if (a.phase == Phase::InClass && moment)
                        moment->minutes += *minutes;
                } else {
                    result.notes.append({ ImportNote::Kind::Warning, where + QStringLiteral(".duration"),
                        tr("the duration “%1” is not understood: left unset").arg(dv.toVariant().toString()), a.id,
                        QStringLiteral("duration") });
                }
            }
            result.notes.append({ ImportNote::Kind::Guessed, where + QStringLiteral(".deliveryStyle"),
                a.phase == Phase::InClass ? tr("phase guessed as in-class from the delivery style")
                    : a.phase == Phase::PreClass
                    ? tr("phase guessed as pre-class: out of class before the week's first in-class card")
                    : tr("phase guessed as post-class: out of class after the week's first in-class card"),
                a.id, QStringLiteral("phase") });
            const QJsonArray types = c.value(u"learningTypes").toArray();
            for (const QJsonValue &t : types) {
                const Direction d = directionOf(t.toString());
                if (d != Direction::Unset) {
                    a.direction = d;
                    result.notes.append({ ImportNote::Kind::Guessed, where + QStringLiteral(".learningTypes"),
                        tr("direction guessed from the learning type “%1”").arg(t.toString()), a.id,
                        QStringLiteral("direction") });
                    break;
                }
            }
            const QString assessment = c.value(u"assessmentType").toString().trimmed().toLower();
            if (assessment.contains(u"summative"))
                a.assessment = Assessment::Summative;
            else if (!assessment.isEmpty() && assessment != u"none")
                a.assessment = Assessment::Formative;
            const QJsonArray outcomes = c.value(u"outcomes").toArray();
            QString statement = outcomes.isEmpty() ? QString() : outcomes.first().toString().trimmed();
            if (statement.isEmpty())
                statement = p.info.title;
            p.objectives[objectiveFor(statement)].activities.append(a);
            result.notes.append({ ImportNote::Kind::Read, where, tr("card read"), a.id, {} });
        }
    }
    importdetail::finish(p, result);
    return result;
}

} // namespace bw
