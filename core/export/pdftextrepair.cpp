// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftextrepair.h"

#include "planfonts.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRawFont>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace bw {

namespace {

// ------------------------------------------------------------------ the file's objects

struct PdfObject {
    int number = 0;
    qsizetype offset = 0;
    QByteArray bytes; // "N 0 obj … endobj\n"
};

struct PdfFile {
    QByteArray head; // "%PDF-1.4" and the binary comment before the first object
    QList<PdfObject> objects; // in file order
    QHash<int, qsizetype> index; // object number → position in `objects`
    int size = 0; // the xref table's entry count
    QByteArray trailer; // "<< /Size … >>"

    const QByteArray *object(int number) const
    {
        const auto it = index.constFind(number);
        return it == index.constEnd() ? nullptr : &objects[*it].bytes;
    }
};

std::optional<PdfFile> parse(const QByteArray &pdf)
{
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return {};
    bool ok = false;
    const qsizetype xref = pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xref <= 0 || xref >= startxref || !pdf.mid(xref, 4).startsWith("xref"))
        return {};
    static const QRegularExpression header(u"^xref\\s+0\\s+(\\d+)\\s*"_s);
    const QString xrefHead = QString::fromLatin1(pdf.mid(xref, 40));
    const auto m = header.match(xrefHead);
    if (!m.hasMatch())
        return {};
    PdfFile file;
    file.size = m.captured(1).toInt();
    qsizetype pos = xref + m.capturedLength(0);
    // 20-byte entries: "0000012345 00000 n \n"
    QList<PdfObject> used;
    for (int n = 0; n < file.size; ++n) {
        const QByteArray entry = pdf.mid(pos + qsizetype(n) * 20, 20);
        if (entry.size() < 18)
            return {};
        if (entry.at(17) == 'n')
            used.append({ n, entry.left(10).toLongLong(), {} });
    }
    const qsizetype trailerAt = pdf.indexOf("trailer", pos + qsizetype(file.size) * 20);
    if (trailerAt < 0 || trailerAt > startxref)
        return {};
    file.trailer = pdf.mid(trailerAt + 7, startxref - trailerAt - 7).trimmed();
    std::sort(used.begin(), used.end(), [](const PdfObject &a, const PdfObject &b) { return a.offset < b.offset; });
    if (used.isEmpty() || used.first().offset <= 0)
        return {};
    file.head = pdf.left(used.first().offset);
    for (qsizetype i = 0; i < used.size(); ++i) {
        const qsizetype end = i + 1 < used.size() ? used[i + 1].offset : xref;
        PdfObject object = used[i];
        object.bytes = pdf.mid(object.offset, end - object.offset);
        if (!object.bytes.startsWith(QByteArray(QByteArray::number(object.number) + " 0 obj")))
            return {}; // an offset that does not point at its object: not a file we know
        file.index.insert(object.number, file.objects.size());
        file.objects.append(std::move(object));
    }
    return file;
}

