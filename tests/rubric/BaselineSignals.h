#pragma once

#include "Kit.h"

#include <chrono>

namespace turnback::test {

using namespace std::chrono_literals;

/// The four baseline rubric signals, built in C++ so the rubric tests do not depend on the kit loader.
inline Kit baselineRubricKit() {
    Kit kit;
    kit.id = QStringLiteral("baseline");
    kit.name = QStringLiteral("Baseline");

    Signal errorRate;
    errorRate.id = QStringLiteral("error-rate");
    errorRate.name = QStringLiteral("Error rate spike");
    errorRate.threshold.kind = Threshold::Kind::Measured;
    errorRate.threshold.comparison = Comparison::Greater;
    errorRate.threshold.limit = 5;
    errorRate.threshold.unit = QStringLiteral("%");
    errorRate.threshold.of = QStringLiteral("of traffic");
    errorRate.threshold.sustain = Milliseconds{2min};
    errorRate.action = Level::Slow;
    errorRate.owner = QStringLiteral("engineering-lead");
    errorRate.timer = Milliseconds{5min};

    Signal p1Count;
    p1Count.id = QStringLiteral("p1-count");
    p1Count.name = QStringLiteral("P1 incidents");
    p1Count.threshold.kind = Threshold::Kind::Count;
    p1Count.threshold.comparison = Comparison::Greater;
    p1Count.threshold.limit = 3;
    p1Count.threshold.unit = QStringLiteral("P1s");
    p1Count.threshold.window = Milliseconds{1h};
    p1Count.action = Level::Stop;
    p1Count.owner = QStringLiteral("incident-commander");
    p1Count.timer = Milliseconds{2min};

    Signal dataLoss;
    dataLoss.id = QStringLiteral("data-loss");
    dataLoss.name = QStringLiteral("Data loss");
    dataLoss.threshold.kind = Threshold::Kind::Any;
    dataLoss.threshold.of = QStringLiteral("confirmed loss");
    dataLoss.action = Level::Reverse;
    dataLoss.owner = QStringLiteral("service-owner");
    dataLoss.timer = Milliseconds{0};

    Signal regulator;
    regulator.id = QStringLiteral("regulator-inquiry");
    regulator.name = QStringLiteral("Regulator inquiry");
    regulator.threshold.kind = Threshold::Kind::Any;
    regulator.threshold.of = QStringLiteral("inquiry");
    regulator.action = Level::Reverse;
    regulator.owner = QStringLiteral("policy-lead");
    regulator.timer = Milliseconds{0};

    kit.signalList = {errorRate, p1Count, dataLoss, regulator};
    return kit;
}

/// A kit with one signal, for comparison edge cases.
inline Kit singleSignalKit(Threshold threshold, Level action = Level::Slow) {
    Kit kit;
    kit.id = QStringLiteral("single");
    Signal signal;
    signal.id = QStringLiteral("s");
    signal.threshold = threshold;
    signal.action = action;
    kit.signalList = {signal};
    return kit;
}

} // namespace turnback::test
