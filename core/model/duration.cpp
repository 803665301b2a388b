// SPDX-License-Identifier: GPL-3.0-or-later
#include "duration.h"

#include "i18n/plantranslator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bw {

QString Duration::toKey() const
{
    if (!isSet())
        return {};
    if (!isRange())
        return QString::number(min);
    return QString::number(min) + QLatin1Char('-') + QString::number(max);
}

QString Duration::toDisplay() const
{
    if (!isSet())
        return {};
    if (!isRange())
        return planTr("bw::Duration", "%1 min").arg(min);
    return planTr("bw::Duration", "%1–%2 min").arg(min).arg(max);
}

std::optional<Duration> Duration::fromString(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\d{1,5})\\s*(?:[-\u2013\u2014]\\s*(\\d{1,5}))?\\s*(?:min)?\\s*$"));
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Duration{};
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    Duration d;
    d.min = m.captured(1).toInt();
    d.max = m.captured(2).isEmpty() ? d.min : m.captured(2).toInt();
    if (d.max < d.min)
        return std::nullopt;
    return d;
}

} // namespace bw
