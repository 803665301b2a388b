// SPDX-License-Identifier: GPL-3.0-or-later
#include "inlinemessage.h"

#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace bw::ui {

InlineMessage::InlineMessage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    updateLook();
    hide();
}

void InlineMessage::setKind(Kind kind)
{
    m_kind = kind;
    updateLook();
}

void InlineMessage::setText(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

QString InlineMessage::text() const
{
    return m_text->text();
}

void InlineMessage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateLook();
    QWidget::changeEvent(event);
}

void InlineMessage::updateLook()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor colour = m_kind == Kind::Error ? (dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB0, 0x2A, 0x1E))
                                                : (dark ? QColor(0xF2, 0xB8, 0x4B) : QColor(0x8A, 0x5A, 0x00));
    QPalette p = m_text->palette();
    p.setColor(QPalette::WindowText, colour);
    m_text->setPalette(p);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon(m_kind == Kind::Error ? QStringLiteral("error") : QStringLiteral("warning"))
                          .pixmap(QSize(size, size), devicePixelRatio()));
}

} // namespace bw::ui
