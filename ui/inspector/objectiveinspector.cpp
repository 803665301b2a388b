// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectiveinspector.h"

#include "document/document.h"
#include "elidedlabel.h"
#include "inspectorform.h"
#include "theme.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QUndoStack>
#include <QVBoxLayout>

namespace bw::ui {

using namespace inspector;

ObjectiveInspector::ObjectiveInspector(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_doc(document)
{
    setAccessibleName(tr("Objective inspector"));
    m_form = newForm(this);

    m_statement = textBox(this, 3);
    m_statement->setPlaceholderText(tr("What learners will be able to do, e.g. “Pitch the product in three minutes”"));
    addRow(m_form, this, tr("&Statement:"), m_statement,
        tr("The objective, starting with a verb that can be observed. Shown on the board and in the plan."));
    connect(m_statement, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            edit([this](Objective &o) { o.statement = m_statement->toPlainText(); }, m_statement);
    });

    m_measure = textBox(this, 3);
    m_measure->setPlaceholderText(tr("How you will know it is reached, e.g. “Scores 3 of 4 on the pitch rubric”"));
    addRow(m_form, this, tr("Success &measure:"), m_measure,
        tr("How success is measured; the plan shows it next to the objective."));
    connect(m_measure, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            edit([this](Objective &o) { o.measure = m_measure->toPlainText(); }, m_measure);
    });

    m_instrumentName = new QLineEdit(this);
    m_instrumentName->setPlaceholderText(tr("e.g. Pitch rubric, final quiz, observation grid"));
    addRow(m_form, this, tr("&Instrument:"), m_instrumentName,
        tr("The name of the assessment instrument that measures the objective."));
    m_instrumentName->setAccessibleName(tr("Assessment instrument"));
    connect(m_instrumentName, &QLineEdit::textEdited, this,
        [this](const QString &text) { edit([&](Objective &o) { o.instrument.name = text; }, m_instrumentName); });

    m_instrumentDescription = textBox(this, 3);
    m_instrumentDescription->setPlaceholderText(tr("What the instrument checks and how it is used"));
    addRow(m_form, this, tr("&Description:"), m_instrumentDescription,
        tr("What the assessment instrument checks, who uses it and when."));
    m_instrumentDescription->setAccessibleName(tr("Instrument description"));
    connect(m_instrumentDescription, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            edit([this](Objective &o) { o.instrument.description = m_instrumentDescription->toPlainText(); },
                m_instrumentDescription);
    });

    // The attached file: its name (elided, whole in the tooltip) over three buttons that are
    // always there, enabled when they apply, so nothing moves when a file comes or goes.
    auto *fileBox = new QWidget(this);
    auto *fileLayout = new QVBoxLayout(fileBox);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->setSpacing(3);
    m_file = new ElidedLabel(fileBox);
    m_file->setMinimumHeight(QLineEdit().sizeHint().height());
    m_file->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    fileLayout->addWidget(m_file);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    m_attach = new QPushButton(icon(QStringLiteral("list-add")), tr("A&ttach file…"), fileBox);
    m_attach->setToolTip(tr("Store a file in the project, e.g. the rubric as PDF or DOCX (at most 16 MiB)"));
    m_saveCopy = new QPushButton(icon(QStringLiteral("document-save-as")), tr("Sa&ve a copy…"), fileBox);
    m_saveCopy->setToolTip(tr("Save the attached file to a folder of your choice"));
    m_remove = new QPushButton(icon(QStringLiteral("list-remove")), tr("R&emove"), fileBox);
    m_remove->setToolTip(tr("Remove the attached file from the project"));
    for (QPushButton *b : { m_attach, m_saveCopy, m_remove }) {
        b->setAccessibleName(QString(b->text()).remove(QLatin1Char('&')));
        buttons->addWidget(b);
    }
    m_remove->setAccessibleName(tr("Remove the attached file"));
    buttons->addStretch();
    fileLayout->addLayout(buttons);
    auto *fileLabel = addRow(m_form, this, tr("Attached &file:"), fileBox, QString());
    fileLabel->setBuddy(m_attach);
    fileBox->setAccessibleName(tr("Attached file"));
    connect(m_attach, &QPushButton::clicked, this, &ObjectiveInspector::chooseFile);
    connect(m_saveCopy, &QPushButton::clicked, this, &ObjectiveInspector::chooseCopyPath);
    connect(m_remove, &QPushButton::clicked, this, &ObjectiveInspector::removeFile);

    m_notes = textBox(this, 4);
    m_notes->setPlaceholderText(tr("Anything the team should know about this objective"));
    addRow(m_form, this, tr("&Notes:"), m_notes, tr("Notes about the objective, printed in the plan."));
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            edit([this](Objective &o) { o.notes = m_notes->toPlainText(); }, m_notes);
    });

    for (QWidget *w :
        std::initializer_list<QWidget *> { m_statement, m_measure, m_instrumentName, m_instrumentDescription, m_notes })
        w->installEventFilter(this);

    connect(m_doc, &Document::objectiveChanged, this, [this](int, Id id) {
        if (id == m_id)
            refresh();
    });
    connect(m_doc, &Document::objectiveRemoved, this, [this](int, Id id) {
        if (id == m_id)
            setObjective(0);
    });
    connect(
        m_doc, &Document::projectReset, this, [this] { setObjective(m_doc->project().objective(m_id) ? m_id : 0); });
    connect(m_doc, &Document::readOnlyChanged, this, &ObjectiveInspector::refresh);
    connect(m_doc->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_pushing)
            m_typingField = nullptr;
    });
    refresh();
}

