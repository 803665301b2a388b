// SPDX-License-Identifier: GPL-3.0-or-later
#include "planmodel.h"

#include "i18n/plantranslator.h"
#include "planbuilder.h"

#include <cmath>

namespace bw::plan {

QStringList sectionKeys()
{
    return { QStringLiteral("cover"), QStringLiteral("revisions"), QStringLiteral("changes"), QStringLiteral("summary"),
        QStringLiteral("blend"), QStringLiteral("flow"), QStringLiteral("sequences"), QStringLiteral("schedule"),
        QStringLiteral("tools"), QStringLiteral("community"), QStringLiteral("evaluation"),
        QStringLiteral("attachments"), QStringLiteral("review") };
}

BlendCell BlendSeries::phaseTotal(Phase p) const
{
    BlendCell sum;
    for (const auto &cell : cells[size_t(p)])
        sum += cell;
    return sum;
}

BlendCell BlendSeries::directionTotal(Direction d) const
{
    BlendCell sum;
    for (const auto &row : cells)
        sum += row[size_t(d)];
    return sum;
}

BlendCell BlendSeries::total() const
{
    BlendCell sum;
    for (const auto &row : cells)
        for (const auto &cell : row)
            sum += cell;
    return sum;
}

QList<Phase> BlendSeries::shownPhases() const
{
    QList<Phase> out{Phase::PreClass, Phase::InClass, Phase::PostClass};
    if (phaseTotal(Phase::Unset).count > 0)
        out.append(Phase::Unset);
    return out;
}

QList<Direction> BlendSeries::shownDirections() const
{
    QList<Direction> out{Direction::OneToMany, Direction::ManyToOne, Direction::ManyToMany};
    if (directionTotal(Direction::Unset).count > 0)
        out.append(Direction::Unset);
    return out;
}

const Section *Plan::section(const QString &key) const
{
    for (const auto &s : sections)
        if (s.key == key)
            return &s;
    return nullptr;
}

Plan buildPlan(const Project &project, const PlanOptions &options)
{
    // The plan speaks the project's language whoever calls, on whatever thread, and the
    // application's translators are left alone (the studio is not retranslated).
    const PlanLanguageScope language(PlanLanguage(project.info.language));
    return PlanBuilder(project, options).build();
}

QString imageMimeType(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    const QByteArray head = bytes.left(512).trimmed();
    if (head.startsWith("<svg") || ((head.startsWith("<?xml") || head.startsWith("<!--"))
                                    && head.contains("<svg")))
        return QStringLiteral("image/svg+xml");
    return {};
}

qint64 wholeMinutes(double minutes)
{
    if (!std::isfinite(minutes))
        return 0;
    return std::llround(minutes);
}

QString formatMinutes(double minutes)
{
    return QString::number(wholeMinutes(minutes));
}

QString formatDuration(const Duration &duration)
{
    if (!duration.isSet())
        return {};
    if (!duration.isRange())
        return QString::number(duration.max);
    return QString::number(duration.min) + u'\u2013' + QString::number(duration.max);
}

} // namespace bw::plan
