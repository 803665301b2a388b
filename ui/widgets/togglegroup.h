// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QButtonGroup;
class QHBoxLayout;
class QIcon;
class QToolButton;

namespace bw::ui {

// A segmented control: a row of exclusive, checkable buttons for a small enumeration such as the
// phase or the direction of an activity. Unlike a combo box every choice stays visible and is one
// click away; the arrow keys move between the buttons the way they do between radio buttons.
// Values are the enumeration cast to int; a value without a button (Unset) checks none.
class ToggleGroup : public QWidget
{
    Q_OBJECT
public:
    explicit ToggleGroup(QWidget *parent = nullptr);

    QToolButton *addChoice(int value, const QIcon &icon, const QString &text, const QString &toolTip);
    QToolButton *button(int value) const;

    // Checks the button of value without emitting chosen().
    void setValue(int value);
    // The checked value, or -1 when none is checked.
    int value() const;

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    // Only for a choice the user made (click, key, shortcut), never for setValue().
    void chosen(int value);

private:
    // The checked segment must stand out in the dark palette too, where Fusion's own checked
    // look is nearly invisible: tint it with the highlight colour, derived from the palette.
    void updateLook();

    bool m_updatingLook = false;
    QButtonGroup *m_group;
    QHBoxLayout *m_layout;
};

} // namespace bw::ui
