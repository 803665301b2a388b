// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace bw::ui {

// The most recently used project files (at most MaxCount), kept in QSettings and shared by every
// studio window. Files that no longer exist are dropped whenever the list is shown.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxCount = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    // Keeps `menu` filled with the list (refreshed each time it opens); choosing an entry emits
    // openRequested().
    void attachMenu(QMenu *menu);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void fillMenu(QMenu *menu);
    void store(const QStringList &files);
};

} // namespace bw::ui
