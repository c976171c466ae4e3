// bench_rubric_engine [N]: feeds N observations (default 1,000,000) over the four baseline signals
// through RubricEngine and reports observations per second against a floor measured in the same
// run: the same loop over the same observation array doing only the minimal work (summing values).
#include "RubricEngine.h"

#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace turnback;
using namespace std::chrono_literals;

namespace {

/// splitmix64: deterministic, so every run feeds the same stream.
struct Random {
    std::uint64_t state = 0x7475726e6261636bULL;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
};

Kit baselineKit() {
    Kit kit;
    Signal errorRate;
    errorRate.id = QStringLiteral("error-rate");
    errorRate.threshold.kind = Threshold::Kind::Measured;
    errorRate.threshold.comparison = Comparison::Greater;
    errorRate.threshold.limit = 5;
    errorRate.threshold.sustain = Milliseconds{2min};
    errorRate.action = Level::Slow;
    Signal p1Count;
    p1Count.id = QStringLiteral("p1-count");
    p1Count.threshold.kind = Threshold::Kind::Count;
    p1Count.threshold.comparison = Comparison::Greater;
    p1Count.threshold.limit = 3;
    p1Count.threshold.window = Milliseconds{1h};
    p1Count.action = Level::Stop;
    Signal dataLoss;
    dataLoss.id = QStringLiteral("data-loss");
    dataLoss.action = Level::Reverse;
    Signal regulator;
    regulator.id = QStringLiteral("regulator-inquiry");
    regulator.action = Level::Reverse;
    kit.signalList = {errorRate, p1Count, dataLoss, regulator};
    return kit;
}

/// Mostly error-rate samples on a random walk that crosses 5% back and forth (so "for" waits start,
/// run out and break), P1 occurrences dense enough to trigger and expire, and rare "any" rows.
std::vector<Observation> makeStream(std::size_t n) {
    const QString ids[] = {QStringLiteral("error-rate"), QStringLiteral("p1-count"), QStringLiteral("data-loss"),
                           QStringLiteral("regulator-inquiry")};
    Random random;
    std::vector<Observation> stream;
    stream.reserve(n);
    qint64 at = 0;
    double rate = 2.0;
    for (std::size_t i = 0; i < n; ++i) {
        at += static_cast<qint64>(random.next() % 4000); // 0-4 s apart, equal times included
        const double pick = random.unit();
        if (pick < 0.90) {
            rate += (random.unit() - 0.5) * 2.0;
            if (rate < 0)
                rate = -rate;
            if (rate > 12)
                rate = 24 - rate;
            stream.push_back({Milliseconds{at}, ids[0], rate});
        } else if (pick < 0.9995) {
            stream.push_back({Milliseconds{at}, ids[1], std::nullopt});
        } else if (pick < 0.99975) {
            stream.push_back({Milliseconds{at}, ids[2], std::nullopt});
        } else {
            stream.push_back({Milliseconds{at}, ids[3], std::nullopt});
        }
    }
    return stream;
}

double seconds(std::chrono::steady_clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

} // namespace

int main(int argc, char** argv) {
    std::size_t n = 1'000'000;
    if (argc > 1) {
        char* end = nullptr;
        const unsigned long long parsed = std::strtoull(argv[1], &end, 10);
        if (!end || *end != '\0' || parsed == 0) {
            std::fprintf(stderr, "usage: bench_rubric_engine [N]   (N > 0 observations, default 1000000)\n");
            return 2;
        }
        n = static_cast<std::size_t>(parsed);
    }

    const Kit kit = baselineKit();
    const std::vector<Observation> stream = makeStream(n);

    // Best of three for both loops, so a scheduler hiccup does not decide the ratio.
    double floorBest = 1e300;
    double floorSum = 0;
    for (int round = 0; round < 3; ++round) {
        const auto start = std::chrono::steady_clock::now();
        double sum = 0;
        for (const Observation& obs : stream)
            sum += obs.value.value_or(1.0) + static_cast<double>(obs.at.count() & 1) + obs.signalId.size();
        const double elapsed = seconds(std::chrono::steady_clock::now() - start);
        floorSum += sum;
        if (elapsed < floorBest)
            floorBest = elapsed;
    }

    double engineBest = 1e300;
    std::size_t triggers = 0;
    std::size_t clears = 0;
    Level finalLevel = Level::Normal;
    for (int round = 0; round < 3; ++round) {
        RubricEngine engine(kit);
        triggers = clears = 0;
        const auto start = std::chrono::steady_clock::now();
        for (const Observation& obs : stream) {
            QString error;
            const QList<RubricTransition> out = engine.observe(obs, &error);
            if (!error.isEmpty()) {
                std::fprintf(stderr, "bench_rubric_engine: %s\n", qPrintable(error));
                return 1;
            }
            for (const RubricTransition& t : out)
                ++(t.event == RubricTransition::Event::Triggered ? triggers : clears);
        }
        const double elapsed = seconds(std::chrono::steady_clock::now() - start);
        finalLevel = engine.calledLevel();
        if (elapsed < engineBest)
            engineBest = elapsed;
    }

    const double engineRate = static_cast<double>(n) / engineBest;
    const double floorRate = static_cast<double>(n) / floorBest;
    std::printf("stream: %zu observations over %.1f h; %zu triggers, %zu clears, final level %s (checksum %.3g)\n", n,
                static_cast<double>(stream.back().at.count()) / 3.6e6, triggers, clears,
                qPrintable(levelId(finalLevel)), floorSum);
    std::printf("engine: %.3f s, floor: %.6f s (best of 3 each)\n", engineBest, floorBest);
    std::printf("bench_rubric_engine: %zu observations, %.0f obs/s, floor %.0f obs/s, ratio %.1f\n", n, engineRate,
                floorRate, floorRate / engineRate);
    return 0;
}
