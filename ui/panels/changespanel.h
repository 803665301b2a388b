// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/changetext.h"
#include "model/project.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTimer;
class QTreeView;
class QModelIndex;

namespace bw {
class Document;
}

namespace bw::ui {

// "What changed since …": the differences between the open project and a base it is compared
// with (the file as last saved, or a marked version), in plain sentences grouped by objective,
// each a double-click (or Enter) away from its item. Follows edits a moment after the last one.
class ChangesPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChangesPanel(bw::Document *document, QWidget *parent = nullptr);

    // What the open project is compared with.
    struct Base {
        QString label; // "The file as last saved", "Version 1.0 — sent to client"
        QString key; // stable key for the combo ("saved", "version:12")
        std::function<std::optional<bw::Project>(QString *error)> load;
    };
    // Bases offered besides the saved file (the project's marked versions); the current choice
    // is kept by key when it is still offered.
    void setExtraBases(const QList<Base> &bases);

    const QList<bw::diff::ChangeLine> &lines() const { return m_lines; }
    // Ids of activities added, moved or changed since the base (the board marks them).
    const QSet<bw::Id> &changedActivities() const { return m_changedActivities; }
    QString currentBaseKey() const;
    void setCurrentBaseKey(const QString &key);

    static constexpr int RefreshDelayMs = 300;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void itemActivated(bw::Id id);
    void changedActivitiesChanged();

private:
    void rebuildBases();
    void loadBase();
    void rebuildList();
    void activate(const QModelIndex &index);

    bw::Document *m_document;
    QComboBox *m_baseCombo;
    QLabel *m_summary;
    QTreeView *m_view;
    QStandardItemModel *m_model;
    QTimer *m_refreshTimer;
    QList<Base> m_extraBases;
    std::optional<bw::Project> m_base;
    QString m_baseError;
    QList<bw::diff::ChangeLine> m_lines;
    QSet<bw::Id> m_changedActivities;
};

} // namespace bw::ui
