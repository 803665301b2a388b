// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/documentversions.h"
#include "cli.h"

#include "advisor/advisor.h"
#include "catalogue/catalogue.h"
#include "diff/changetext.h"
#include "diff/projectdiff.h"
#include "export/exportservice.h"
#include "i18n/translations.h"
#include "import/csvupdate.h"
#include "import/importer.h"
#include "interchange/jsoninput.h"
#include "interchange/jsoninterchange.h"
#include "interchange/jsonwriter.h"
#include "library/librarymigrations.h"
#include "library/teamlibrary.h"
#include "storage/projectfile.h"
#include "storage/projectlock.h"
#include "storage/versionsnapshot.h"
#include "commands/versioncommands.h"
#include "document/document.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <memory>
#include <algorithm>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace bw::cli {

namespace {

// PRODUCT.md §6, plus 4 for an output that could not be written (a full disk, a read-only
// folder): neither a usage error nor an unreadable input, and scripts should tell them apart.
// 5: diff found differences (like diff(1)'s 1, which here already means a usage error).
enum ExitCode { Success = 0, UsageError = 1, InputError = 2, CheckFoundErrors = 3, OutputError = 4, Different = 5 };

const char *const Commands[] = { "new", "import", "export", "check", "diff", "versions", "mark", "templates", "update",
    "library" };

QString tr(const char *text)
{
    return QCoreApplication::translate("bw::cli", text);
}

// The first failed write to standard output, kept so that the command can report it and exit 4
// (a full disk behind "> out.txt", a closed pipe) instead of succeeding with lost output.
int stdoutError = 0;

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) != size_t(bytes.size()) && stream == stdout
        && !stdoutError)
        stdoutError = errno ? errno : EIO;
}

// User text inside a message (a name from a file, a path) can be megabytes long; one line
// keeps its start and end.
QString cut(const QString &text, qsizetype limit = 300)
{
    if (text.size() <= limit)
        return text;
    return text.left(limit - 60) + QStringLiteral(" … ") + text.right(40)
        + QCoreApplication::translate("bw::cli", " (%1 characters in all)").arg(text.size());
}

// Data goes to stdout so that it can be piped; everything said to people goes to stderr.
void data(const QString &line)
{
    write(stdout, line + QLatin1Char('\n'));
}

void message(const QString &line)
{
    write(stderr, cut(line, 1000) + QLatin1Char('\n'));
}

// Why a path cannot be used as an input file, or nothing when it is a regular file. Checked
// before opening: open() on a FIFO waits for a writer forever, and a device never ends.
std::optional<QString> notARegularFile(const QString &path)
{
    struct stat status { };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        const int err = errno;
        if (err == ELOOP)
            return tr("%1: a symbolic link that leads back to itself (a link loop)").arg(cut(path));
        if (err == ENOENT && QFileInfo(path).isSymLink())
            return tr("%1: a symbolic link to a file that does not exist").arg(cut(path));
        if (err == ENOENT || err == ENOTDIR)
            return tr("%1: no such file").arg(cut(path));
        return tr("%1: cannot be read (%2)").arg(cut(path), qt_error_string(err));
    }
    if (S_ISDIR(status.st_mode))
        return tr("%1: a folder, not a file").arg(cut(path));
    if (S_ISFIFO(status.st_mode))
        return tr("%1: a named pipe (FIFO), not a file").arg(cut(path));
    if (!S_ISREG(status.st_mode))
        return tr("%1: a device or special file, not a file").arg(cut(path));
    return std::nullopt;
}

// An existing output that is not a regular file or folder (/dev/null, a FIFO, a terminal) is
// written as a stream: replacing it with a file would remove the device node.
bool isStreamTarget(const QString &path)
{
    struct stat status { };
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 && !S_ISREG(status.st_mode)
        && !S_ISDIR(status.st_mode);
}

