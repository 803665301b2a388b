// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxexporter.h"

#include "exportprogress.h"
#include "exporttext.h"
#include "i18n/plantranslator.h"
#include "model/agenda.h"
#include "plan/plantext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <dlfcn.h>

#include <algorithm>
#include <list>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// ---------------------------------------------------------------- the library

// libxlsxwriter writes its ZIP container through minizip (zipOpen, zipClose …), and QuaZip, which
// the DOCX and ODT exports use, exports functions of the same names with other signatures
// (QuaZip's zipOpen takes a QIODevice). Linked into one program, the dynamic linker binds
// libxlsxwriter's calls to QuaZip's functions and the export crashes. So the library is opened
// here with RTLD_DEEPBIND: its own dependencies (the system's minizip) come before the
// program's symbols, and QuaZip stays bound to itself. Its functions are looked up once, typed
// from the library's own header.
#define BW_XLSX_FUNCTIONS(X)                                                                                           \
    X(workbook_new_opt)                                                                                                \
    X(workbook_add_worksheet)                                                                                          \
    X(workbook_add_format)                                                                                             \
    X(workbook_set_properties)                                                                                         \
    X(workbook_close)                                                                                                  \
    X(lxw_workbook_free)                                                                                               \
    X(lxw_strerror)                                                                                                    \
    X(format_set_bold)                                                                                                 \
    X(format_set_text_wrap)                                                                                            \
    X(format_set_num_format)                                                                                           \
    X(format_set_align)                                                                                                \
    X(format_set_indent)                                                                                               \
    X(format_set_bg_color)                                                                                             \
    X(format_set_bottom)                                                                                               \
    X(worksheet_write_string)                                                                                          \
    X(worksheet_write_number)                                                                                          \
    X(worksheet_write_datetime)                                                                                        \
    X(worksheet_set_column)                                                                                            \
    X(worksheet_set_row)                                                                                               \
    X(worksheet_freeze_panes)                                                                                          \
    X(worksheet_autofilter)                                                                                            \
    X(worksheet_data_validation_range)                                                                                 \
    X(worksheet_hide)

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define BW_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define BW_SANITIZED 1
#endif
#endif
#ifndef BW_SANITIZED
#define BW_SANITIZED 0
#endif

struct XlsxApi {
#define BW_XLSX_MEMBER(name) decltype(&::name) name = nullptr;
    BW_XLSX_FUNCTIONS(BW_XLSX_MEMBER)
#undef BW_XLSX_MEMBER
    // Why the library cannot be used: the loader's message, or the function it lacks.
    QString loadError;
    QString missing;
};

QString tr(const char *text)
{
    return QCoreApplication::translate("bw::XlsxExporter", text);
}

// A plan that does not fit a sheet is refused rather than cut short.
QString tooLong()
{
    return tr("The plan needs more rows than a worksheet has (%1).").arg(LXW_ROW_MAX);
}