QByteArray write(const PdfFile &file)
{
    QByteArray out = file.head;
    QMap<int, qsizetype> offsets;
    for (const PdfObject &object : file.objects) {
        offsets.insert(object.number, out.size());
        out += object.bytes;
        if (!out.endsWith('\n'))
            out += '\n';
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(file.size) + "\n";
    for (int n = 0; n < file.size; ++n) {
        const auto it = offsets.constFind(n);
        if (it == offsets.constEnd())
            out += n == 0 ? "0000000000 65535 f \n" : "0000000000 00000 f \n";
        else
            out += QByteArray::number(*it).rightJustified(10, '0') + " 00000 n \n";
    }
    out += "trailer\n" + file.trailer + "\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

// The dictionary of an object (the part before its stream, if any).
QByteArray dictionary(const QByteArray &object)
{
    const qsizetype stream = object.indexOf("stream");
    return stream < 0 ? object : object.left(stream);
}

// The raw bytes of an object's stream.
QByteArray streamData(const QByteArray &object)
{
    qsizetype begin = object.indexOf("stream");
    const qsizetype end = object.lastIndexOf("endstream");
    if (begin < 0 || end < begin)
        return {};
    begin += 6;
    if (object.mid(begin, 2) == "\r\n")
        begin += 2;
    else if (object.at(begin) == '\n')
        begin += 1;
    return object.mid(begin, end - begin);
}

int reference(const QByteArray &dict, const char *key)
{
    const QRegularExpression re(QString::fromLatin1(key) + u"\\s+\\[?\\s*(\\d+)\\s+0\\s+R"_s);
    const auto m = re.match(QString::fromLatin1(dict));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QByteArray name(const QByteArray &dict, const char *key)
{
    const QRegularExpression re(QString::fromLatin1(key) + u"\\s*/([^\\s/<>\\[\\]()]+)"_s);
    const auto m = re.match(QString::fromLatin1(dict));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

QByteArray inflate(const QByteArray &data)
{
    // qUncompress wants zlib data behind a 4-byte big-endian size hint; it grows its buffer
    // past the hint when it has to.
    QByteArray framed(4, '\0');
    qToBigEndian<quint32>(quint32(std::min<qsizetype>(data.size() * 4, 64 * 1024 * 1024)), framed.data());
    framed += data;
    return qUncompress(framed);
}

// ------------------------------------------------------------------ ToUnicode maps

QString utf16(const QByteArray &hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    QString s;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        s.append(QChar(char16_t((uchar(bytes[i]) << 8) | uchar(bytes[i + 1]))));
    return s;
}

QMap<int, QString> readToUnicode(const QByteArray &cmap)
{
    QMap<int, QString> map;
    static const QRegularExpression token(u"<([0-9A-Fa-f]*)>|\\[|\\]|beginbfrange|endbfrange|beginbfchar|endbfchar"_s);
    enum class Mode { None, Range, Char } mode = Mode::None;
    QList<QByteArray> pending; // hex tokens of the current entry
    QList<QByteArray> array; // destinations of a range given as an array
    bool inArray = false;
    auto it = token.globalMatch(QString::fromLatin1(cmap));
    while (it.hasNext()) {
        const auto m = it.next();
        const QString t = m.captured(0);
        if (t == u"beginbfrange"_s)
            mode = Mode::Range;
        else if (t == u"beginbfchar"_s)
            mode = Mode::Char;
        else if (t.startsWith(u"end"_s))
            mode = Mode::None;
        else if (t == u"["_s) {
            inArray = true;
            array.clear();
        } else if (t == u"]"_s) {
            inArray = false;
            if (mode == Mode::Range && pending.size() == 2) {
                const int first = pending[0].toInt(nullptr, 16);
                for (qsizetype i = 0; i < array.size(); ++i)
                    map.insert(first + int(i), utf16(array[i]));
            }
            pending.clear();
        } else if (inArray) {
            array.append(m.captured(1).toLatin1());
        } else if (mode != Mode::None) {
            pending.append(m.captured(1).toLatin1());
            if (mode == Mode::Char && pending.size() == 2) {
                map.insert(pending[0].toInt(nullptr, 16), utf16(pending[1]));
                pending.clear();
            } else if (mode == Mode::Range && pending.size() == 3) {
                const int first = pending[0].toInt(nullptr, 16);
                const int last = pending[1].toInt(nullptr, 16);
                QString target = utf16(pending[2]);
                for (int g = first; g <= last && !target.isEmpty(); ++g) {
                    map.insert(g, target);
                    target.back() = QChar(char16_t(target.back().unicode() + 1));
                }
                pending.clear();
            }
        }
    }
    return map;
}

QByteArray hexUtf16(const QString &s)
{
    QByteArray out;
    for (const QChar c : s)
        out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return out;
}

QByteArray writeToUnicode(const QMap<int, QString> &map)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n"
                     "12 dict begin\n"
                     "begincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n"
                     "/CMapType 2 def\n"
                     "1 begincodespacerange\n"
                     "<0000> <FFFF>\n"
                     "endcodespacerange\n";
    QList<int> glyphs = map.keys();
    for (qsizetype i = 0; i < glyphs.size(); i += 100) { // at most 100 entries per block
        const qsizetype n = std::min<qsizetype>(100, glyphs.size() - i);
        out += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype j = i; j < i + n; ++j)
            out += '<' + QByteArray::number(glyphs[j], 16).rightJustified(4, '0').toUpper() + "> <"
                + hexUtf16(map.value(glyphs[j])) + ">\n";
        out += "endbfchar\n";
    }
    out += "endcmap\n"
           "CMapName currentdict /CMap defineresource pop\n"
           "end\n"
           "end\n";
    return out;
}

// One of the plan's font families as the PDF names it, with what the repair asks of it.
struct StackFont {
    QRawFont raw; // at a pixel size of one font unit
    QHash<quint32, QChar> ideographs; // glyph → the unified ideograph drawn with it (built on demand)

    // The CJK unified ideograph that shares the glyph of radical `c`, if the font has one.
    QString ideographFor(uint c)
    {
        if (ideographs.isEmpty()) {
            QString all;
            for (char16_t u = 0x3400; u <= 0x4DBF; ++u)
                all.append(QChar(u));
            for (char16_t u = 0x4E00; u <= 0x9FFF; ++u)
                all.append(QChar(u));
            QList<quint32> glyphs(all.size());
            int count = int(glyphs.size());
            if (raw.glyphIndexesForChars(all.constData(), int(all.size()), glyphs.data(), &count))
                for (int i = count - 1; i >= 0; --i)
                    if (glyphs[i])
                        ideographs.insert(glyphs[i], all.at(i));
            ideographs.insert(0, QChar()); // built, even when empty
        }
        const char32_t ch = char32_t(c);
        const QList<quint32> glyph = raw.glyphIndexesForString(QString::fromUcs4(&ch, 1));
        const QChar ideograph = glyph.size() == 1 && glyph.first() ? ideographs.value(glyph.first()) : QChar();
        return ideograph.isNull() ? QString() : QString(ideograph);
    }
};

// What a glyph that Qt mapped back to `s` stands for.
QString canonical(const QString &s, StackFont *font)
{
    const QList<uint> ucs = s.toUcs4();
    if (ucs.size() != 1)
        return s;
    const uint c = ucs.first();
    if (c > 0 && c < 0x20)
        return u" "_s; // fonts that give control characters the space glyph
    if (c >= 0x2E80 && c <= 0x2FDF) { // CJK radicals: most have no decomposition
        const QString kc = s.normalized(QString::NormalizationForm_KC);
        if (kc != s)
            return kc;
        const QString ideograph = font ? font->ideographFor(c) : QString();
        return ideograph.isEmpty() ? s : ideograph;
    }
    const bool compatibility = (c >= 0xF900 && c <= 0xFAFF) // CJK compatibility ideographs
        || (c >= 0xFB00 && c <= 0xFDFF) // Latin and Hebrew ligatures, Arabic forms A
        || (c >= 0xFE70 && c <= 0xFEFF); // Arabic presentation forms B
    return compatibility ? s.normalized(QString::NormalizationForm_KC) : s;
}

// ------------------------------------------------------------------ glyph metrics

struct GlyphBox {
    int advance = 0;
    int xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    bool empty = true;
};

bool matches(const GlyphBox &a, const GlyphBox &b)
{
    constexpr int tolerance = 2; // font units: rounding of outlines converted to TrueType
    if (std::abs(a.advance - b.advance) > tolerance || a.empty != b.empty)
        return false;
    return a.empty
        || (std::abs(a.xMin - b.xMin) <= tolerance && std::abs(a.yMin - b.yMin) <= tolerance
            && std::abs(a.xMax - b.xMax) <= tolerance && std::abs(a.yMax - b.yMax) <= tolerance);
}

quint16 u16(const QByteArray &d, qsizetype at)
{
    return at + 2 <= d.size() ? qFromBigEndian<quint16>(d.constData() + at) : 0;
}

quint32 u32(const QByteArray &d, qsizetype at)
{
    return at + 4 <= d.size() ? qFromBigEndian<quint32>(d.constData() + at) : 0;
}

// Advance and box of every glyph of an embedded TrueType font program, in its own units.
QList<GlyphBox> trueTypeGlyphs(const QByteArray &font)
{
    QHash<QByteArray, QByteArray> tables;
    const int count = u16(font, 4);
    for (int i = 0; i < count; ++i) {
        const qsizetype entry = 12 + qsizetype(i) * 16;
        tables.insert(font.mid(entry, 4), font.mid(u32(font, entry + 8), u32(font, entry + 12)));
    }
    const QByteArray head = tables.value("head"), maxp = tables.value("maxp"), hhea = tables.value("hhea"),
                     hmtx = tables.value("hmtx"), loca = tables.value("loca"), glyf = tables.value("glyf");
    if (head.size() < 54 || maxp.size() < 6 || hhea.size() < 36)
        return {};
    const bool longOffsets = u16(head, 50) != 0;
    const int glyphs = u16(maxp, 4);
    const int metrics = std::max(1, int(u16(hhea, 34)));
    QList<GlyphBox> out(glyphs);
    for (int g = 0; g < glyphs; ++g) {
        GlyphBox &box = out[g];
        box.advance = u16(hmtx, qsizetype(std::min(g, metrics - 1)) * 4);
        const quint32 begin = longOffsets ? u32(loca, qsizetype(g) * 4) : quint32(u16(loca, qsizetype(g) * 2)) * 2;
        const quint32 end
            = longOffsets ? u32(loca, qsizetype(g + 1) * 4) : quint32(u16(loca, qsizetype(g + 1) * 2)) * 2;
        if (end > begin + 10 && end <= quint32(glyf.size())) {
            box.empty = false;
            box.xMin = qint16(u16(glyf, begin + 2));
            box.yMin = qint16(u16(glyf, begin + 4));
            box.xMax = qint16(u16(glyf, begin + 6));
            box.yMax = qint16(u16(glyf, begin + 8));
        }
    }
    return out;
}

// The PostScript name (name table, id 6) a PDF names the font by.
QByteArray postScriptName(const QRawFont &font)
{
    const QByteArray table = font.fontTable("name");
    const int count = u16(table, 2);
    const int strings = u16(table, 4);
    for (int i = 0; i < count; ++i) {
        const qsizetype record = 6 + qsizetype(i) * 12;
        if (u16(table, record + 6) != 6)
            continue;
        const QByteArray raw = table.mid(strings + u16(table, record + 10), u16(table, record + 8));
        if (u16(table, record) == 3 || u16(table, record) == 0) {
            QString s;
            for (qsizetype j = 0; j + 1 < raw.size(); j += 2)
                s.append(QChar(char16_t((uchar(raw[j]) << 8) | uchar(raw[j + 1]))));
            return s.toLatin1();
        }
        return raw;
    }
    return {};
}

struct Candidate {
    QString text; // one character outside the BMP
    GlyphBox box;
    bool taken = false;
};

// The installed families of the plan's stack, in order, with the PostScript names PDFs
// give them (regular faces: bold and oblique ones are matched by the same name below).
QList<std::pair<QByteArray, StackFont>> stackFonts()
{
    QList<std::pair<QByteArray, StackFont>> fonts;
    for (const QString &family : planFontFamilies()) {
        QFont f(family);
        f.setHintingPreference(QFont::PreferNoHinting);
        QRawFont raw = QRawFont::fromFont(f);
        if (!raw.isValid() || raw.familyName().compare(family, Qt::CaseInsensitive) != 0)
            continue; // not installed: what fontconfig substitutes is not ours to name
        raw.setPixelSize(raw.unitsPerEm()); // pixels = font units
        fonts.append({ postScriptName(raw), StackFont { raw, {} } });
    }
    return fonts;
}

// For each family of the plan's stack by PostScript name, the characters outside the BMP of
// `text` that Qt takes from it (the first family with a glyph), with their metrics.
QHash<QByteArray, QList<Candidate>> candidates(
    const QString &text, const QList<std::pair<QByteArray, StackFont>> &fonts)
{
    QList<uint> wide;
    for (const uint c : text.toUcs4())
        if (c > 0xFFFF && !wide.contains(c))
            wide.append(c);
    QHash<QByteArray, QList<Candidate>> out;
    for (const uint c : wide) {
        for (const auto &[ps, font] : fonts) {
            const QRawFont &raw = font.raw;
            if (!raw.supportsCharacter(char32_t(c)))
                continue;
            const QString s = QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
            const QList<quint32> glyphs = raw.glyphIndexesForString(s);
            if (glyphs.size() == 1) {
                const QRectF r = raw.boundingRect(glyphs.first());
                const QList<QPointF> advances = raw.advancesForGlyphIndexes(glyphs);
                GlyphBox box;
                box.advance = qRound(advances.value(0).x());
                box.empty = r.isEmpty();
                box.xMin = qRound(r.left());
                box.xMax = qRound(r.right());
                box.yMin = qRound(-r.bottom());
                box.yMax = qRound(-r.top());
                out[ps].append({ s, box });
            }
            break;
        }
    }
    return out;
}

// "NotoSansCJKsc" for "NotoSansCJKsc-Bold": the faces of one family.
QByteArray familyKey(const QByteArray &postScriptName)
{
    const qsizetype dash = postScriptName.indexOf('-');
    return dash < 0 ? postScriptName : postScriptName.left(dash);
}

void replaceObject(PdfFile &file, int number, const QByteArray &bytes)
{
    const auto it = file.index.constFind(number);
    if (it != file.index.constEnd())
        file.objects[*it].bytes = bytes;
}

} // namespace

QByteArray repairPdfText(const QByteArray &pdf, const QString &text)
{
    std::optional<PdfFile> parsed = parse(pdf);
    if (!parsed)
        return pdf;
    PdfFile &file = *parsed;
    QList<std::pair<QByteArray, StackFont>> fonts = stackFonts();
    QHash<QByteArray, QList<Candidate>> open = candidates(text, fonts);

    bool changed = false;
    const QList<PdfObject> objects = file.objects;
    for (const PdfObject &object : objects) {
        const QByteArray dict = dictionary(object.bytes);
        if (!dict.contains("/Subtype /Type0"))
            continue;
        const int toUnicode = reference(dict, "/ToUnicode");
        const int descendant = reference(dict, "/DescendantFonts");
        const QByteArray *cidFont = file.object(descendant);
        const QByteArray *cmapObject = file.object(toUnicode);
        if (!cidFont || !cmapObject)
            continue;
        const QByteArray *descriptor = file.object(reference(*cidFont, "/FontDescriptor"));
        if (!descriptor)
            continue;
        const QByteArray baseName = name(dict, "/BaseFont");
        const QByteArray taggedName = name(*descriptor, "/FontName");

        // The subset tag on the font's names, as on its descriptor.
        if (taggedName.size() > 7 && taggedName.at(6) == '+' && taggedName.mid(7) == baseName) {
            const QByteArray from = "/BaseFont /" + baseName;
            const QByteArray to = "/BaseFont /" + taggedName;
            replaceObject(file, object.number, QByteArray(object.bytes).replace(from, to));
            replaceObject(file, descendant, QByteArray(*file.object(descendant)).replace(from, to));
        }

        // The family by name; a bold face shares the regular face's character set.
        StackFont *family = nullptr;
        for (auto &[ps, font] : fonts)
            if (family == nullptr && familyKey(baseName) == familyKey(ps))
                family = &font;
        QMap<int, QString> map = readToUnicode(streamData(*cmapObject));
        for (auto it = map.begin(); it != map.end(); ++it)
            it.value() = canonical(it.value(), family);

        // Glyphs Qt could not map: characters outside the BMP, told apart by their metrics.
        QList<Candidate> &pool = open[baseName];
        if (!pool.isEmpty()) {
            const QByteArray *program = file.object(reference(*descriptor, "/FontFile2"));
            QByteArray data = program ? streamData(*program) : QByteArray();
            if (program && dictionary(*program).contains("/FlateDecode"))
                data = inflate(data);
            const QList<GlyphBox> boxes = trueTypeGlyphs(data);
            for (int g = 1; g < boxes.size(); ++g) {
                if (map.contains(g))
                    continue;
                for (Candidate &c : pool) {
                    if (!c.taken && matches(c.box, boxes[g])) {
                        c.taken = true;
                        map.insert(g, c.text);
                        break;
                    }
                }
            }
        }

        QByteArray stream = writeToUnicode(map);
        replaceObject(file, toUnicode,
            QByteArray::number(toUnicode) + " 0 obj\n<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n"
                + stream + "\nendstream\nendobj\n");
        changed = true;
    }
    return changed ? write(file) : pdf;
}

} // namespace bw
