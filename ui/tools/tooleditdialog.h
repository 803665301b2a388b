// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace bw::ui {

// Edits every field of one tool. The dialog only edits a copy: whoever opened it turns the result
// into one facade call (addTool / changeTool), so that OK is one undo step and Cancel is nothing.
class ToolEditDialog : public QDialog
{
    Q_OBJECT
public:
    // `project` is read for the uniqueness of names and the list of replacements.
    ToolEditDialog(const Project &project, const Tool &tool, QWidget *parent = nullptr);

    Tool tool() const;

    QLineEdit *nameEdit() const { return m_name; }

private:
    void validate();

    const Project &m_project;
    Tool m_tool;
    QLineEdit *m_name;
    class InlineMessage *m_nameProblem;
    QComboBox *m_type;
    QList<QCheckBox *> m_directions; // in enumValues<Direction>() order
    QCheckBox *m_synchronous;
    QCheckBox *m_needsAccount;
    QCheckBox *m_oftenBlocked;
    QCheckBox *m_clientProvided;
    QComboBox *m_cost;
    QLineEdit *m_url;
    QComboBox *m_status;
    QComboBox *m_replacement;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_benefit;
    QPlainTextEdit *m_access;
    QPlainTextEdit *m_setup;
    QDialogButtonBox *m_buttons;
};

} // namespace bw::ui
