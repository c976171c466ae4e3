#pragma once

#include "Kit.h"

#include <QByteArrayView>
#include <QLocale>
#include <QString>

#include <optional>

namespace turnback {

/// Reading an observation's value exactly, or refusing it with a reason: never a best guess.
/// `why` receives what was expected when the result is nullopt.
namespace ObservationValue {

/// Most occurrences one row or one entry may stand for.
constexpr int MaxOccurrences = 1000;

/// An observation file's value: `-`? digits, optionally `.` and digits (6.5, -2, 100). No grouping, no
/// exponent, no `+`, nan or inf: what a person reads is what is recorded.
std::optional<double> fromCsv(QByteArrayView text, QString* why);

/// An occurrence row's value: empty is one occurrence, else a whole number 1..MaxOccurrences.
std::optional<int> occurrences(QByteArrayView text, QString* why);

/// A value typed by a person in `locale`: digits with an optional leading minus and at most one decimal
/// separator, which is the locale's own (`6,5` in German) or `.` where `.` is not the locale's group
/// separator. Group separators, doubled separators, exponents, nan, inf and trailing junk are refused.
std::optional<double> fromTyped(const QString& text, const QLocale& locale, QString* why);

/// Empty when `value` is within what `threshold` can measure, else why not ("200 is outside 0..100 %").
QString rangeProblem(const Threshold& threshold, double value);

/// `value` as a person in `locale` reads it, without grouping: "6,5" in German.
QString display(double value, const QLocale& locale);

} // namespace ObservationValue
} // namespace turnback
