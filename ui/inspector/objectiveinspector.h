// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inspectorform.h"
#include "model/project.h"

#include <QWidget>

#include <functional>

class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QUndoCommand;

namespace bw {
class Document;
}

namespace bw::ui {

class ElidedLabel;

// Every field of one objective: its statement, how success is measured, the assessment
// instrument (name, description and an optional attached file such as a rubric) and notes.
// Typing in a field is one undo step for as long as the field keeps the focus; the form follows
// the document (undo, redo, edits elsewhere) without moving the cursor of the field typed in.
class ObjectiveInspector : public QWidget {
    Q_OBJECT
public:
    // The largest file that can be attached as an instrument: it is stored inside the project.
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

    explicit ObjectiveInspector(bw::Document *document, QWidget *parent = nullptr);

    void setObjective(bw::Id id);
    bw::Id objective() const { return m_id; }

    // What "Attach file…" and "Save a copy…" do once the file dialog has given a path. Problems
    // (too large, unreadable, unwritable) are told in a message box; returns whether it worked.
    bool attachFile(const QString &path);
    bool saveCopy(const QString &path);
    void removeFile();

    // For tests and for the inspector's label column.
    QPlainTextEdit *statementEdit() const { return m_statement; }
    QPlainTextEdit *measureEdit() const { return m_measure; }
    QLineEdit *instrumentNameEdit() const { return m_instrumentName; }
    QPlainTextEdit *instrumentDescriptionEdit() const { return m_instrumentDescription; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPushButton *attachButton() const { return m_attach; }
    QPushButton *saveCopyButton() const { return m_saveCopy; }
    QPushButton *removeFileButton() const { return m_remove; }
    ElidedLabel *fileLabel() const { return m_file; }
    QFormLayout *form() const { return m_form; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The buttons' icons follow the theme (light icons on dark buttons).
    void changeEvent(QEvent *event) override;

private:
    const Objective *current() const;
    void refresh();
    void edit(const std::function<void(Objective &)> &change, QObject *typingField = nullptr);
    void chooseFile();
    void chooseCopyPath();

    Document *m_doc;
    Id m_id = 0;
    bool m_refreshing = false;
    bool m_pushing = false;
    QObject *m_typingField = nullptr;
    inspector::TypingSessions m_sessions;

    QFormLayout *m_form;
    QPlainTextEdit *m_statement;
    QPlainTextEdit *m_measure;
    QLineEdit *m_instrumentName;
    QPlainTextEdit *m_instrumentDescription;
    ElidedLabel *m_file;
    QPushButton *m_attach;
    QPushButton *m_saveCopy;
    QPushButton *m_remove;
    QPlainTextEdit *m_notes;
};

} // namespace bw::ui