// Writes bytes to an output stream (fd, or the path of a device or FIFO); an empty string, or
// the message to report.
QString streamOut(const QByteArray &bytes, const QString &path)
{
    if (path == QLatin1String("-")) {
        std::fflush(stdout);
        if (const QString why = writeToStream(STDOUT_FILENO, bytes); !why.isEmpty())
            return tr("Cannot write to standard output: %1.").arg(why);
        return {};
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return tr("Cannot write %1: %2.").arg(cut(path), qt_error_string(errno));
    QString why = writeToStream(fd, bytes);
    if (::close(fd) != 0 && why.isEmpty())
        why = qt_error_string(errno);
    return why.isEmpty() ? QString() : tr("Cannot write %1: %2.").arg(cut(path), why);
}

// Progress of long work on one line of stderr, rewritten in place ("\r"), when stderr is a
// terminal; silent when it is piped or redirected, so logs and scripts get only the messages.
class TerminalProgress
{
public:
    TerminalProgress()
        : m_enabled(isatty(fileno(stderr)) == 1)
    {
    }
    ~TerminalProgress() { clear(); }
    TerminalProgress(const TerminalProgress &) = delete;
    TerminalProgress &operator=(const TerminalProgress &) = delete;

    void show(const QString &line)
    {
        if (!m_enabled || line == m_shown)
            return;
        // "\x1b[K" erases what a longer previous line left on the right.
        write(stderr, QLatin1Char('\r') + line + QStringLiteral("\x1b[K"));
        std::fflush(stderr);
        m_shown = line;
    }
    // Takes the line away before a message is printed or the command ends.
    void clear()
    {
        if (!m_enabled || m_shown.isEmpty())
            return;
        write(stderr, QStringLiteral("\r\x1b[K"));
        std::fflush(stderr);
        m_shown.clear();
    }

private:
    bool m_enabled;
    QString m_shown;
};

QString importerKeys()
{
    QStringList keys;
    for (const Importer *importer : importers())
        keys.append(importer->key());
    return keys.join(QLatin1String(", "));
}

QString fullUsage()
{
    return tr("Usage:\n"
              "  blendwise [FILE]                                   open the studio\n"
              "  blendwise new FILE [--template NAME] [--force]     create a project file\n"
              "  blendwise import INPUT [-o FILE] [--from FORMAT]   a plan from elsewhere -> project file\n"
              "                   [--map FIELD=COLUMN,...] [--force]  (FORMAT: %2)\n"
              "  blendwise export FILE --format F [-o OUT]          F: %1\n"
              "                   [--paper a4|letter] [--client] [--bom]\n"
              "                   [--changes-since VERSION] [--tracked-changes VERSION]\n"
              "  blendwise check FILE [--json]                      run the design advisor\n"
              "  blendwise diff A B [--json]                        what changed from project A to B\n"
              "  blendwise versions FILE                            list the named versions in FILE\n"
              "  blendwise mark FILE --name NAME [--note TEXT]      keep the plan as it is as a named version\n"
              "  blendwise update FILE CSV [--remove-missing]       apply a spreadsheet's changes to FILE\n"
              "                   [--dry-run]                       (the CSV that 'export --format csv' wrote)\n"
              "  blendwise templates                                list built-in templates\n"
              "  blendwise library init|status [CONNECTION]         create/migrate the team library; show it\n"
              "  blendwise library list tools|templates|patterns|clients [--search TEXT] [--json]\n"
              "  blendwise library publish FILE [--template NAME] [--tools] [--patterns]\n"
              "  blendwise library publish --retire TOOL [--replacement TOOL]\n"
              "  blendwise library pull --template NAME -o FILE [--force] | pull FILE\n"
              "    CONNECTION: [--service NAME] [--host H] [--port P] [--dbname DB] [--user U]\n"
              "                [--sslmode MODE] [--schema S]; PG* variables and ~/.pgpass work too\n"
              "  blendwise --help | --version\n"
              "\n"
              "export writes OUT next to FILE (FILE's name, the format's extension) unless -o is given;\n"
              "-o - writes to standard output.\n"
              "FILE@VERSION (export, diff) reads a named version of FILE, by name or number: plan.blendwise@1.0.\n"
              "--client leaves the design review out, --bom adds a byte-order mark to CSV for Excel.\n"
              "--changes-since VERSION adds a \"Changes since VERSION\" section (a named version of FILE);\n"
              "--tracked-changes VERSION (docx only) marks what changed since VERSION as Word revisions,\n"
              "to accept or reject one by one in Word or LibreOffice.\n"
              "update prints the changes; --dry-run leaves FILE as it is, --remove-missing deletes the\n"
              "activities the CSV has no row for (they are only reported without it).\n"
              "export, check and diff never write to FILE; mark adds a version to it; new and import never\n"
              "replace a file without --force.\n"
              "\n"
              "Exit codes: 0 success, 1 usage error, 2 the input cannot be read,\n"
              "3 check found errors, 4 the output could not be written, 5 diff found differences,\n"
              "6 library conflict (a colleague changed the item: pull, then publish again),\n"
              "7 the library server cannot be reached.")
        .arg(exportFormats().join(QLatin1Char(' ')), importerKeys());
}

// One line saying what went wrong, the command's own usage, and where to find the rest.
int usageError(const QString &problem, const QString &usage)
{
    message(QStringLiteral("blendwise: ") + problem);
    if (!usage.isEmpty())
        message(tr("usage: %1").arg(usage));
    message(tr("Try 'blendwise --help' for more information."));
    return UsageError;
}

// The same file, even through symlinks or "./a/../b"; works for an output that does not exist yet.
bool samePath(const QString &a, const QString &b)
{
    auto canonical = [](const QString &path) -> QString {
        const QFileInfo info(path);
        if (info.exists())
            return info.canonicalFilePath();
        const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
        return (dir.isEmpty() ? info.absolutePath() : dir) + QLatin1Char('/') + info.fileName();
    };
    return canonical(a) == canonical(b);
}

// The outcome of parsing one command's arguments: either its positional arguments, or the exit
// code to return at once (after --help, or after a usage error has been reported).
struct Parsed {
    QStringList args;
    std::optional<int> exitCode;
};

Parsed parse(QCommandLineParser &parser, const QStringList &arguments, int positionals, const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    parser.addOption(help);
    if (!parser.parse(arguments))
        return { {}, usageError(parser.errorText(), usage) };
    if (parser.isSet(help)) {
        data(fullUsage());
        return { {}, Success };
    }
    const QStringList args = parser.positionalArguments();
    if (args.size() < positionals)
        return { {}, usageError(tr("missing argument"), usage) };
    if (args.size() > positionals)
        return { {}, usageError(tr("unexpected argument \"%1\"").arg(args.value(positionals)), usage) };
    return { args, std::nullopt };
}

// `name` in the folder of `path`, spelled the way the user spelled that folder ("plan.md", not "./plan.md").
QString siblingPath(const QString &path, const QString &name)
{
    const QString folder = QFileInfo(path).path();
    return folder == QLatin1String(".") ? name : folder + QLatin1Char('/') + name;
}

// Loads a project file; on failure reports ProjectFile's one-line message.
std::optional<Project> loadProject(const QString &path)
{
    LoadResult loaded = ProjectFile::load(path);
    if (loaded.error) {
        message(loaded.error.message);
        return std::nullopt;
    }
    return std::move(loaded.project);
}

// "plan.blendwise@1.0": a project file and one of its named versions. A name that is a file as
// it stands is that file, '@' and all; otherwise the part after the last '@' names the version
// (its whole name, or its number: "1.0" for "1.0 — sent to client").
struct ProjectRef {
    QString file;
    QString version; // empty: the project as saved
};

ProjectRef splitRef(const QString &argument)
{
    const qsizetype at = argument.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || QFileInfo::exists(argument))
        return { argument, {} };
    return { argument.left(at), argument.mid(at + 1) };
}

const Version *findVersion(const Project &project, const QString &wanted)
{
    for (const Version &v : project.versions)
        if (v.name == wanted)
            return &v;
    const Version *byNumber = nullptr;
    for (const Version &v : project.versions)
        if (versionNumber(v.name) == wanted)
            byNumber = &v; // the latest of that number
    return byNumber;
}

// The project version `wanted` of `holder` (read from `file`) holds; its full name in `name`.
std::optional<Project> loadVersion(
    const Project &holder, const QString &file, const QString &wanted, QString *name = nullptr)
{
    const Version *v = findVersion(holder, wanted);
    if (!v) {
        QStringList names;
        for (const Version &x : holder.versions)
            names.append(x.name);
        message(names.isEmpty()
                ? tr("%1: no version \"%2\" (the file has no versions)").arg(cut(file), wanted)
                : tr("%1: no version \"%2\" (it has: %3)").arg(cut(file), wanted, names.join(QLatin1String(", "))));
        return std::nullopt;
    }
    LoadResult loaded = VersionSnapshot::load(v->snapshot, v->name);
    if (loaded.error) {
        message(loaded.error.message);
        return std::nullopt;
    }
    if (name)
        *name = v->name;
    return std::move(loaded.project);
}

// Loads a project file, or one of its versions (FILE@VERSION).
std::optional<Project> loadProjectRef(const QString &argument)
{
    const ProjectRef ref = splitRef(argument);
    auto project = loadProject(ref.file);
    if (!project || ref.version.isEmpty())
        return project;
    return loadVersion(*project, ref.file, ref.version);
}

int saveNew(const Project &project, const QString &path, bool force, const QString &usage)
{
    if (isStreamTarget(path)) {
        // The project is written whole into a private file first (SQLite needs a real file),
        // then streamed; nothing is replaced, so --force is not needed.
        QTemporaryDir dir;
        const QString temporary = dir.filePath(QStringLiteral("project.blendwise"));
        if (const FileError error = ProjectFile::save(project, temporary)) {
            message(error.message);
            return OutputError;
        }
        QFile file(temporary);
        if (!file.open(QIODevice::ReadOnly)) {
            message(tr("Cannot write %1: %2.").arg(cut(path), file.errorString()));
            return OutputError;
        }
        if (const QString why = streamOut(file.readAll(), path); !why.isEmpty()) {
            message(why);
            return OutputError;
        }
        return Success;
    }
    if (QFileInfo::exists(path) && !force)
        return usageError(tr("%1 already exists; use --force to replace it").arg(cut(path)), usage);
    if (const FileError error = ProjectFile::save(project, path)) {
        message(error.message);
        return OutputError;
    }
    return Success;
}

