// SPDX-License-Identifier: GPL-3.0-or-later
// blendwise_test_saver PATH: saves project A and project B (sampleproject.h) to PATH,
// alternately, until it is killed. The kill test stops it at random instants and checks that
// PATH always holds one of the two whole projects. Prints "saved" after each save.
#include "sampleproject.h"
#include "storage/projectfile.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: blendwise_test_saver PATH\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const bw::Project projects[2] = {bw::test::taggedProject(u"A"_s, 1500), bw::test::taggedProject(u"B"_s, 1600)};
    QTextStream out(stdout);
    for (int i = 0;; i = 1 - i) {
        if (const bw::FileError error = bw::ProjectFile::save(projects[i], path)) {
            QTextStream(stderr) << error.message << Qt::endl;
            return 1;
        }
        out << "saved" << Qt::endl;
    }
}
