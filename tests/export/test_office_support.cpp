// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_office_support.h"

#include "catalogue/catalogue.h"
#include "qtprint.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Qt::StringLiterals;

namespace officetest {

namespace {
QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}
} // namespace

QByteArray render(const bw::Exporter &exporter, const bw::Project &project, const bw::ExportOptions &options)
{
    bw::plan::PlanOptions planOptions;
    planOptions.sections = options.sections;
    planOptions.clientVersion = options.clientVersion;
    planOptions.date = QDate(2027, 3, 1);
    const bw::plan::Plan plan = bw::plan::buildPlan(project, planOptions);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString error = exporter.write(plan, project, options, buffer, bw::ExportControl());
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    buffer.close();
    return bytes;
}

QString writeTemp(const QByteArray &bytes, const QString &suffix)
{
    static int counter = 0;
    // BLENDWISE_TEST_OUTPUT keeps the files for looking at them (screenshots, debugging).
    const QString keep = qEnvironmentVariable("BLENDWISE_TEST_OUTPUT");
    const QDir dir(keep.isEmpty() ? tempDir().path() : keep);
    const QString path = dir.filePath(u"plan-%1.%2"_s.arg(++counter).arg(suffix));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

bool installed(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

QString run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        WARN(program.toStdString() << " failed: " << process.readAllStandardError().toStdString());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString officeText(const QString &path)
{
    if (!installed(u"soffice"_s))
        return {};
    const QString outDir = tempDir().filePath(u"txt-"_s + QFileInfo(path).completeBaseName());
    QDir().mkpath(outDir);
    // A private profile: a running LibreOffice of the user's, or a parallel test, must not
    // swallow the conversion.
    const QString profile = QUrl::fromLocalFile(tempDir().filePath(u"lo-profile"_s)).toString();
    if (run(u"soffice"_s, {u"-env:UserInstallation="_s + profile, u"--headless"_s, u"--convert-to"_s,
                           u"txt:Text (encoded):UTF8"_s, u"--outdir"_s, outDir, path}, 180000)
            .isNull())
        return {};
    QFile file(QDir(outDir).filePath(QFileInfo(path).completeBaseName() + u".txt"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QByteArray zipEntry(const QByteArray &package, const QString &name)
{
    QByteArray data = package;
    QBuffer buffer(&data);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QStringList zipEntries(const QByteArray &package)
{
    QByteArray data = package;
    QBuffer buffer(&data);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return {};
    return zip.getFileNameList();
}

bool wellFormed(const QByteArray &xml, QString *error)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError() && error)
        *error = reader.errorString() + u" at line "_s + QString::number(reader.lineNumber());
    return !reader.hasError();
}

QStringList hostileStrings()
{
    return {u"<script>alert(\"x\")</script>"_s, u"Tom & Jerry's \"plan\""_s, u"]]> end of CDATA"_s,
            u"שלום עולם"_s, u"مرحبا بالعالم"_s, u"Coffee ☕ and 🎓 graduation"_s};
}

bw::Project hostileProject()
{
    bw::Project project = *bw::templateProject(u"it-risk"_s);
    const QStringList s = hostileStrings();
    project.info.title = s[0] + u" \u0001title\u0007"_s;
    project.info.client = s[1];
    project.objectives[0].statement = s[2] + u" \u001Fstatement"_s;
    project.objectives[0].activities[0].title = s[3];
    project.objectives[0].activities[1].title = s[4];
    project.objectives[0].activities[2].instructions = s[5];
    project.objectives[0].activities[2].title = s[5];
    return project;
}

} // namespace officetest