int runNew(const QStringList &arguments)
{
    const QString usage = tr("blendwise new FILE [--template NAME] [--force]");
    QCommandLineParser parser;
    const QCommandLineOption templateOption(QStringLiteral("template"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption force(QStringLiteral("force"));
    parser.addOptions({ templateOption, force });
    const Parsed parsed = parse(parser, arguments, 1, usage);
    if (parsed.exitCode)
        return *parsed.exitCode;
    const QString path = parsed.args.first();

    Project project;
    if (parser.isSet(templateOption)) {
        const QString name = parser.value(templateOption);
        const auto fromTemplate = templateProject(name);
        if (!fromTemplate) {
            QStringList names;
            for (const TemplateInfo &t : builtinTemplates())
                names.append(t.name);
            return usageError(
                tr("unknown template \"%1\" (available: %2)").arg(name, names.join(QLatin1String(", "))), usage);
        }
        project = *fromTemplate;
    } else {
        project = newProject();
    }
    if (const int code = saveNew(project, path, parser.isSet(force), usage))
        return code;
    message(tr("Created %1 (objectives: %2, activities: %3).")
                .arg(path)
                .arg(project.objectives.size())
                .arg(project.activityCount()));
    return Success;
}

// "title=Activity name,phase=When" → {{"title", "Activity name"}, {"phase", "When"}}; nullopt when a pair has no '='.
std::optional<QList<std::pair<QString, QString>>> parseColumnMap(const QString &text)
{
    QList<std::pair<QString, QString>> map;
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == pair.size() - 1)
            return std::nullopt;
        map.append({ pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed() });
    }
    return map;
}

// IN's name with .blendwise, beside it: "data/plan.json" → "data/plan.blendwise".
QString defaultImportTarget(const QString &input)
{
    const QFileInfo info(input);
    const QString base = info.completeBaseName().isEmpty() ? info.fileName() : info.completeBaseName();
    const QString dir = info.path();
    const QString name = base + QLatin1String(".blendwise");
    return dir == QLatin1String(".") ? name : dir + QLatin1Char('/') + name;
}

// Prints a note of an import or an update on stderr ("plan.csv:line 4: warning: …"); nothing
// for what was simply read.
void printNote(const QString &input, const ImportNote &note)
{
    QString kind;
    switch (note.kind) {
    case ImportNote::Kind::Read:
        return;
    case ImportNote::Kind::Guessed:
        kind = tr("guessed");
        break;
    case ImportNote::Kind::Skipped:
        kind = tr("skipped");
        break;
    case ImportNote::Kind::Warning:
        kind = tr("warning");
        break;
    }
    const QString place = note.where.isEmpty() ? cut(input) : cut(input) + QLatin1Char(':') + cut(note.where);
    message(tr("%1: %2: %3").arg(place, kind, cut(note.text)));
}

int runImport(const QStringList &arguments)
{
    const QString usage = tr("blendwise import INPUT [-o FILE] [--from FORMAT] [--map FIELD=COLUMN,...] [--force]");
    QCommandLineParser parser;
    const QCommandLineOption output(
        QStringList { QStringLiteral("o"), QStringLiteral("output") }, QString(), QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption map(QStringLiteral("map"), QString(), QStringLiteral("MAP"));
    const QCommandLineOption force(QStringLiteral("force"));
    parser.addOptions({ output, from, map, force });
    const Parsed parsed = parse(parser, arguments, 1, usage);
    if (parsed.exitCode)
        return *parsed.exitCode;
    const QString input = parsed.args.first();
    const QString target = parser.isSet(output) ? parser.value(output) : defaultImportTarget(input);
    if (samePath(input, target))
        return usageError(tr("%1 is the input; choose another output file").arg(target), usage);

    const Importer *importer = nullptr;
    if (parser.isSet(from)) {
        importer = findImporter(parser.value(from).toLower());
        if (!importer)
            return usageError(
                tr("unknown format \"%1\" (expected one of %2)").arg(cut(parser.value(from)), importerKeys()), usage);
    }
    ImportOptions options;
    if (parser.isSet(map)) {
        const auto columns = parseColumnMap(parser.value(map));
        if (!columns)
            return usageError(tr("--map expects FIELD=COLUMN pairs separated by commas"), usage);
        options.columnMap = *columns;
    }

    if (const auto problem = notARegularFile(input)) {
        message(*problem);
        return InputError;
    }
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        message(tr("%1: cannot be read (%2)").arg(cut(input), file.errorString()));
        return InputError;
    }
    TerminalProgress progress;
    progress.show(tr("Importing… reading %1").arg(cut(input)));
    // One byte past the limit tells an input that is too large without reading all of it.
    const QByteArray data = file.read(MaxImportBytes + 1);
    if (data.size() > MaxImportBytes) {
        progress.clear();
        message(
            tr("%1: larger than %2 MB, the limit for an import").arg(cut(input)).arg(MaxImportBytes / (1024 * 1024)));
        return InputError;
    }
    const QString fileName = QFileInfo(input).fileName();
    if (!importer)
        importer = chooseImporter(data.left(64 * 1024), fileName);
    if (!importer) {
        progress.clear();
        return usageError(
            tr("cannot tell the format of %1; use --from (one of %2)").arg(cut(input), importerKeys()), usage);
    }
    ImportResult imported = importer->read(data, fileName, options);
    applyGuessMarks(imported); // guessed values stay marked for the advisor's "check this"
    progress.clear();
    if (!imported.project) {
        message(tr("%1: %2").arg(cut(input), cut(imported.error)));
        return InputError;
    }
    for (const ImportNote &note : imported.notes)
        printNote(input, note);
    progress.show(tr("Importing… writing %1 (activities: %2)").arg(cut(target)).arg(imported.project->activityCount()));
    const int code = saveNew(*imported.project, target, parser.isSet(force), usage);
    progress.clear();
    if (code)
        return code;
    const qsizetype guessed = imported.notesOf(ImportNote::Kind::Guessed).size();
    const qsizetype skipped = imported.notesOf(ImportNote::Kind::Skipped).size();
    if (guessed || skipped) {
        message(tr("Imported %1 objectives and %2 activities; %3 values guessed, %4 rows skipped.")
                    .arg(imported.project->objectives.size())
                    .arg(imported.project->activityCount())
                    .arg(guessed)
                    .arg(skipped));
    }
    message(tr("Imported %1 into %2.").arg(input, target));
    return Success;
}

