// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "library/teamlibrary.h"
#include "model/project.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace bw {
class Document;
}

namespace bw::ui {

// A client profile applied to a project: the project's tools the client provides are marked
// clientProvided, those its network blocks oftenBlocked; provided tools the project lacks are
// added from the library's tools (by name, when the library has them); the project's client
// name is set when empty; the origin {"client", id, version, 0} is recorded. Pure: the studio
// applies the result as ONE undo step (Document::replaceContent).
Project applyClientProfile(Project project, const LibraryClient &client, const QList<LibraryTool> &libraryTools);

// Project ▸ Apply Client Profile…: lists the library's clients (fetched off the GUI thread) and
// applies the chosen one.
class ClientProfileDialog : public QDialog {
    Q_OBJECT
public:
    explicit ClientProfileDialog(Document *document, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QString statusText() const;
    bool apply(); // the selected client; false (and a message) when nothing was applied

Q_SIGNALS:
    void fetched(bool ok);

private:
    Document *m_document;
    QLabel *m_status;
    QListWidget *m_list;
    QPushButton *m_apply;
    QList<LibraryClient> m_clients;
    QList<LibraryTool> m_tools;
};

} // namespace bw::ui
