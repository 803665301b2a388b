// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>

namespace bw::ui {

// A list view that tells people what to do while it is empty, instead of showing a blank area.
class HintListView : public QListView
{
    Q_OBJECT
public:
    using QListView::QListView;

    QString emptyHint() const { return m_hint; }
    void setEmptyHint(const QString &hint);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_hint;
};

} // namespace bw::ui