int runExport(const QStringList &arguments)
{
    const QString usage = tr("blendwise export FILE --format F [-o OUT] [--paper a4|letter] [--client] [--bom] "
                             "[--changes-since VERSION] [--tracked-changes VERSION]");
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("F"));
    const QCommandLineOption output(
        QStringList { QStringLiteral("o"), QStringLiteral("output") }, QString(), QStringLiteral("OUT"));
    const QCommandLineOption paper(QStringLiteral("paper"), QString(), QStringLiteral("SIZE"));
    const QCommandLineOption client(QStringLiteral("client"));
    const QCommandLineOption bom(QStringLiteral("bom"));
    const QCommandLineOption changesSince(QStringLiteral("changes-since"), QString(), QStringLiteral("VERSION"));
    const QCommandLineOption trackedChanges(QStringLiteral("tracked-changes"), QString(), QStringLiteral("VERSION"));
    parser.addOptions({ format, output, paper, client, bom, changesSince, trackedChanges });
    const Parsed parsed = parse(parser, arguments, 1, usage);
    if (parsed.exitCode)
        return *parsed.exitCode;
    const QString input = parsed.args.first();

    ExportOptions options;
    const QStringList formats = exportFormats();
    options.format = parser.value(format).toLower();
    if (!parser.isSet(format))
        return usageError(tr("missing --format (one of %1)").arg(formats.join(QLatin1String(", "))), usage);
    if (!formats.contains(options.format))
        return usageError(tr("unknown format \"%1\" (expected one of %2)")
                              .arg(parser.value(format), formats.join(QLatin1String(", "))),
            usage);
    if (parser.isSet(paper)) {
        const QString size = parser.value(paper).toLower();
        if (size == QLatin1String("a4"))
            options.paper = ExportOptions::Paper::A4;
        else if (size == QLatin1String("letter"))
            options.paper = ExportOptions::Paper::Letter;
        else
            return usageError(tr("unknown paper size \"%1\" (expected a4 or letter)").arg(parser.value(paper)), usage);
    }
    options.clientVersion = parser.isSet(client);
    options.csvBom = parser.isSet(bom);
    if (parser.isSet(trackedChanges) && options.format != QLatin1String("docx"))
        return usageError(tr("--tracked-changes needs --format docx (Word revisions)"), usage);

    const ProjectRef ref = splitRef(input);
    const QFileInfo inputInfo(ref.file);
    // A version's export is named after it: plan-1.0.pdf beside plan.blendwise.
    QString suffix;
    if (!ref.version.isEmpty()) {
        suffix = QLatin1Char('-') + ref.version;
        suffix.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("_"));
    }
    const QString target = parser.isSet(output)
        ? parser.value(output)
        : siblingPath(ref.file, inputInfo.completeBaseName() + suffix + QLatin1Char('.') + options.format);
    if (samePath(ref.file, target))
        return usageError(
            tr("%1 is the input; export never writes over it, choose another output with -o").arg(target), usage);

    const auto project = loadProjectRef(input);
    if (!project)
        return InputError;
    if (parser.isSet(changesSince) || parser.isSet(trackedChanges)) {
        // Versions are FILE's, also when a version of it is exported (that one has none).
        std::optional<Project> file;
        if (!ref.version.isEmpty() && !(file = loadProject(ref.file)))
            return InputError;
        const Project &holder = file ? *file : *project;
        const auto base = [&](const QCommandLineOption &option, QString *name) -> std::shared_ptr<const Project> {
            auto version = loadVersion(holder, ref.file, parser.value(option), name);
            return version ? std::make_shared<const Project>(std::move(*version)) : nullptr;
        };
        if (parser.isSet(changesSince)) {
            options.changesBase = base(changesSince, &options.changesLabel);
            if (!options.changesBase)
                return InputError;
        }
        if (parser.isSet(trackedChanges)) {
            ExportOptions::TrackedChanges tracked;
            tracked.base = base(trackedChanges, &tracked.label);
            if (!tracked.base)
                return InputError;
            tracked.author = project->info.author;
            tracked.date = QDateTime::currentDateTime();
            options.trackedChangesSince = tracked;
        }
    }
    // What the reader should know about the written file goes to stderr, like import's.
    QStringList warnings;
    options.warnings = &warnings;
    const auto printWarnings = [&] {
        for (const QString &warning : std::as_const(warnings))
            message(tr("%1: warning: %2").arg(target == QLatin1String("-") ? input : target, warning));
    };
    TerminalProgress progress;
    // Pages for the paged formats, rows written for the others (see ExportControl).
    const bool paged = options.format == QLatin1String("pdf");
    ExportControl control;
    control.progress = [&progress, paged](int done, int total) {
        progress.show((paged ? tr("Exporting… %1/%2 pages") : tr("Exporting… %1/%2 rows")).arg(done).arg(total));
    };
    if (target == QLatin1String("-")) {
        // "-o -": the document goes to standard output, for pipes. It is rendered whole first
        // (a ZIP package cannot be built on a pipe), then written with every write checked.
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const ExportResult result = exportToDevice(*project, options, buffer, control);
        progress.clear();
        if (!result.ok()) {
            message(result.error);
            return OutputError;
        }
        if (const QString why = streamOut(bytes, target); !why.isEmpty()) {
            message(why);
            return OutputError;
        }
        printWarnings();
        return Success;
    }
    const ExportResult result = exportProject(*project, options, target, control);
    progress.clear();
    if (!result.ok()) {
        message(result.error);
        return OutputError;
    }
    printWarnings();
    message(tr("Wrote %1.").arg(target));
    return Success;
}

int runCheck(const QStringList &arguments)
{
    const QString usage = tr("blendwise check FILE [--json]");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    const Parsed parsed = parse(parser, arguments, 1, usage);
    if (parsed.exitCode)
        return *parsed.exitCode;
    const QString input = parsed.args.first();
    const auto project = loadProject(input);
    if (!project)
        return InputError;

    const QList<Finding> findings = runAdvisor(*project);
    int counts[3] = { 0, 0, 0 };
    for (const Finding &f : findings)
        ++counts[int(f.severity)];
    const int errors = counts[int(Severity::Error)];
    const int warnings = counts[int(Severity::Warning)];
    const int suggestions = counts[int(Severity::Suggestion)];

    if (parser.isSet(json)) {
        JsonWriter out;
        out.beginObject();
        out.field(QLatin1String("file"), input);
        out.key(QLatin1String("findings"));
        out.beginArray();
        for (const Finding &f : findings) {
            out.beginObject();
            out.field(QLatin1String("rule"), f.ruleId);
            out.field(QLatin1String("severity"), severityKey(f.severity));
            out.field(QLatin1String("message"), f.message);
            out.field(QLatin1String("path"), f.itemPath);
            if (!f.fixLabel.isEmpty())
                out.field(QLatin1String("fix"), f.fixLabel); // what the studio's Fix button does
            out.endObject();
        }
        out.endArray();
        out.field(QLatin1String("errors"), errors);
        out.field(QLatin1String("warnings"), warnings);
        out.field(QLatin1String("suggestions"), suggestions);
        out.endObject();
        write(stdout, QString::fromUtf8(out.data()));
    } else {
        for (const Finding &f : findings) {
            data(severityKey(f.severity).leftJustified(10) + QLatin1String("  ") + f.ruleId + QLatin1String("  ")
                + (f.itemPath.isEmpty() ? QStringLiteral("project") : f.itemPath) + QLatin1String("  ") + f.message);
            if (!f.fixLabel.isEmpty())
                data(QString(12, u' ') + tr("fix: %1").arg(f.fixLabel));
        }
        data(tr("%1: errors: %2, warnings: %3, suggestions: %4").arg(input).arg(errors).arg(warnings).arg(suggestions));
    }
    return errors > 0 ? CheckFoundErrors : Success;
}

