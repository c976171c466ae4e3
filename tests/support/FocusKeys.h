#pragma once

// Keys and text typed where the keyboard focus is, as a person types: for the keyboard-only tests of a
// window (the review and report windows). Header-only: only tests that link Qt Widgets include it.

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace turnback::test {

/// Presses `key` (with `modifiers`) in the widget that has the focus; fails the test when none has.
inline void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget* target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

/// Types `text` into the widget that has the focus; fails the test when none has.
inline void type(const QString& text) {
    QWidget* target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClicks(target, text);
}

} // namespace turnback::test