const Objective *ObjectiveInspector::current() const
{
    return m_id ? m_doc->project().objective(m_id) : nullptr;
}

void ObjectiveInspector::setObjective(Id id)
{
    m_id = m_doc->project().objective(id) ? id : 0;
    m_typingField = nullptr;
    refresh();
}

void ObjectiveInspector::refresh()
{
    if (m_pushing)
        return; // edit() refreshes once its step is on the stack
    const Objective *o = current();
    static const Objective none;
    const Objective &shown = o ? *o : none;
    m_refreshing = true;
    setPlainText(m_statement, shown.statement);
    setPlainText(m_measure, shown.measure);
    setLineText(m_instrumentName, shown.instrument.name);
    setPlainText(m_instrumentDescription, shown.instrument.description);
    setPlainText(m_notes, shown.notes);
    m_refreshing = false;

    const bool hasFile = !shown.instrument.fileName.isEmpty();
    if (hasFile) {
        m_file->setFullText(tr("%1 (%2)").arg(shown.instrument.fileName,
            QLocale().formattedDataSize(shown.instrument.fileData.size(), 1, QLocale::DataSizeTraditionalFormat)));
        m_file->setForegroundRole(QPalette::WindowText);
    } else {
        m_file->setFullText(tr("No file attached"));
        m_file->setForegroundRole(QPalette::PlaceholderText);
    }
    const bool editable = o && !m_doc->isReadOnly();
    m_attach->setEnabled(editable);
    m_saveCopy->setEnabled(o && hasFile);
    m_remove->setEnabled(editable && hasFile);
}

void ObjectiveInspector::edit(const std::function<void(Objective &)> &change, QObject *typingField)
{
    const Objective *o = current();
    if (!o)
        return;
    Objective changed = *o;
    change(changed);
    if (changed == *o)
        return;
    const auto how = m_sessions.plan(m_doc->undoStack(), typingField, typingField && typingField == m_typingField, m_id);
    m_typingField = typingField;
    m_pushing = true;
    if (how == inspector::TypingSessions::Push::ReplaceSingle)
        m_doc->undo();
    m_doc->changeObjective(changed, how == inspector::TypingSessions::Push::Merge);
    m_pushing = false;
    m_sessions.pushed(m_doc->undoStack(), typingField, m_id, how);
    refresh();
}

bool ObjectiveInspector::attachFile(const QString &path)
{
    if (!current() || m_doc->isReadOnly())
        return false;
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString title = tr("Attach File");
    if (info.size() > MaxFileBytes) {
        QMessageBox::warning(this, title,
            tr("“%1” is %2, larger than the 16 MiB a project can hold for one file. Attach a smaller file, "
               "e.g. the rubric saved as PDF without embedded images.")
                .arg(name, QLocale().formattedDataSize(info.size(), 1, QLocale::DataSizeTraditionalFormat)));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, title, tr("Cannot read “%1”: %2").arg(name, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) { // it grew since it was measured
        QMessageBox::warning(this, title, tr("“%1” is larger than 16 MiB.").arg(name));
        return false;
    }
    m_typingField = nullptr;
    edit([&](Objective &o) {
        o.instrument.fileName = name;
        o.instrument.fileData = bytes;
    });
    return true;
}

bool ObjectiveInspector::saveCopy(const QString &path)
{
    const Objective *o = current();
    if (!o || o->instrument.fileName.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(o->instrument.fileData) != o->instrument.fileData.size()
        || !file.commit()) {
        QMessageBox::warning(
            this, tr("Save a Copy"), tr("Cannot write “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    return true;
}

void ObjectiveInspector::removeFile()
{
    m_typingField = nullptr;
    edit([](Objective &o) {
        o.instrument.fileName.clear();
        o.instrument.fileData.clear();
    });
}

void ObjectiveInspector::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach File"), QString(),
        tr("Documents (*.pdf *.docx *.doc *.odt *.xlsx *.pptx *.txt);;All files (*)"));
    if (!path.isEmpty())
        attachFile(path);
}

void ObjectiveInspector::chooseCopyPath()
{
    const Objective *o = current();
    if (!o || o->instrument.fileName.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy"), o->instrument.fileName);
    if (!path.isEmpty())
        saveCopy(path);
}

void ObjectiveInspector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        m_attach->setIcon(icon(QStringLiteral("list-add")));
        m_saveCopy->setIcon(icon(QStringLiteral("document-save-as")));
        m_remove->setIcon(icon(QStringLiteral("list-remove")));
    }
}

bool ObjectiveInspector::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && watched == m_typingField)
        m_typingField = nullptr;
    return QWidget::eventFilter(watched, event);
}

} // namespace bw::ui
