// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSpinBox>

namespace bw::ui {

// Days before (negative) or after (positive) an in-class moment, shown in words ("7 days before",
// "2 days after", "Same day") so that nobody has to remember which sign means which.
class OffsetSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit OffsetSpinBox(QWidget *parent = nullptr);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;
};

} // namespace bw::ui
