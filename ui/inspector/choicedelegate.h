// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace bw::ui {

// Edits a table cell that holds one of a fixed set of choices (a moment's mode, a role's kind,
// a sub-group's objective) with a combo box. The cell shows the choice's label and keeps its value
// in Qt::UserRole, so a label can be translated or renamed without changing the data.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    struct Choice {
        QString label;
        QVariant value;
    };

    explicit ChoiceDelegate(QList<Choice> choices, QObject *parent = nullptr);

    QString labelFor(const QVariant &value) const;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<Choice> m_choices;
};

} // namespace bw::ui
