// SPDX-License-Identifier: GPL-3.0-or-later
// Times saving and loading generated programmes of 1,000 and 10,000 activities.
// Run by hand: bench_storage [directory for the files]
#include "largeproject.h"
#include "storage/projectfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {

QString peakRss()
{
    QFile status(u"/proc/self/status"_s);
    // /proc files report size 0, so read them whole rather than line by line up to atEnd().
    if (!status.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    return u"unknown"_s;
}

// Processor time of this process: on a shared, loaded machine the wall-clock figures say more
// about the neighbours than about the code, so both are printed.
qint64 cpuMs()
{
    return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : tmp.path();
    QTextStream out(stdout);

    for (const int count : {1000, 10000}) {
        const bw::Project project = bw::generateLargeProject(count);
        const QString path = dir + u"/bench-%1.blendwise"_s.arg(count);

        QElapsedTimer timer;
        timer.start();
        qint64 cpu = cpuMs();
        const bw::FileError saveError = bw::ProjectFile::save(project, path);
        const qint64 saveMs = timer.elapsed();
        const qint64 saveCpu = cpuMs() - cpu;
        if (saveError) {
            out << saveError.message << Qt::endl;
            return 1;
        }
        timer.restart();
        cpu = cpuMs();
        const bw::LoadResult loaded = bw::ProjectFile::load(path);
        const qint64 loadMs = timer.elapsed();
        const qint64 loadCpu = cpuMs() - cpu;
        if (loaded.error) {
            out << loaded.error.message << Qt::endl;
            return 1;
        }
        out << u"save %1 activities: %2 ms (cpu %3 ms)"_s.arg(count).arg(saveMs).arg(saveCpu) << Qt::endl;
        out << u"load %1 activities: %2 ms (cpu %3 ms)"_s.arg(count).arg(loadMs).arg(loadCpu) << Qt::endl;
        out << u"file size %1 activities: %2 kB"_s.arg(count).arg(QFileInfo(path).size() / 1024) << Qt::endl;
        out << u"round trip %1 activities: %2"_s.arg(count).arg(loaded.project == project ? u"equal"_s : u"DIFFERENT"_s)
            << Qt::endl;
        if (loaded.project != project)
            return 1;
    }
    out << u"peak RSS: "_s << peakRss() << Qt::endl;
    return 0;
}
