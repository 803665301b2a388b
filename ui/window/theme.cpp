// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "model/palette.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

using namespace Qt::StringLiterals;

// The icons are compiled into the static blendwise_ui library, whose resource initialiser the
// linker drops unless something references it; Q_INIT_RESOURCE must be called outside a namespace.
static void initIconResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(icons);
        return true;
    }();
    Q_UNUSED(done);
}

namespace bw::ui {

namespace {
const char *const IconProperty = "bwIconName";

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xF3, 0xF4, 0xF6));
    p.setColor(QPalette::WindowText, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xEC, 0xEF, 0xF3));
    p.setColor(QPalette::ToolTipBase, QColor(0xFF, 0xFF, 0xF0));
    p.setColor(QPalette::ToolTipText, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x86, 0x8E));
    p.setColor(QPalette::Text, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xE9, 0xEB, 0xEE));
    p.setColor(QPalette::ButtonText, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xE2, 0xE5, 0xE9));
    p.setColor(QPalette::Mid, QColor(0xC4, 0xC9, 0xD0));
    p.setColor(QPalette::Dark, QColor(0x9A, 0xA1, 0xAA));
    p.setColor(QPalette::Shadow, QColor(0x55, 0x5B, 0x63));
    p.setColor(QPalette::Highlight, QColor(0x1F, 0x6F, 0xB2));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1F, 0x6F, 0xB2));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x9A, 0xA1, 0xAA));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2B, 0x2E, 0x33));
    p.setColor(QPalette::WindowText, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::Base, QColor(0x1F, 0x22, 0x26));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x2A, 0x2F));
    p.setColor(QPalette::ToolTipBase, QColor(0x3A, 0x3E, 0x44));
    p.setColor(QPalette::ToolTipText, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::PlaceholderText, QColor(0x8A, 0x90, 0x98));
    p.setColor(QPalette::Text, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::Button, QColor(0x35, 0x39, 0x3F));
    p.setColor(QPalette::ButtonText, QColor(0xE6, 0xE8, 0xEB));
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Light, QColor(0x4A, 0x4F, 0x56));
    p.setColor(QPalette::Midlight, QColor(0x3E, 0x42, 0x48));
    p.setColor(QPalette::Mid, QColor(0x4C, 0x51, 0x58));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1A, 0x1D));
    p.setColor(QPalette::Shadow, QColor(0x0E, 0x0F, 0x11));
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x8B, 0xD4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6C, 0xB4, 0xF0));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x6E, 0x74, 0x7C));
    return p;
}

QString settingsKey()
{
    return u"appearance/theme"_s;
}

// An SVG icon whose disabled look is the same drawing faded, rather than the style's greyscale
// version: greyscale turns the dark palette's light icons into light grey, which reads as enabled.
class FadingIconEngine final : public QIconEngine {
public:
    explicit FadingIconEngine(const QString &path)
        : m_icon(path)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->save();
        if (mode == QIcon::Disabled)
            painter->setOpacity(painter->opacity() * 0.38);
        m_icon.paint(painter, rect, Qt::AlignCenter, mode == QIcon::Disabled ? QIcon::Normal : mode, state);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon.actualSize(size, mode, state);
    }

    QIconEngine *clone() const override { return new FadingIconEngine(*this); }

private:
    QIcon m_icon;
};
} // namespace

QIcon icon(const QString &name)
{
    initIconResources();
    QString path = u":/icons/"_s + name + u".svg"_s;
    if (Theme::isDark()) {
        const QString dark = u":/icons/dark/"_s + name + u".svg"_s;
        if (QFile::exists(dark))
            path = dark;
    }
    if (!QFile::exists(path))
        return {};
    return QIcon(new FadingIconEngine(path));
}

Theme *Theme::instance()
{
    initIconResources();
    static Theme *theme = new Theme;
    return theme;
}

bool Theme::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

void Theme::setMode(Mode mode)
{
    m_mode = mode;
    QSettings().setValue(settingsKey(), int(mode));
    apply();
    Q_EMIT modeChanged(mode);
}

void Theme::restore()
{
    const int stored = QSettings().value(settingsKey(), int(Mode::System)).toInt();
    m_mode = (stored >= int(Mode::System) && stored <= int(Mode::Dark)) ? Mode(stored) : Mode::System;
    apply();
}

void Theme::apply()
{
    // Fusion draws our palettes faithfully on every platform; the native styles ignore parts of them.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    switch (m_mode) {
    case Mode::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case Mode::System:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    }
}

QColor Theme::directionColor(Direction direction)
{
    return palette::directionColour(direction);
}

QColor Theme::phaseColor(Phase phase)
{
    return palette::phaseColour(phase);
}

QIcon Theme::directionIcon(Direction direction)
{
    switch (direction) {
    case Direction::OneToMany:
        return icon(u"direction-one-to-many"_s);
    case Direction::ManyToOne:
        return icon(u"direction-many-to-one"_s);
    case Direction::ManyToMany:
        return icon(u"direction-many-to-many"_s);
    case Direction::Unset:
        break;
    }
    return {};
}

QIcon Theme::phaseIcon(Phase phase)
{
    switch (phase) {
    case Phase::PreClass:
        return icon(u"phase-pre"_s);
    case Phase::InClass:
        return icon(u"phase-in"_s);
    case Phase::PostClass:
        return icon(u"phase-post"_s);
    case Phase::Unset:
        break;
    }
    return icon(u"warning"_s);
}

void Theme::setActionIcon(QAction *action, const QString &name)
{
    action->setProperty(IconProperty, name);
    action->setIcon(icon(name));
}

void Theme::refreshActionIcons(QWidget *root)
{
    const auto actions = root->findChildren<QAction *>();
    for (QAction *action : actions) {
        const QString name = action->property(IconProperty).toString();
        if (!name.isEmpty())
            action->setIcon(icon(name));
    }
}

} // namespace bw::ui
