// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace bw::ui {

// `text` laid out at `width` on at most `maxLines` lines, wrapped at word boundaries (a word
// wider than the line is broken); when it needs more, the last line ends in "…". The board's
// cards, the overview's chips and ElidedLabel all shorten text this one way.
QStringList wrappedLines(const QString &text, const QFont &font, int width, int maxLines);

// A plain-text label that wraps onto up to maximumLines() lines (one by default) and ends the
// last one in "…" when the text still does not fit, with the whole text as its tooltip and
// accessible name. Takes whatever width the layout gives it and, wrapping, the height it needs.
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    int maximumLines() const { return m_maxLines; }
    void setMaximumLines(int lines);
    // True when the text is shown shortened (the tooltip then holds all of it).
    bool isElided() const { return m_elided; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateElided();
    QStringList linesFor(int contentsWidth) const;

    QString m_fullText;
    int m_maxLines = 1;
    bool m_elided = false;
};

} // namespace bw::ui
