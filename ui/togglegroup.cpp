// SPDX-License-Identifier: GPL-3.0-or-later
#include "togglegroup.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>

namespace bw::ui {

ToggleGroup::ToggleGroup(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, &ToggleGroup::chosen);
}

QToolButton *ToggleGroup::addChoice(int value, const QIcon &icon, const QString &text,
                                    const QString &toolTip)
{
    auto *b = new QToolButton(this);
    b->setCheckable(true);
    b->setAutoRaise(false);
    b->setIcon(icon);
    b->setText(text);
    b->setToolTip(toolTip);
    b->setAccessibleName(text);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    b->setFocusPolicy(Qt::StrongFocus);
    m_group->addButton(b, value);
    m_layout->addWidget(b);
    // Focus entering the group (Tab, a label's mnemonic) lands on the first button; the arrow
    // keys then move along like radio buttons.
    if (!focusProxy())
        setFocusProxy(b);
    return b;
}

QToolButton *ToggleGroup::button(int value) const
{
    return qobject_cast<QToolButton *>(m_group->button(value));
}

void ToggleGroup::setValue(int value)
{
    if (auto *b = m_group->button(value)) {
        b->setChecked(true);
        return;
    }
    // An exclusive group refuses to uncheck its last button; lift the rule for a moment.
    m_group->setExclusive(false);
    for (auto *b : m_group->buttons())
        b->setChecked(false);
    m_group->setExclusive(true);
}

int ToggleGroup::value() const
{
    return m_group->checkedId();
}

} // namespace bw::ui
