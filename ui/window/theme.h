// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QColor>
#include <QIcon>
#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace bw::ui {

// The studio's icon for a name such as "edit-undo": the dark-palette variant when the current
// palette is dark, so icons stay legible in both. SVG icons render sharply at any device pixel ratio.
QIcon icon(const QString &name);

// Palettes, colours and icons that carry meaning (phase, direction), defined in one place so the
// board, the legend, the blend chart and the inspector always agree.
class Theme : public QObject
{
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    static Theme *instance();

    Mode mode() const { return m_mode; }
    // Applies the Fusion style with the light, dark or the platform's palette and stores the choice.
    void setMode(Mode mode);
    // Reads the stored choice and applies it; called once at start-up.
    void restore();

    static bool isDark();

    // The core palette (model/palette.h), so the studio, the PDF and every format agree.
    static QColor directionColor(Direction direction);
    static QColor phaseColor(Phase phase);
    static QIcon directionIcon(Direction direction);
    static QIcon phaseIcon(Phase phase);

    // Remembers which icon an action shows, so that a palette change can redraw it in the right variant.
    static void setActionIcon(QAction *action, const QString &name);
    // Re-resolves the icons of every action under root set with setActionIcon().
    static void refreshActionIcons(QWidget *root);

Q_SIGNALS:
    void modeChanged(bw::ui::Theme::Mode mode);

private:
    Theme() = default;
    void apply();

    Mode m_mode = Mode::System;
    bool m_systemPaletteSaved = false;
};

} // namespace bw::ui
