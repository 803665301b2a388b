// SPDX-License-Identifier: GPL-3.0-or-later
// Lets Catch2 print Qt strings in failed assertions.
#pragma once

#include <QString>
#include <catch2/catch.hpp>

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