const XlsxApi &xlsxApi()
{
    static const XlsxApi api = [] {
        XlsxApi a;
#if BW_SANITIZED
        // The sanitizers refuse RTLD_DEEPBIND; a namespace of its own isolates it as well.
        void *library = ::dlmopen(LM_ID_NEWLM, BLENDWISE_XLSXWRITER_LIBRARY, RTLD_NOW | RTLD_LOCAL);
#else
        void *library = ::dlopen(BLENDWISE_XLSXWRITER_LIBRARY, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
#endif
        if (!library) {
            a.loadError = QString::fromLocal8Bit(::dlerror());
            return a;
        }
#define BW_XLSX_RESOLVE(name)                                                                                          \
    a.name = reinterpret_cast<decltype(a.name)>(::dlsym(library, #name));                                              \
    if (!a.name) {                                                                                                     \
        a.missing = QLatin1String(#name);                                                                              \
        return a;                                                                                                      \
    }
        BW_XLSX_FUNCTIONS(BW_XLSX_RESOLVE)
#undef BW_XLSX_RESOLVE
        return a; // the library stays loaded for the life of the program
    }();
    return api;
}

// ---------------------------------------------------------------- plan texts

// The words of the workbook, in the plan's language: the plan's own (the schedule's and the
// blend's column titles), so that every format says the same and they are translated already.
QString planWord(const char *text, const char *disambiguation = nullptr)
{
    return planTr("bw::plan::PlanBuilder", text, disambiguation);
}

// Excel's limits: 32,767 characters in a cell, 31 in a sheet name (without []:*?/\), 255 in
// an inline list of a drop-down.
constexpr qsizetype MaxCellText = 32767;
constexpr qsizetype MaxSheetName = 31;
constexpr qsizetype MaxInlineList = 255;

QString cellText(QStringView value)
{
    QString text = cleanText(value);
    if (text.size() > MaxCellText) {
        qsizetype cut = MaxCellText - 1;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text = text.left(cut) + u'\u2026';
    }
    return text;
}

QString sheetName(const QString &title, const QString &fallback)
{
    QString name = cleanText(title).simplified();
    for (const QChar c : u"[]:*?/\\"_s)
        name.remove(c);
    name = name.trimmed();
    // A sheet name may not start or end with an apostrophe either.
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    while (name.endsWith(u'\''))
        name.chop(1);
    if (name.size() > MaxSheetName) {
        qsizetype cut = MaxSheetName;
        if (name.at(cut - 1).isHighSurrogate())
            --cut;
        name = name.left(cut).trimmed();
    }
    return name.isEmpty() ? fallback : name;
}

// The width a column needs for `text`: its longest line, in characters.
int textWidth(const QString &text)
{
    int widest = 0;
    for (const QStringView line : QStringView(text).split(u'\n'))
        widest = std::max(widest, int(line.size()));
    return widest;
}

// ---------------------------------------------------------------- the workbook

// One workbook being written: owns it until close() (a cancelled or failed export frees it
// without writing anything), and keeps the text handed to the library alive until then.
class Workbook {
public:
    Workbook(const XlsxApi &api, lxw_workbook *book)
        : m_api(api)
        , m_book(book)
    {
    }
    ~Workbook()
    {
        if (m_book)
            m_api.lxw_workbook_free(m_book);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_workbook *book() const { return m_book; }
    const XlsxApi &api() const { return m_api; }

    // A UTF-8 copy that lives as long as the workbook.
    char *keep(const QString &text)
    {
        m_texts.push_back(text.toUtf8());
        return m_texts.back().data();
    }

    lxw_worksheet *addSheet(const QString &name) { return m_api.workbook_add_worksheet(m_book, keep(name)); }

    // Writes the file; empty on success, else what the library said.
    QString close()
    {
        const lxw_error error = m_api.workbook_close(m_book); // frees the workbook in any case
        m_book = nullptr;
        if (error != LXW_NO_ERROR)
            return QString::fromUtf8(m_api.lxw_strerror(error));
        return {};
    }

private:
    const XlsxApi &m_api;
    lxw_workbook *m_book = nullptr;
    std::list<QByteArray> m_texts; // std::list: the data pointers handed out stay put
};

struct Formats {
    lxw_format *header = nullptr; // column titles: bold, shaded, wrapped, ruled below
    lxw_format *title = nullptr; // a table's caption
    lxw_format *text = nullptr; // top-aligned, so that the rows of a wrapped column line up
    lxw_format *wrapped = nullptr; // long texts: wrapped within the column
    lxw_format *indented = nullptr; // an entry of a day's running order
    lxw_format *number = nullptr;
    lxw_format *range = nullptr; // a duration range "10–15": text, aligned as the numbers are
    lxw_format *total = nullptr; // a total: bold number
    lxw_format *totalLabel = nullptr;
    lxw_format *date = nullptr;
    lxw_format *time = nullptr;
};

Formats makeFormats(const XlsxApi &x, lxw_workbook *book)
{
    const auto top = [&x](lxw_format *f) {
        x.format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        return f;
    };
    Formats f;
    f.header = top(x.workbook_add_format(book));
    x.format_set_bold(f.header);
    x.format_set_text_wrap(f.header);
    x.format_set_bg_color(f.header, 0xDCE6F1);
    x.format_set_bottom(f.header, LXW_BORDER_THIN);
    f.title = x.workbook_add_format(book);
    x.format_set_bold(f.title);
    f.text = top(x.workbook_add_format(book));
    f.wrapped = top(x.workbook_add_format(book));
    x.format_set_text_wrap(f.wrapped);
    f.indented = top(x.workbook_add_format(book));
    x.format_set_indent(f.indented, 1);
    x.format_set_text_wrap(f.indented);
    f.number = top(x.workbook_add_format(book));
    x.format_set_num_format(f.number, "0");
    f.range = top(x.workbook_add_format(book));
    x.format_set_align(f.range, LXW_ALIGN_RIGHT);
    f.total = top(x.workbook_add_format(book));
    x.format_set_num_format(f.total, "0");
    x.format_set_bold(f.total);
    f.totalLabel = top(x.workbook_add_format(book));
    x.format_set_bold(f.totalLabel);
    f.date = top(x.workbook_add_format(book));
    x.format_set_num_format(f.date, "yyyy-mm-dd");
    f.time = top(x.workbook_add_format(book));
    x.format_set_num_format(f.time, "hh:mm");
    return f;
}

// Writes the cells of one sheet and remembers how wide each column needs to be.
class Sheet {
public:
    Sheet(Workbook &book, lxw_worksheet *sheet, const Formats &formats)
        : m_book(book)
        , m_x(book.api())
        , m_sheet(sheet)
        , m_f(formats)
    {
    }

    lxw_worksheet *handle() const { return m_sheet; }
    const XlsxApi &api() const { return m_x; }
    const Formats &formats() const { return m_f; }

    void text(lxw_row_t row, lxw_col_t col, const QString &value, lxw_format *format = nullptr)
    {
        if (row >= LXW_ROW_MAX)
            return; // past the sheet's end: the caller refuses the export
        const QString t = cellText(value);
        if (t.isEmpty())
            return;
        m_x.worksheet_write_string(m_sheet, row, col, t.toUtf8().constData(), format ? format : m_f.text);
        fit(col, textWidth(t));
        if ((format == m_f.wrapped || format == m_f.indented) && (t.size() > 20 || t.contains(u'\n'))) {
            QList<int> lines;
            for (const QStringView line : QStringView(t).split(u'\n'))
                lines.append(int(line.size()));
            m_wrapped.push_back({ row, col, std::move(lines) });
        }
    }

    void number(lxw_row_t row, lxw_col_t col, double value, lxw_format *format = nullptr)
    {
        if (row >= LXW_ROW_MAX)
            return;
        m_x.worksheet_write_number(m_sheet, row, col, value, format ? format : m_f.number);
        fit(col, int(QString::number(value, 'f', 0).size()));
    }

    // A date as Excel counts it (a number shown as a date), ISO text outside Excel's years.
    void date(lxw_row_t row, lxw_col_t col, const QDate &d)
    {
        if (!d.isValid() || row >= LXW_ROW_MAX)
            return;
        if (d.year() < 1900 || d.year() > 9999) {
            text(row, col, d.toString(Qt::ISODate));
            return;
        }
        lxw_datetime dt { d.year(), d.month(), d.day(), 0, 0, 0.0 };
        m_x.worksheet_write_datetime(m_sheet, row, col, &dt, m_f.date);
        fit(col, 10);
    }

    // A time of day (a fraction of a day shown as hh:mm).
    void time(lxw_row_t row, lxw_col_t col, const QTime &t)
    {
        if (!t.isValid() || row >= LXW_ROW_MAX)
            return;
        lxw_datetime dt { 0, 0, 0, t.hour(), t.minute(), 0.0 };
        m_x.worksheet_write_datetime(m_sheet, row, col, &dt, m_f.time);
        fit(col, 5);
    }

    // An activity's own length: a number when exact, "10–15" as text for a range.
    void duration(lxw_row_t row, lxw_col_t col, const Duration &d)
    {
        if (!d.isSet())
            return;
        if (d.isRange())
            text(row, col, plan::formatDuration(d), m_f.range);
        else
            number(row, col, d.max);
    }

    void header(lxw_row_t row, const QStringList &titles)
    {
        for (int c = 0; c < titles.size(); ++c) {
            text(row, lxw_col_t(c), titles[c], m_f.header);
            if (m_headerWidths.size() <= size_t(c))
                m_headerWidths.resize(size_t(c) + 1, 0);
            m_headerWidths[size_t(c)] = std::max(m_headerWidths[size_t(c)], textWidth(cellText(titles[c])));
        }
    }

    // Sets every column as wide as its widest cell, within [minimum, caps[col] or maximum]
    // characters (a cap of 0: the maximum); a longer text wraps where its format wraps.
    void fitColumns(int columns, const QList<int> &caps = {}, int minimum = 6, int maximum = 60)
    {
        for (int c = 0; c < columns; ++c) {
            // Never narrower than a column title: a title is one line (the row keeps its height).
            const int title = c < int(m_headerWidths.size()) ? m_headerWidths[size_t(c)] + 2 : 0;
            const int cap = std::max(title, c < caps.size() && caps[c] > 0 ? caps[c] : maximum);
            const int width = std::clamp(c < int(m_widths.size()) ? m_widths[size_t(c)] + 2 : minimum, minimum, cap);
            m_x.worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
            if (m_widths.size() > size_t(c))
                m_widths[size_t(c)] = width;
        }
        // Neither Excel nor Calc grows a row for its wrapped text when it opens a file: each row
        // gets the height of its longest wrapped text, in lines of the column's width (at most
        // MaxLines; the cell holds the rest).
        constexpr int MaxLines = 12;
        constexpr double LineHeight = 15;
        std::map<lxw_row_t, int> rowLines;
        for (const Wrapped &w : m_wrapped) {
            const int perLine = std::max(1, (w.col < m_widths.size() ? m_widths[w.col] : maximum) - 2);
            int lines = 0;
            for (const int length : w.lines)
                lines += std::max(1, (length + perLine - 1) / perLine);
            int &most = rowLines[w.row];
            most = std::max(most, std::min(lines, MaxLines));
        }
        for (const auto &[row, lines] : rowLines)
            if (lines > 1)
                m_x.worksheet_set_row(m_sheet, row, LineHeight * lines, nullptr);
    }

    // A drop-down list of `values` for the cells of column `col` from `firstRow` down: inline
    // when the values fit Excel's inline list, else from a column of the hidden lists sheet.
    void dropDown(lxw_row_t firstRow, lxw_col_t col, const QStringList &values, const QString &listRange)
    {
        lxw_data_validation v {};
        v.validate = LXW_VALIDATION_TYPE_LIST;
        v.ignore_blank = LXW_VALIDATION_ON;
        v.show_error = LXW_VALIDATION_ON;
        v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
        std::vector<char *> list;
        if (listRange.isEmpty()) {
            for (const QString &value : values)
                list.push_back(m_book.keep(value));
            list.push_back(nullptr);
            v.value_list = list.data();
        } else {
            v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
            v.value_formula = m_book.keep(listRange);
        }
        m_x.worksheet_data_validation_range(m_sheet, firstRow, col, LXW_ROW_MAX - 1, col, &v);
    }

private:
    void fit(lxw_col_t col, int width)
    {
        if (m_widths.size() <= col)
            m_widths.resize(size_t(col) + 1, 0);
        m_widths[col] = std::max(m_widths[col], width);
    }

    Workbook &m_book;
    const XlsxApi &m_x;
    lxw_worksheet *m_sheet;
    const Formats &m_f;
    struct Wrapped {
        lxw_row_t row;
        lxw_col_t col;
        QList<int> lines; // the length of each of its lines
    };
    std::vector<int> m_widths;
    std::vector<int> m_headerWidths;
    std::vector<Wrapped> m_wrapped;
};

// Whether `values` can be an inline drop-down list: Excel separates them with commas (so none may
// hold one, nor a quote) and allows 255 characters in all.
bool fitsInline(const QStringList &values)
{
    for (const QString &v : values)
        if (v.contains(u',') || v.contains(u'"'))
            return false;
    return values.join(u',').size() <= MaxInlineList;
}

template <typename E> QStringList labels()
{
    QStringList out;
    for (const E value : enumValues<E>())
        out.append(cleanText(enumLabel(value)));
    return out;
}

// ---------------------------------------------------------------- the sheets

// Columns of the Activities sheet, in the order of PlanText::activityColumns().
enum ActivityColumn {
    ObjectiveNo,
    ObjectiveText,
    ActivityNo,
    ActivityTitle,
    Instructions,
    PhaseColumn,
    DirectionColumn,
    ToolColumn,
    MinutesColumn,
    GroupingColumn,
    LedByColumn,
    DeliverableColumn,
    BenefitColumn,
    AssessmentColumn,
    MomentColumn,
    OffsetColumn,
    DueColumn,
    RepeatsColumn,
    MinutesInAllColumn,
    ActivityColumnCount
};

bool writeActivities(
    Sheet &s, const plan::Plan &plan, const QString &phaseList, const QString &directionList, ExportProgress &progress)
{
    const Formats &f = s.formats();
    const QStringList columns = plan::PlanText::activityColumns();
    Q_ASSERT(columns.size() == ActivityColumnCount);
    s.header(0, columns);
    lxw_row_t row = 1;
    for (const plan::ActivityRow &r : plan.activities) {
        // Same columns, in the same order, as the CSV export (CsvExporter::write).
        s.number(row, ObjectiveNo, r.objectiveNumber);
        s.text(row, ObjectiveText, r.objectiveStatement, f.wrapped);
        s.text(row, ActivityNo, r.number); // text: activity 2.10 is not the number 2.1
        s.text(row, ActivityTitle, r.title, f.wrapped);
        s.text(row, Instructions, r.instructions, f.wrapped);
        if (r.phase != Phase::Unset)
            s.text(row, PhaseColumn, enumLabel(r.phase));
        if (r.direction != Direction::Unset)
            s.text(row, DirectionColumn, enumLabel(r.direction));
        s.text(row, ToolColumn, r.toolText);
        s.duration(row, MinutesColumn, r.duration);
        s.text(row, GroupingColumn, enumLabel(r.grouping));
        s.text(row, LedByColumn, r.ledByText);
        s.text(row, DeliverableColumn, r.deliverable, f.wrapped);
        s.text(row, BenefitColumn, r.benefit, f.wrapped);
        s.text(row, AssessmentColumn, enumLabel(r.assessment));
        s.text(row, MomentColumn, r.momentName);
        if (r.momentId)
            s.number(row, OffsetColumn, r.offsetDays);
        s.date(row, DueColumn, r.due);
        s.text(row, RepeatsColumn, r.recurrenceText);
        s.number(row, MinutesInAllColumn, double(plan::wholeMinutes(r.minutes)));
        ++row;
        if (!progress.advance())
            return false;
    }
    const lxw_row_t last = lxw_row_t(plan.activities.size());
    s.fitColumns(ActivityColumnCount, { 8, 40, 8, 30, 50, 0, 0, 24, 0, 0, 20, 40, 40, 0, 24, 8, 0, 24, 8 });
    s.api().worksheet_freeze_panes(s.handle(), 1, 0);
    s.api().worksheet_autofilter(s.handle(), 0, 0, last, ActivityColumnCount - 1);
    s.dropDown(1, PhaseColumn, labels<Phase>(), phaseList);
    s.dropDown(1, DirectionColumn, labels<Direction>(), directionList);
    return true;
}

// One minutes-per-phase-and-direction table from `row` on; returns the row after it.
lxw_row_t writeBlendTable(Sheet &s, lxw_row_t row, const plan::BlendSeries &series, const QList<Phase> &phases,
    const QList<Direction> &directions)
{
    const Formats &f = s.formats();
    const auto minutes = [](const plan::BlendCell &c) { return double(plan::wholeMinutes(c.minutes)); };
    s.text(row++, 0, series.label, f.title);
    QStringList header { plan::PlanText::phase() };
    for (const Direction d : directions)
        header.append(enumLabel(d));
    header.append(plan::PlanText::total());
    s.header(row++, header);
    for (const Phase p : phases) {
        s.text(row, 0, enumLabel(p));
        lxw_col_t col = 1;
        for (const Direction d : directions)
            s.number(row, col++, minutes(series.at(p, d)));
        s.number(row, col, minutes(series.phaseTotal(p)), f.total);
        ++row;
    }
    s.text(row, 0, plan::PlanText::total(), f.totalLabel);
    lxw_col_t col = 1;
    for (const Direction d : directions)
        s.number(row, col++, minutes(series.directionTotal(d)), f.total);
    s.number(row, col, minutes(series.total()), f.total);
    return row + 2; // a blank row between tables
}

void writeBlend(Sheet &s, const plan::Plan &plan)
{
    const plan::BlendSeries &programme = plan.blend.programme;
    // Every table shows the programme's phases and directions, so that the columns line up.
    const QList<Phase> phases = programme.shownPhases();
    const QList<Direction> directions = programme.shownDirections();
    lxw_row_t row = 0;
    s.text(row, 0, planWord("Minutes per phase and direction"), s.formats().title);
    row += 2;
    row = writeBlendTable(s, row, programme, phases, directions);
    if (!plan.blend.objectives.isEmpty()) {
        s.text(row, 0, planWord("Per objective"), s.formats().title);
        row += 2;
        for (const plan::BlendSeries &series : plan.blend.objectives)
            row = writeBlendTable(s, row, series, phases, directions);
    }
    s.fitColumns(int(directions.size()) + 2, { 50 }, 10);
}

enum ScheduleColumn {
    DateColumn,
    StartColumn,
    EndColumn,
    NumberColumn,
    WhatColumn,
    SchedulePhase,
    ToolOrPlace,
    ScheduleMinutes,
    ScheduleColumnCount
};

// False when cancelled, or (with `full` set) when the entries need more rows than a sheet has.
bool writeSchedule(Sheet &s, const plan::Plan &plan, const Project &project, ExportProgress &progress, bool &full)
{
    const Formats &f = s.formats();
    s.header(0,
        { plan::PlanText::date(), planWord("Start"), planWord("End"), u"#"_s, planWord("What"), plan::PlanText::phase(),
            planWord("Tool or place"), plan::PlanText::minutes() });
    QHash<Id, int> rowOfActivity;
    for (int i = 0; i < plan.activities.size(); ++i)
        rowOfActivity.insert(plan.activities[i].activityId, i);
    const QString inClass = enumLabel(Phase::InClass);
    lxw_row_t row = 1;
    for (const plan::ScheduleEntry &e : plan.schedule) {
        if (e.kind == plan::ScheduleEntry::Kind::Moment) {
            s.date(row, DateColumn, e.date);
            s.time(row, StartColumn, e.start.time());
            s.time(row, EndColumn, e.end.time());
            s.text(row, WhatColumn, e.title, f.title);
            s.text(row, SchedulePhase, inClass);
            s.text(row, ToolOrPlace, e.place.trimmed().isEmpty() ? enumLabel(e.mode) : e.place, f.wrapped);
            s.number(row, ScheduleMinutes, double(e.start.secsTo(e.end) / 60));
            ++row;
            // The day's running order, as the plan resolves it (breaks included), one row each.
            if (const Moment *m = project.moment(e.id)) {
                for (const AgendaSlot &slot : resolveAgenda(project, *m).entries) {
                    const int index = slot.kind == AgendaKind::Activity ? rowOfActivity.value(slot.activityId, -1) : -1;
                    const plan::ActivityRow *r = index >= 0 ? &plan.activities[index] : nullptr;
                    s.date(row, DateColumn, e.date);
                    s.time(row, StartColumn, slot.start.time());
                    s.time(row, EndColumn, slot.end.time());
                    if (r)
                        s.text(row, NumberColumn, r->number);
                    QString what = r ? r->title : slot.title.trimmed();
                    if (what.isEmpty())
                        what = enumLabel(slot.kind);
                    s.text(row, WhatColumn, what, f.indented);
                    s.text(row, SchedulePhase, inClass);
                    if (r)
                        s.text(row, ToolOrPlace, r->toolText);
                    s.number(row, ScheduleMinutes, slot.minutes);
                    ++row;
                }
            }
        } else {
            s.date(row, DateColumn, e.date);
            s.text(row, NumberColumn, e.number);
            const QString what = e.occurrences > 1 ? planWord("%1 (%2 of %3)", "title (occurrence of occurrences)")
                                                         .arg(e.title)
                                                         .arg(e.occurrence)
                                                         .arg(e.occurrences)
                                                   : e.title;
            s.text(row, WhatColumn, what, f.wrapped);
            s.text(row, SchedulePhase, enumLabel(e.phase));
            s.text(row, ToolOrPlace, e.toolName);
            if (const int index = rowOfActivity.value(e.id, -1); index >= 0)
                s.duration(row, ScheduleMinutes, plan.activities[index].duration);
            ++row;
        }
        if (!progress.advance())
            return false;
        // A schedule longer than a sheet is refused, never cut short.
        if (row >= LXW_ROW_MAX) {
            full = true;
            return false;
        }
    }
    s.fitColumns(ScheduleColumnCount, { 0, 0, 0, 8, 50, 0, 30, 0 });
    s.api().worksheet_freeze_panes(s.handle(), 1, 0);
    s.api().worksheet_autofilter(s.handle(), 0, 0, row - 1, ScheduleColumnCount - 1);
    return true;
}

} // namespace

QString XlsxExporter::key() const
{
    return u"xlsx"_s;
}
QString XlsxExporter::fileSuffix() const
{
    return u"xlsx"_s;
}
QString XlsxExporter::label() const
{
    return tr("Excel workbook (XLSX: activities, blend, schedule)");
}

QString XlsxExporter::write(const plan::Plan &plan, const Project &project, const ExportOptions &, QIODevice &out,
    const ExportControl &control) const
{
    if (plan.activities.size() >= LXW_ROW_MAX)
        return tooLong();
    const XlsxApi &x = xlsxApi();
    if (!x.loadError.isEmpty())
        return tr("The spreadsheet library (libxlsxwriter) cannot be loaded: %1.").arg(x.loadError);
    if (!x.missing.isEmpty())
        return tr("The spreadsheet library (libxlsxwriter) lacks the function %1.").arg(x.missing);
    // libxlsxwriter writes to a file path: a private folder for it and its own temporary files.
    const QTemporaryDir folder;
    if (!folder.isValid())
        return tr("Could not make a temporary folder for the workbook: %1.").arg(folder.errorString());
    const QString path = folder.filePath(u"plan.xlsx"_s);
    QByteArray tmpdir = QFile::encodeName(folder.path());
    lxw_workbook_options options {};
    options.tmpdir = tmpdir.data();
    lxw_workbook *book = x.workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!book)
        return tr("Could not start the workbook.");
    Workbook wb(x, book);

    const plan::Cover &c = plan.cover;
    lxw_doc_properties properties {};
    properties.title = wb.keep(cleanText(c.title));
    properties.subject = wb.keep(cleanText(c.subtitle));
    properties.author = wb.keep(cleanText(c.author));
    properties.company = wb.keep(cleanText(c.client));
    properties.comments = wb.keep(plan::PlanText::generatedBy());
    // The plan's date, so that the same plan exported twice says the same.
    properties.created
        = time_t(QDateTime(c.date.isValid() ? c.date : QDate(2000, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    x.workbook_set_properties(book, &properties);
    const Formats formats = makeFormats(x, book);

    ExportProgress progress(int(plan.activities.size() + plan.schedule.size()), control);
    const QString activitiesName = sheetName(planWord("Activities"), u"Activities"_s);
    QString blendName = sheetName(plan::PlanText::sectionTitle(u"blend"_s), u"Blend"_s);
    QString scheduleName = sheetName(plan::PlanText::sectionTitle(u"schedule"_s), u"Schedule"_s);
    // Sheet names are unique whatever the case; a translation could make two the same.
    if (blendName.compare(activitiesName, Qt::CaseInsensitive) == 0)
        blendName = u"Blend"_s;
    if (scheduleName.compare(activitiesName, Qt::CaseInsensitive) == 0
        || scheduleName.compare(blendName, Qt::CaseInsensitive) == 0)
        scheduleName = u"Schedule"_s;
    lxw_worksheet *activities = wb.addSheet(activitiesName);
    lxw_worksheet *blend = wb.addSheet(blendName);
    lxw_worksheet *schedule = wb.addSheet(scheduleName);
    if (!activities || !blend || !schedule)
        return tr("Could not add a sheet to the workbook.");

    // Drop-down values that cannot be an inline list come from a hidden sheet of lists.
    const QStringList phases = labels<Phase>();
    const QStringList directions = labels<Direction>();
    QString phaseList, directionList;
    if (!fitsInline(phases) || !fitsInline(directions)) {
        lxw_worksheet *lists = wb.addSheet(u"Lists"_s);
        if (!lists)
            return tr("Could not add a sheet to the workbook.");
        Sheet l(wb, lists, formats);
        for (int i = 0; i < phases.size(); ++i)
            l.text(lxw_row_t(i), 0, phases[i]);
        for (int i = 0; i < directions.size(); ++i)
            l.text(lxw_row_t(i), 1, directions[i]);
        x.worksheet_hide(lists);
        if (!fitsInline(phases))
            phaseList = u"=Lists!$A$1:$A$%1"_s.arg(phases.size());
        if (!fitsInline(directions))
            directionList = u"=Lists!$B$1:$B$%1"_s.arg(directions.size());
    }

    Sheet a(wb, activities, formats);
    if (!writeActivities(a, plan, phaseList, directionList, progress))
        return {};
    Sheet b(wb, blend, formats);
    writeBlend(b, plan);
    Sheet s(wb, schedule, formats);
    bool full = false;
    if (!writeSchedule(s, plan, project, progress, full))
        return full ? tooLong() : QString();
    if (control.cancelled())
        return {};

    if (const QString error = wb.close(); !error.isEmpty())
        return tr("Could not finish the workbook: %1.").arg(error);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not read the finished workbook back: %1.").arg(file.errorString());
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return tr("The spreadsheet library wrote an empty workbook.");
    if (out.write(bytes) != bytes.size())
        return out.errorString();
    return {};
}

} // namespace bw
