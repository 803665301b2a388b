// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace bw::ui {

namespace {
QString key()
{
    return u"files/recent"_s;
}
} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentFiles::files() const
{
    QStringList existing;
    const QStringList stored = QSettings().value(key()).toStringList();
    for (const QString &path : stored)
        if (QFileInfo::exists(path))
            existing.append(path);
    return existing;
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(key(), files.mid(0, MaxCount));
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = QSettings().value(key()).toStringList();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::attachMenu(QMenu *menu)
{
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillMenu(menu); });
    fillMenu(menu);
}

void RecentFiles::fillMenu(QMenu *menu)
{
    menu->clear();
    const QStringList list = files();
    store(list); // forget files that have gone
    for (int i = 0; i < list.size(); ++i) {
        const QString path = list[i];
        // Numbered 1–9 then 0, so each entry has a keyboard accelerator.
        const QString label = tr("&%1 %2").arg((i + 1) % 10).arg(QFileInfo(path).fileName());
        QAction *action = menu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (list.isEmpty()) {
        menu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Clear Recent Projects")), &QAction::triggered, this, &RecentFiles::clear);
}

} // namespace bw::ui
