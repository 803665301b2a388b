// SPDX-License-Identifier: GPL-3.0-or-later
#include "offsetspinbox.h"

#include <QRegularExpression>

namespace bw::ui {

namespace {
// "7", "-7", "7 days before", "2 days after", "same day": the number, with "before" making it
// negative. Returns false when there is no number and the text is not the zero label.
bool parseOffset(const QString &text, const QString &beforeWord, const QString &zeroLabel, int *out)
{
    const QString t = text.trimmed();
    if (t.compare(zeroLabel, Qt::CaseInsensitive) == 0) {
        *out = 0;
        return true;
    }
    static const QRegularExpression number(QStringLiteral("^(-?)(\\d+)"));
    const auto m = number.match(t);
    if (!m.hasMatch())
        return false;
    int v = m.captured(2).toInt();
    if (!m.captured(1).isEmpty() || t.contains(beforeWord, Qt::CaseInsensitive))
        v = -v;
    *out = v;
    return true;
}
} // namespace

OffsetSpinBox::OffsetSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
    setRange(-365, 365);
    // Typing a number replaces the words; the words come back when editing finishes.
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
}

QString OffsetSpinBox::textFromValue(int value) const
{
    if (value == 0)
        return tr("Same day");
    // Spelled out rather than tr("%n day(s)") so that the untranslated English reads right too.
    if (value == -1)
        return tr("1 day before");
    if (value == 1)
        return tr("1 day after");
    if (value < 0)
        return tr("%1 days before").arg(-value);
    return tr("%1 days after").arg(value);
}

int OffsetSpinBox::valueFromText(const QString &text) const
{
    int v = 0;
    parseOffset(text, tr("before"), tr("Same day"), &v);
    return v;
}

QValidator::State OffsetSpinBox::validate(QString &input, int &) const
{
    if (input.trimmed().isEmpty() || input.trimmed() == QLatin1String("-"))
        return QValidator::Intermediate;
    int v = 0;
    if (!parseOffset(input, tr("before"), tr("Same day"), &v))
        return QValidator::Intermediate;
    return v >= minimum() && v <= maximum() ? QValidator::Acceptable : QValidator::Invalid;
}

} // namespace bw::ui