QString kindKey(diff::ChangeKind kind)
{
    switch (kind) {
    case diff::ChangeKind::Added:
        return QStringLiteral("added");
    case diff::ChangeKind::Removed:
        return QStringLiteral("removed");
    case diff::ChangeKind::Moved:
        return QStringLiteral("moved");
    case diff::ChangeKind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QString itemKey(diff::ItemKind item)
{
    static const char *const keys[] = { "info", "rule", "objective", "activity", "tool", "moment", "role", "sub-group" };
    return QString::fromLatin1(keys[int(item)]);
}

int runDiff(const QStringList &arguments)
{
    const QString usage = tr("blendwise diff A B [--json]");
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    const Parsed parsed = parse(parser, arguments, 2, usage);
    if (parsed.exitCode)
        return *parsed.exitCode;
    const auto before = loadProjectRef(parsed.args[0]);
    if (!before)
        return InputError;
    const auto after = loadProjectRef(parsed.args[1]);
    if (!after)
        return InputError;
    const diff::ProjectDiff changes = diff::diffProjects(*before, *after);
    if (parser.isSet(json)) {
        JsonWriter out;
        out.beginObject();
        out.field(QLatin1String("from"), parsed.args[0]);
        out.field(QLatin1String("to"), parsed.args[1]);
        out.key(QLatin1String("changes"));
        out.beginArray();
        for (const diff::Change &c : changes.changes) {
            out.beginObject();
            out.field(QLatin1String("change"), kindKey(c.kind));
            out.field(QLatin1String("item"), itemKey(c.item));
            if (c.id) {
                out.key(QLatin1String("id"));
                out.value(qint64(c.id));
            }
            if (c.objectiveId) {
                out.key(QLatin1String("objectiveId"));
                out.value(qint64(c.objectiveId));
            }
            out.field(QLatin1String("label"), c.label);
            if (!c.fields.isEmpty()) {
                out.key(QLatin1String("fields"));
                out.beginArray();
                for (const diff::FieldChange &f : c.fields) {
                    out.beginObject();
                    out.field(QLatin1String("field"), f.field);
                    out.field(QLatin1String("before"), f.before);
                    out.field(QLatin1String("after"), f.after);
                    out.endObject();
                }
                out.endArray();
            }
            out.endObject();
        }
        out.endArray();
        out.endObject();
        write(stdout, QString::fromUtf8(out.data()));
    } else {
        for (const diff::ChangeLine &line : diff::describeChanges(changes, *before, *after))
            data(line.text);
        if (changes.isEmpty())
            message(tr("No differences."));
    }
    return changes.isEmpty() ? Success : Different;
}

int runVersions(const QStringList &arguments)
{
    const QString usage = tr("blendwise versions FILE");
    QCommandLineParser parser;
    const Parsed parsed = parse(parser, arguments, 1, usage);
    if (parsed.exitCode)
        return *parsed.exitCode;
    const auto project = loadProject(parsed.args.first());
    if (!project)
        return InputError;
    for (const Version &v : project->versions)
        data(v.name + QLatin1Char('\t') + (v.created.isValid() ? v.created.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString())
             + QLatin1Char('\t') + v.note.simplified());
    if (project->versions.isEmpty())
        message(tr("%1 has no versions yet; mark one with 'blendwise mark'.").arg(cut(parsed.args.first())));
    return Success;
}

int runMark(const QStringList &arguments)
{
    const QString usage = tr("blendwise mark FILE --name NAME [--note TEXT]");
    QCommandLineParser parser;
    const QCommandLineOption name(QStringLiteral("name"), {}, QStringLiteral("NAME"));
    const QCommandLineOption note(QStringLiteral("note"), {}, QStringLiteral("TEXT"));
    parser.addOptions({ name, note });
    const Parsed parsed = parse(parser, arguments, 1, usage);
    if (parsed.exitCode)
        return *parsed.exitCode;
    if (parser.value(name).trimmed().isEmpty())
        return usageError(tr("--name is required"), usage);
    const QString path = parsed.args.first();
    if (const auto why = notARegularFile(path)) {
        message(*why);
        return InputError;
    }
    // The studio may have the project open: its next save would drop this version.
    ProjectLock lock(path);
    if (!lock.tryLock()) {
        message(tr("%1 is open in Blendwise (locked by %2); mark the version there.")
                    .arg(cut(path), lock.holder().user.isEmpty() ? tr("another program") : lock.holder().user));
        return OutputError;
    }
    auto project = loadProject(path);
    if (!project)
        return InputError;
    Document document(std::move(*project));
    QString error;
    const Id id = DocumentVersions::mark(document, parser.value(name), parser.value(note), QDateTime::currentDateTime(), &error);
    if (!id) {
        message(error);
        return OutputError;
    }
    if (const FileError saved = ProjectFile::save(document.project(), path)) {
        message(saved.message);
        return OutputError;
    }
    message(tr("Marked version \"%1\" in %2.").arg(document.version(id)->name, cut(path)));
    return Success;
}

int runUpdate(const QStringList &arguments)
{
    const QString usage = tr("blendwise update FILE CSV [--remove-missing] [--dry-run]");
    QCommandLineParser parser;
    const QCommandLineOption removeMissing(QStringLiteral("remove-missing"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    parser.addOptions({ removeMissing, dryRun });
    const Parsed parsed = parse(parser, arguments, 2, usage);
    if (parsed.exitCode)
        return *parsed.exitCode;
    const QString path = parsed.args[0];
    const QString input = parsed.args[1];
    for (const QString &file : { path, input }) {
        if (const auto why = notARegularFile(file)) {
            message(*why);
            return InputError;
        }
    }
    // The studio may have the project open: its next save would undo the update.
    ProjectLock lock(path);
    if (!parser.isSet(dryRun) && !lock.tryLock()) {
        message(tr("%1 is open in Blendwise (locked by %2); update it there (File ▸ Update from CSV…).")
                    .arg(cut(path), lock.holder().user.isEmpty() ? tr("another program") : lock.holder().user));
        return OutputError;
    }
    const auto project = loadProject(path);
    if (!project)
        return InputError;
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        message(tr("%1: cannot be read (%2)").arg(cut(input), file.errorString()));
        return InputError;
    }
    const QByteArray bytes = file.read(MaxImportBytes + 1);
    if (bytes.size() > MaxImportBytes) {
        message(
            tr("%1: larger than %2 MB, the limit for an import").arg(cut(input)).arg(MaxImportBytes / (1024 * 1024)));
        return InputError;
    }
    CsvUpdateOptions options;
    options.removeMissing = parser.isSet(removeMissing);
    const CsvUpdateResult updated = CsvUpdate::apply(*project, bytes, options);
    if (!updated.project) {
        message(tr("%1: %2").arg(cut(input), cut(updated.error)));
        return InputError;
    }
    for (const ImportNote &note : updated.notes)
        printNote(input, note);
    for (const diff::ChangeLine &line : updated.changes)
        data(line.text);
    if (updated.diff.isEmpty()) {
        message(tr("No changes: %1 already says what %2 says.").arg(cut(path), cut(input)));
        return Success;
    }
    if (parser.isSet(dryRun)) {
        message((updated.changes.size() == 1
                ? QCoreApplication::translate("bw::cli", "1 change; --dry-run: %1 is left as it is.").arg(cut(path))
                : QCoreApplication::translate("bw::cli", "%1 changes; --dry-run: %2 is left as it is.")
                      .arg(updated.changes.size())
                      .arg(cut(path))));
        return Success;
    }
    if (const FileError saved = ProjectFile::save(*updated.project, path)) {
        message(saved.message);
        return OutputError;
    }
    message(updated.changes.size() == 1
            ? QCoreApplication::translate("bw::cli", "Updated %1 from %2 (1 change).").arg(cut(path), cut(input))
            : QCoreApplication::translate("bw::cli", "Updated %1 from %2 (%3 changes).")
                  .arg(cut(path), cut(input))
                  .arg(updated.changes.size()));
    return Success;
}

int runTemplates(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Parsed parsed = parse(parser, arguments, 0, tr("blendwise templates"));
    if (parsed.exitCode)
        return *parsed.exitCode;
    for (const TemplateInfo &t : builtinTemplates())
        data(t.name.leftJustified(16) + QLatin1String("  ") + t.label);
    return Success;
}

// ---- blendwise library: the team library on PostgreSQL (core/library/) ----

// 6: a colleague changed the item since it was read; 7: the library server cannot be reached.
// Scripts retry 7 later and pull before retrying 6; everything else the library refuses (login,
// role, no library yet, a newer library) is 2, the input cannot be used.
constexpr int LibraryConflict = 6;
constexpr int LibraryOffline = 7;

int libraryExit(const LibraryError &error)
{
    message(QStringLiteral("blendwise: ") + error.message);
    switch (error.status) {
    case LibraryStatus::Ok: return Success;
    case LibraryStatus::Conflict: return LibraryConflict;
    case LibraryStatus::Offline: return LibraryOffline;
    case LibraryStatus::Invalid: return UsageError;
    default: return InputError;
    }
}

QString libraryUsage()
{
    return tr("blendwise library init|status|publish|pull|list [CONNECTION] ...");
}

int runLibrary(const QStringList &arguments)
{
    const QString usage = libraryUsage();
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") });
    const QCommandLineOption service(QStringLiteral("service"), {}, QStringLiteral("NAME"));
    const QCommandLineOption host(QStringLiteral("host"), {}, QStringLiteral("HOST"));
    const QCommandLineOption port(QStringLiteral("port"), {}, QStringLiteral("PORT"));
    const QCommandLineOption dbname(QStringLiteral("dbname"), {}, QStringLiteral("DB"));
    const QCommandLineOption user(QStringLiteral("user"), {}, QStringLiteral("USER"));
    const QCommandLineOption sslmode(QStringLiteral("sslmode"), {}, QStringLiteral("MODE"));
    const QCommandLineOption schema(QStringLiteral("schema"), {}, QStringLiteral("SCHEMA"));
    const QCommandLineOption templ(QStringLiteral("template"), {}, QStringLiteral("NAME"));
    const QCommandLineOption description(QStringLiteral("description"), {}, QStringLiteral("TEXT"));
    const QCommandLineOption tools(QStringLiteral("tools"));
    const QCommandLineOption patterns(QStringLiteral("patterns"));
    const QCommandLineOption retire(QStringLiteral("retire"), {}, QStringLiteral("TOOL"));
    const QCommandLineOption replacement(QStringLiteral("replacement"), {}, QStringLiteral("TOOL"));
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") }, {}, QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption search(QStringLiteral("search"), {}, QStringLiteral("TEXT"));
    parser.addOptions({ help, service, host, port, dbname, user, sslmode, schema, templ, description, tools, patterns,
                        retire, replacement, output, force, json, search });
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), usage);
    if (parser.isSet(help)) {
        data(fullUsage());
        return Success;
    }
    const QStringList args = parser.positionalArguments();
    const QString sub = args.value(0);
    if (sub.isEmpty())
        return usageError(tr("missing library command"), usage);

    LibrarySettings settings;
    settings.service = parser.value(service);
    settings.host = parser.value(host);
    settings.port = parser.value(port).toInt();
    settings.database = parser.value(dbname);
    settings.user = parser.value(user);
    settings.sslmode = parser.value(sslmode);
    if (parser.isSet(schema))
        settings.schema = parser.value(schema);
    if (parser.isSet(port) && settings.port <= 0)
        return usageError(tr("--port needs a number"), usage);

    auto expect = [&](int count, const QString &subUsage) -> std::optional<int> {
        if (args.size() > count)
            return usageError(tr("unexpected argument \"%1\"").arg(args.value(count)), subUsage);
        return std::nullopt;
    };

    LibraryConnection connection;
    auto connect = [&](bool needSchema) -> LibraryError {
        if (LibraryError error = connection.open(settings))
            return error;
        return needSchema ? LibraryMigrations::check(connection) : LibraryError {};
    };

    if (sub == QLatin1String("init")) {
        if (auto code = expect(1, tr("blendwise library init [CONNECTION]")))
            return *code;
        if (LibraryError error = connect(false))
            return libraryExit(error);
        const int before = LibraryMigrations::version(connection);
        if (LibraryError error = LibraryMigrations::migrate(connection))
            return libraryExit(error);
        message(before == LibraryMigrations::currentVersion()
                    ? tr("The library at %1 is up to date (schema version %2).").arg(settings.describe()).arg(before)
                    : tr("The library at %1 is at schema version %2 (was %3).").arg(settings.describe()).arg(LibraryMigrations::currentVersion()).arg(before));
        return Success;
    }
    if (sub == QLatin1String("status")) {
        if (auto code = expect(1, tr("blendwise library status [CONNECTION]")))
            return *code;
        if (LibraryError error = connection.open(settings))
            return libraryExit(error);
        TeamLibrary library(connection);
        data(tr("server: %1 (PostgreSQL %2)").arg(settings.describe(), library.serverVersion()));
        const int version = LibraryMigrations::version(connection);
        data(tr("schema: %1 version %2 (this Blendwise: %3)").arg(settings.schema).arg(version).arg(LibraryMigrations::currentVersion()));
        if (LibraryError error = LibraryMigrations::check(connection))
            return libraryExit(error);
        LibraryError error;
        const LibraryCounts counts = library.counts(&error);
        if (error)
            return libraryExit(error);
        data(tr("items: %1 tools, %2 clients, %3 templates, %4 patterns").arg(counts.tools).arg(counts.clients).arg(counts.templates).arg(counts.patterns));
        const QStringList roles = library.roles();
        data(tr("your roles: %1").arg(roles.isEmpty() ? tr("none (ask an administrator for blendwise_member)") : roles.join(QLatin1String(", "))));
        return Success;
    }
    if (sub == QLatin1String("list")) {
        const QString subUsage = tr("blendwise library list tools|templates|patterns|clients [--search TEXT] [--json]");
        if (auto code = expect(2, subUsage))
            return *code;
        const QString what = args.value(1);
        if (what != QLatin1String("tools") && what != QLatin1String("templates") && what != QLatin1String("patterns") && what != QLatin1String("clients"))
            return usageError(what.isEmpty() ? tr("missing what to list") : tr("cannot list \"%1\"").arg(what), subUsage);
        if (LibraryError error = connect(true))
            return libraryExit(error);
        TeamLibrary library(connection);
        LibraryError error;
        QJsonArray rows;
        auto metaJson = [](QJsonObject o, const LibraryMeta &m) {
            o.insert(QStringLiteral("id"), m.id);
            o.insert(QStringLiteral("rowVersion"), m.rowVersion);
            o.insert(QStringLiteral("updatedBy"), m.updatedBy);
            o.insert(QStringLiteral("updatedAt"), m.updatedAt.toUTC().toString(Qt::ISODate));
            return o;
        };
        QStringList lines;
        // --search: every word somewhere in the item's texts, as the patterns' full-text search
        // (the server's) finds them.
        const QStringList words = parser.value(search).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        auto matches = [&words](const QStringList &texts) {
            const QString all = texts.join(QLatin1Char(' '));
            return std::all_of(words.cbegin(), words.cend(),
                [&all](const QString &w) { return all.contains(w, Qt::CaseInsensitive); });
        };
        if (what == QLatin1String("tools")) {
            for (const LibraryTool &t : library.tools(&error)) {
                if (!matches({ t.tool.name, t.tool.description, t.tool.replacement }))
                    continue;
                rows << metaJson({ { QStringLiteral("name"), t.tool.name }, { QStringLiteral("status"), enumKey(t.tool.status) },
                                   { QStringLiteral("replacement"), t.tool.replacement } }, t.meta);
                lines << t.tool.name + QLatin1Char('\t') + enumKey(t.tool.status) + QLatin1Char('\t') + t.tool.replacement;
            }
        } else if (what == QLatin1String("templates")) {
            for (const LibraryTemplate &t : library.templates(&error)) {
                if (!matches({ t.name, t.description }))
                    continue;
                rows << metaJson({ { QStringLiteral("name"), t.name }, { QStringLiteral("description"), t.description } }, t.meta);
                lines << t.name + QLatin1Char('\t') + t.description.simplified();
            }
        } else if (what == QLatin1String("patterns")) {
            for (const ActivityPattern &p : library.patterns(parser.value(search), 0, &error)) {
                rows << metaJson({ { QStringLiteral("title"), p.title }, { QStringLiteral("phase"), enumKey(p.phase) },
                                   { QStringLiteral("tool"), p.toolName } }, p.meta);
                lines << p.title + QLatin1Char('\t') + enumKey(p.phase) + QLatin1Char('\t') + p.toolName;
            }
        } else {
            for (const LibraryClient &c : library.clients(&error)) {
                if (!matches({ c.name, c.toolsProvided.join(QLatin1Char(' ')), c.toolsBlocked.join(QLatin1Char(' ')) }))
                    continue;
                rows << metaJson({ { QStringLiteral("name"), c.name }, { QStringLiteral("toolsProvided"), QJsonArray::fromStringList(c.toolsProvided) },
                                   { QStringLiteral("toolsBlocked"), QJsonArray::fromStringList(c.toolsBlocked) } }, c.meta);
                lines << c.name + QLatin1Char('\t') + c.toolsProvided.join(QLatin1String(", ")) + QLatin1Char('\t') + c.toolsBlocked.join(QLatin1String(", "));
            }
        }
        if (error)
            return libraryExit(error);
        if (parser.isSet(json))
            data(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)).trimmed());
        else
            for (const QString &line : lines)
                data(line);
        return Success;
    }
    if (sub == QLatin1String("publish")) {
        const QString subUsage = tr("blendwise library publish FILE [--template NAME [--description TEXT]] [--tools] [--patterns]\n"
                                    "       blendwise library publish --retire TOOL [--replacement TOOL]");
        if (parser.isSet(retire)) {
            if (auto code = expect(1, subUsage))
                return *code;
            if (LibraryError error = connect(true))
                return libraryExit(error);
            const PublishResult result = TeamLibrary(connection).retireTool(parser.value(retire), parser.value(replacement));
            if (result.error)
                return libraryExit(result.error);
            message(parser.value(replacement).isEmpty()
                        ? tr("Retired \"%1\" in the library.").arg(parser.value(retire))
                        : tr("Retired \"%1\" in the library; replaced by \"%2\".").arg(parser.value(retire), parser.value(replacement)));
            return Success;
        }
        if (args.size() < 2)
            return usageError(tr("missing argument"), subUsage);
        if (auto code = expect(2, subUsage))
            return *code;
        if (!parser.isSet(templ) && !parser.isSet(tools) && !parser.isSet(patterns))
            return usageError(tr("say what to publish: --template NAME, --tools, --patterns"), subUsage);
        const auto project = loadProject(args.value(1));
        if (!project)
            return InputError;
        if (LibraryError error = connect(true))
            return libraryExit(error);
        TeamLibrary library(connection);
        LibraryError error;
        if (parser.isSet(tools)) {
            // Publishing over what the library has: the version just read is the one updated,
            // so a colleague's publish between the read and the write is a conflict, not lost.
            for (const Tool &tool : project->tools) {
                const std::optional<LibraryTool> existing = library.toolByName(tool.name, &error);
                if (error)
                    return libraryExit(error);
                const PublishResult result = library.publishTool({ existing ? existing->meta : LibraryMeta {}, tool });
                if (result.error)
                    return libraryExit(result.error);
            }
            message(QCoreApplication::translate("bw::cli", "Published %n tool(s).", nullptr, int(project->tools.size())));
        }
        if (parser.isSet(patterns)) {
            // A pattern of the same title is updated; the others are added, all in one transaction.
            QHash<QString, LibraryMeta> byTitle;
            for (const ActivityPattern &p : library.patterns({}, 0, &error))
                byTitle.insert(p.title.toLower(), p.meta);
            if (error)
                return libraryExit(error);
            QList<ActivityPattern> list;
            for (const Objective &objective : project->objectives)
                for (const Activity &activity : objective.activities) {
                    ActivityPattern p = ActivityPattern::fromActivity(activity, *project);
                    p.meta = byTitle.value(p.title.toLower());
                    if (!p.title.trimmed().isEmpty())
                        list << p;
                }
            library.publishPatterns(list, &error);
            if (error)
                return libraryExit(error);
            message(QCoreApplication::translate("bw::cli", "Published %n pattern(s).", nullptr, int(list.size())));
        }
        if (parser.isSet(templ)) {
            const std::optional<LibraryTemplate> existing = library.templateByName(parser.value(templ), &error);
            if (error && error.status != LibraryStatus::Failed)
                return libraryExit(error);
            LibraryTemplate t { existing ? existing->meta : LibraryMeta {}, parser.value(templ),
                                parser.isSet(description) ? parser.value(description) : (existing ? existing->description : project->info.summary), *project };
            const PublishResult result = library.publishTemplate(t);
            if (result.error)
                return libraryExit(result.error);
            message(tr("Published template \"%1\" (version %2).").arg(t.name).arg(result.meta.rowVersion));
        }
        return Success;
    }
    if (sub == QLatin1String("pull")) {
        const QString subUsage = tr("blendwise library pull --template NAME -o FILE [--force]\n"
                                    "       blendwise library pull FILE      (updates FILE's tools from the library)");
        if (auto code = expect(2, subUsage))
            return *code;
        if (parser.isSet(templ)) {
            if (args.size() > 1 || !parser.isSet(output))
                return usageError(tr("--template needs -o FILE"), subUsage);
            const QString path = parser.value(output);
            if (QFileInfo::exists(path) && !parser.isSet(force)) {
                message(tr("%1 already exists; use --force to replace it.").arg(cut(path)));
                return OutputError;
            }
            if (LibraryError error = connect(true))
                return libraryExit(error);
            LibraryError error;
            const std::optional<LibraryTemplate> t = TeamLibrary(connection).templateByName(parser.value(templ), &error);
            if (error)
                return libraryExit(error);
            if (!t)
                return libraryExit({ LibraryStatus::NotFound, tr("the library has no template named \"%1\"").arg(parser.value(templ)), {}, {} });
            if (const FileError saved = ProjectFile::save(*t->project, path)) {
                message(saved.message);
                return OutputError;
            }
            message(tr("Wrote %1 from template \"%2\".").arg(cut(path), t->name));
            return Success;
        }
        if (args.size() < 2)
            return usageError(tr("missing argument"), subUsage);
        const QString path = args.value(1);
        // The file is rewritten: not under a designer who has it open in the studio.
        ProjectLock lock(path);
        if (!lock.tryLock()) {
            message(tr("%1 is open in Blendwise (locked by %2); pull the library there.")
                        .arg(cut(path), lock.holder().user.isEmpty() ? tr("another program") : lock.holder().user));
            return OutputError;
        }
        auto project = loadProject(path);
        if (!project)
            return InputError;
        if (LibraryError error = connect(true))
            return libraryExit(error);
        LibraryError error;
        const QList<LibraryTool> libraryTools = TeamLibrary(connection).tools(&error);
        if (error)
            return libraryExit(error);
        int updated = 0;
        for (Tool &tool : project->tools) {
            for (const LibraryTool &lt : libraryTools) {
                if (lt.tool.name.compare(tool.name, Qt::CaseInsensitive) != 0)
                    continue;
                Tool fresh = lt.tool;
                fresh.id = tool.id;
                fresh.clientProvided = tool.clientProvided; // a fact about this project's client
                if (!(fresh == tool)) {
                    tool = fresh;
                    ++updated;
                }
            }
        }
        if (updated > 0) {
            if (const FileError saved = ProjectFile::save(*project, path)) {
                message(saved.message);
                return OutputError;
            }
        }
        message(QCoreApplication::translate("bw::cli", "Updated %n tool(s) of %1 from the library.", nullptr, updated).arg(cut(path)));
        return Success;
    }
    return usageError(tr("unknown library command \"%1\"").arg(sub), usage);
}

