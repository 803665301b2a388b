// SPDX-License-Identifier: GPL-3.0-or-later
#include "elidedlabel.h"

#include <QEvent>
#include <QFontMetrics>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace bw::ui {

QStringList wrappedLines(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    const QString simplified = text.simplified();
    if (simplified.isEmpty() || maxLines < 1)
        return lines;
    const QFontMetrics fm(font);
    width = std::max(width, 1);
    if (maxLines == 1) {
        lines.append(fm.elidedText(simplified, Qt::ElideRight, width));
        return lines;
    }
    QTextLayout layout(simplified, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const int end = line.textStart() + line.textLength();
        if (lines.size() == maxLines - 1 && end < simplified.size()) {
            // The last line allowed: whatever is left, shortened.
            lines.append(fm.elidedText(simplified.mid(line.textStart()).trimmed(), Qt::ElideRight, width));
            break;
        }
        lines.append(simplified.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false); // the lines are broken here, so QLabel never re-wraps them
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    updateGeometry();
    updateElided();
}

void ElidedLabel::setMaximumLines(int lines)
{
    m_maxLines = std::max(1, lines);
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(m_maxLines > 1);
    setSizePolicy(policy);
    updateGeometry();
    updateElided();
}

QStringList ElidedLabel::linesFor(int contentsWidth) const
{
    return wrappedLines(m_fullText, font(), contentsWidth, m_maxLines);
}

bool ElidedLabel::hasHeightForWidth() const
{
    return m_maxLines > 1;
}

int ElidedLabel::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    const int lines = std::max<qsizetype>(1, linesFor(width - m.left() - m.right()).size());
    const QFontMetrics fm = fontMetrics();
    return int(lines - 1) * fm.lineSpacing() + fm.height() + m.top() + m.bottom();
}

QSize ElidedLabel::sizeHint() const
{
    if (m_maxLines == 1)
        return QLabel::sizeHint();
    const int width = std::max(this->width(), fontMetrics().averageCharWidth() * 30);
    return { width, heightForWidth(width) };
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const QMargins m = contentsMargins();
    return { fm.horizontalAdvance(u'…') * 4, fm.height() + m.top() + m.bottom() };
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateElided();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        updateElided();
    }
}

void ElidedLabel::updateElided()
{
    const QStringList lines = linesFor(contentsRect().width());
    const QString shown = lines.join(u'\n');
    if (shown != text())
        setText(shown);
    // Shortened only when characters went missing, not because lines were broken.
    m_elided = QString(shown).remove(u'\n').remove(u' ') != m_fullText.simplified().remove(u' ');
    setToolTip(m_elided ? m_fullText : QString());
    setAccessibleName(m_fullText);
}

} // namespace bw::ui
