// SPDX-License-Identifier: GPL-3.0-or-later
#include "togglegroup.h"

#include "theme.h"

#include <QApplication>

#include <QButtonGroup>
#include <QEvent>
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
    // The style sheet fixes the colours, and a widget with a style sheet does not see the
    // application's palette change when the theme is switched: rebuild it then.
    connect(Theme::instance(), &Theme::modeChanged, this, &ToggleGroup::updateLook);
    updateLook();
}

void ToggleGroup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_updatingLook)
        updateLook();
    QWidget::changeEvent(event);
}

void ToggleGroup::updateLook()
{
    m_updatingLook = true;
    // The application's palette: the style sheet set here keeps palette() at the colours it had.
    const QPalette pal = QApplication::palette(this);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor base = pal.color(QPalette::Button);
    const auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                                float(a.blueF() * (1 - t) + b.blueF() * t));
    };
    const QString sheet = QStringLiteral(
        "QToolButton { padding: 3px 6px; border: 1px solid %1; border-radius: 4px; background: %2; color: %3; }"
        "QToolButton:hover { border-color: %4; }"
        "QToolButton:checked { background: %5; border-color: %4; font-weight: bold; }"
        "QToolButton:focus { border: 2px solid %4; }")
        .arg(pal.color(QPalette::Mid).name(), base.name(), pal.color(QPalette::ButtonText).name(), highlight.name(),
             mix(base, highlight, 0.35).name());
    setStyleSheet(sheet);
    m_updatingLook = false;
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
    b->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    b->setIconSize(QSize(20, 20));
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    b->setFocusPolicy(Qt::StrongFocus);
    m_group->addButton(b, value);
    m_layout->addWidget(b);
    // Focus entering the group (Tab, a label's mnemonic) lands on the first button; the arrow
    // keys then move along like radio buttons.
    if (!focusProxy()) {
        setFocusProxy(b);
        // Needed for a label's mnemonic to reach the group (QLabel checks the buddy's own policy).
        setFocusPolicy(Qt::StrongFocus);
    }
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
