// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace bw {

// Importers bring plans in from where designers keep them (a spreadsheet, CourseFlow, an ABC
// storyboard, Blendwise's own JSON), behind one interface like the exporters: a registry in
// core (importFormats(), findImporter(), detectImporter()), `blendwise import IN [-o FILE]
// [--from FORMAT]` and File ▸ Import… in the studio.
//
// Every import ends with a report: what was read, what was guessed (a phase or a direction
// inferred from a column or a learning type), and what was skipped, each with the place in the
// input (row or line numbers, a JSON path) so the designer can check it.

struct ImportNote {
    enum class Kind { Read, Guessed, Skipped, Warning };
    Kind kind = Kind::Read;
    QString where; // "line 12", "row 4, column Phase", "cards[3].learningTypes"; empty for the whole input
    QString text; // for people, translated: "phase guessed as pre-class from the week before the first class"
    Id itemId = 0; // the activity or objective the note is about, 0 when none
    QString field; // for Guessed: the field's key ("phase", "direction", "duration", "tool")
};

struct ImportResult {
    std::optional<Project> project; // set when the import succeeded (possibly with notes)
    QString error; // why it failed, naming the place ("line 3: …"); empty on success
    QList<ImportNote> notes;

    QList<ImportNote> notesOf(ImportNote::Kind kind) const;
};

// Turns the Guessed notes that name an activity and a field into marks on that activity
// (Activity::guesses), so that the advisor lists them as "check this" findings after the import.
// The reason is the note's place and text ("line 3: phase guessed as …"). A field already marked
// on the activity is not marked twice. Call it after every Importer::read that keeps the project.
void applyGuessMarks(ImportResult &result);

struct ImportOptions {
    // Column mapping for tabular inputs: target field key → the input's column title, e.g.
    // {"title": "Activity name", "phase": "When"} (`--map title=Activity name,phase=When`).
    QList<std::pair<QString, QString>> columnMap;
    QString language = QStringLiteral("en"); // the project's language when the input says none
};

class Importer {
public:
    virtual ~Importer();
    virtual QString key() const = 0; // "json", "csv", "courseflow", "abc"
    virtual QString label() const = 0; // for people, translated
    virtual QStringList fileSuffixes() const = 0; // without dot: {"csv"}
    // How sure the importer is that `data` (the first bytes of the input, up to 64 KiB) named
    // `fileName` is its format: 0 = not mine, 100 = certainly mine. Content decides over the
    // name: a CourseFlow CSV and Blendwise's CSV both end in .csv.
    virtual int detect(const QByteArray &head, const QString &fileName) const = 0;
    // Reads the whole input. Nothing partial: on any error the result has no project. The
    // project is normalize()d and validate()d before it is returned.
    virtual ImportResult read(const QByteArray &data, const QString &fileName, const ImportOptions &options) const = 0;
};

// Every importer, in menu order.
QList<const Importer *> importers();
const Importer *findImporter(const QString &key);
// The importer most sure of `head`, or nullptr when none is (all said 0).
const Importer *detectImporter(const QByteArray &head, const QString &fileName);
// The importer for an input when the person named no format: the one detectImporter() finds,
// else the one importer that owns the file name's suffix (a UTF-16 or broken file says nothing by
// its content, and its own importer's error then says what is wrong instead of "unknown format");
// nullptr when neither decides. The command line and File ▸ Import… both choose this way.
const Importer *chooseImporter(const QByteArray &head, const QString &fileName);

// Largest input any importer reads (bytes): a larger file is refused before it is read whole.
constexpr qint64 MaxImportBytes = 64 * 1024 * 1024;

} // namespace bw
