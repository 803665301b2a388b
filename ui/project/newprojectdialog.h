// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QLabel;

namespace bw::ui {

// Starts a project: empty (with the built-in tool catalogue) or from one of the built-in
// templates, with the title filled in.
class NewProjectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewProjectDialog(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *titleEdit() const { return m_title; }
    // The template's name, empty for an empty project.
    QString templateName() const;
    // The project to open once accepted.
    Project project() const;

private:
    void updateDescription();

    QListWidget *m_list;
    QLabel *m_description;
    QLineEdit *m_title;
};

} // namespace bw::ui
