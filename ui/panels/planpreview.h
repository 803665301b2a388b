// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/pagelayout.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QTimer;

namespace bw {
class Document;
}

namespace bw::ui {

class PlanPagesView;

// The plan's pages as the PDF and the printout will have them: the same PlanPaginator layout,
// painted page by page, zoomable (Ctrl++, Ctrl+-, Ctrl+0 fits the width). Edits are gathered for
// half a second, then the pages are laid out again on a worker thread — the studio stays
// responsive — and a result overtaken by a newer edit is dropped. The reader's place is kept.
// Only rebuilds while visible.
class PlanPreview : public QWidget {
    Q_OBJECT
public:
    explicit PlanPreview(bw::Document *document, QWidget *parent = nullptr);
    ~PlanPreview() override;

    // The pages shown; null until the first layout is in.
    std::shared_ptr<const PageLayout> pageLayout() const;
    PlanPagesView *pagesView() const { return m_view; }
    // A layout is being built in the background.
    bool isUpdating() const { return m_running != 0; }

public Q_SLOTS:
    // Starts a new layout now.
    void refresh();

Q_SIGNALS:
    void pagesUpdated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void showPageNumber(int page, int pages);

    bw::Document *m_document;
    PlanPagesView *m_view;
    QLabel *m_pageLabel;
    QTimer *m_timer;
    bool m_stale = true;
    quint64 m_generation = 0;
    int m_running = 0;
    std::shared_ptr<std::atomic_bool> m_cancel; // of the newest job
};

} // namespace bw::ui
