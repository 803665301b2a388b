// SPDX-License-Identifier: GPL-3.0-or-later
// The test build checks invariants: Q_ASSERT and assert() are compiled in even where the build
// type (RelWithDebInfo, the default, and Release) defines NDEBUG and QT_NO_DEBUG. Otherwise a
// test could pass because a broken invariant went unchecked (BLENDWISE_ASSERTS in CMakeLists.txt).
#include <catch2/catch.hpp>

#include <QtGlobal>

#include <cassert>

TEST_CASE("Assertions are active in the test build", "[build]")
{
#ifdef NDEBUG
    FAIL("NDEBUG is defined: assert() is compiled out of the tests");
#endif
#if defined(QT_NO_DEBUG) && !defined(QT_FORCE_ASSERTS)
    FAIL("QT_NO_DEBUG without QT_FORCE_ASSERTS: Q_ASSERT is compiled out of the tests");
#endif
    // The check itself must be compiled: a side effect inside Q_ASSERT happens only then.
    int evaluated = 0;
    Q_ASSERT(++evaluated == 1);
    assert(++evaluated == 2);
    CHECK(evaluated == 2);
}
