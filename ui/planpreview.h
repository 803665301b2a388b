// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTextBrowser;
class QTextDocument;
class QTimer;

namespace bw {
class Document;
}

namespace bw::ui {

// A live, read-only preview of the plan document, laid out by the same code as the PDF body.
// Edits are gathered for half a second before the plan is rebuilt (typing stays fluid even on a
// large programme); the preview keeps its scroll position and only rebuilds while visible.
class PlanPreview : public QWidget {
    Q_OBJECT
public:
    explicit PlanPreview(bw::Document *document, QWidget *parent = nullptr);
    ~PlanPreview() override;

    // The document shown (owned by the preview; replaced on every refresh).
    QTextDocument *document() const;

public Q_SLOTS:
    // Rebuilds now.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleRefresh();

    bw::Document *m_document;
    QTextBrowser *m_browser;
    QTimer *m_timer;
    QTextDocument *m_shown = nullptr;
    bool m_stale = true;
    int m_laidOutWidth = 0; // viewport width the shown document was laid out for
};

} // namespace bw::ui