// Passes on only what stops the program; see run().
void startupMessages(QtMsgType type, const QMessageLogContext &, const QString &text)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        message(text);
}

} // namespace

bool isHeadless(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    if (first[0] == '-' || argc > 2)
        return true;
    for (const char *command : Commands)
        if (std::strcmp(first, command) == 0)
            return true;
    return false; // a single file to open in the studio, whether it exists yet or not
}

static int runCommand(int argc, char *argv[]);

int run(int argc, char *argv[])
{
    int code = runCommand(argc, argv);
    // Data written to standard output must have arrived: a failed write or flush (a full disk,
    // a closed pipe) is an output error, whatever the command did otherwise.
    if (std::fflush(stdout) != 0 && !stdoutError)
        stdoutError = errno ? errno : EIO;
    if (stdoutError) {
        message(tr("Cannot write to standard output: %1.")
                    .arg(stdoutError == ENOSPC ? tr("no space left on the device") : qt_error_string(stdoutError)));
        code = OutputError;
    }
    return code;
}

static int runCommand(int argc, char *argv[])
{
    // Taken before QGuiApplication, which strips the arguments it recognises as its own.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Exporting lays out text and paints charts, which needs a QGuiApplication (on the offscreen
    // platform: no window ever opens); every other command makes do with a QCoreApplication.
    const QString command = arguments.value(1);
    std::unique_ptr<QCoreApplication> app;
    {
        // Starting the platform on a headless machine warns about things like a missing
        // XDG_RUNTIME_DIR; they say nothing to someone running a command, so they are held back
        // while the application object is built, and only then.
        const QtMessageHandler previous = qInstallMessageHandler(startupMessages);
        if (command == QLatin1String("export")) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        qInstallMessageHandler(previous);
    }
    QCoreApplication::setApplicationName(QStringLiteral("Blendwise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BLENDWISE_VERSION));
    // Messages, advisor findings and exported plans in the user's language where one ships.
    installTranslations();

    // QCommandLineParser takes the program name first; the command word stands in for it.
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("--version")) {
        if (arguments.size() > 2)
            return usageError(tr("%1 takes no arguments").arg(command), QString());
        if (command == QLatin1String("--version"))
            data(QStringLiteral("blendwise %1").arg(QStringLiteral(BLENDWISE_VERSION)));
        else
            data(fullUsage());
        return Success;
    }
    if (command == QLatin1String("new"))
        return runNew(rest);
    if (command == QLatin1String("import"))
        return runImport(rest);
    if (command == QLatin1String("export"))
        return runExport(rest);
    if (command == QLatin1String("check"))
        return runCheck(rest);
    if (command == QLatin1String("diff"))
        return runDiff(rest);
    if (command == QLatin1String("versions"))
        return runVersions(rest);
    if (command == QLatin1String("mark"))
        return runMark(rest);
    if (command == QLatin1String("templates"))
        return runTemplates(rest);
    if (command == QLatin1String("update"))
        return runUpdate(rest);
    if (command == QLatin1String("library"))
        return runLibrary(rest);
    if (command.startsWith(QLatin1Char('-')))
        return usageError(tr("unknown option \"%1\"").arg(command), QString());
    return usageError(tr("unknown command \"%1\"").arg(command), QString());
}

} // namespace bw::cli
