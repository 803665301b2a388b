// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace bw {
class Document;
}

namespace bw::ui {

// "Mark Version…": name, date and note of a named version of the plan as it is now.
class MarkVersionDialog : public QDialog {
    Q_OBJECT
public:
    explicit MarkVersionDialog(const bw::Project &project, QWidget *parent = nullptr);

    QString name() const;
    QString note() const;
    QDateTime created() const;

    // The next version's proposed name: "1.0" for the first, then the last one's number with its
    // last part counted up ("1.1" after "1.0 — sent to client").
    static QString proposedName(const bw::Project &project);

private:
    QLineEdit *m_name;
    QDateTimeEdit *m_created;
    QPlainTextEdit *m_note;
};

// "Versions…": the plan's named versions, newest first, with what can be done with one: compare
// the plan with it, open it read-only (in a window of its own, where Save As starts a new project
// from it), restore it (one undoable step) or remove it.
class VersionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit VersionsDialog(bw::Document *document, QWidget *parent = nullptr);

    bw::Id currentVersion() const;
    void setCurrentVersion(bw::Id id);

Q_SIGNALS:
    void compareRequested(bw::Id version);
    void openRequested(bw::Id version);

private:
    void fill();
    void updateButtons();
    void markVersion();
    void restoreVersion();
    void removeVersion();
    void showError(const QString &message);

    bw::Document *m_document;
    QTreeWidget *m_list;
    QLabel *m_hint;
    QPushButton *m_mark;
    QPushButton *m_compare;
    QPushButton *m_open;
    QPushButton *m_restore;
    QPushButton *m_remove;
};

} // namespace bw::ui
