// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace bw::ui {

// A one-line problem or warning shown right under the field it is about, with an icon and a
// colour that stay legible in the light and the dark palette. Hidden while it has nothing to say.
class InlineMessage : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning };

    explicit InlineMessage(QWidget *parent = nullptr);

    void setKind(Kind kind);
    // An empty text hides the message. Plain text only: it often quotes the user's own input.
    void setText(const QString &text);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLook();

    Kind m_kind = Kind::Error;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace bw::ui
