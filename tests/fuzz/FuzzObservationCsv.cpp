// libFuzzer target: ObservationCsv::parse must never crash, hang or leak, whatever the bytes, and
// what it returns must keep its contract: one line number per observation, within the stated
// limits, and for a file without errors times in order and every measured value finite and within
// the signal's range. The input is read against the baseline kit, through a QBuffer, as the CLI
// and the import read a file.
#include "KitLoader.h"
#include "ObservationCsv.h"
#include "ObservationValue.h"

#include <QBuffer>
#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>

using namespace turnback;

namespace {

std::optional<Kit> g_kit;

bool keepsTheContract(const ObservationCsvResult& result) {
    if (result.observations.size() != result.lineNumbers.size() ||
        result.observations.size() > ObservationCsv::MaxObservations ||
        result.errors.size() > ObservationCsv::MaxErrors + 1)
        return false;
    if (!result.errors.isEmpty())
        return true;
    for (qsizetype i = 0; i < result.observations.size(); ++i) {
        const Observation& observation = result.observations.at(i);
        const Signal* signal = g_kit->signal(observation.signalId);
        if (!signal || observation.at.count() < 0)
            return false;
        if (i > 0 && (observation.at < result.observations.at(i - 1).at ||
                      result.lineNumbers.at(i) < result.lineNumbers.at(i - 1)))
            return false;
        const bool measured = signal->threshold.kind == Threshold::Kind::Measured;
        if (measured != observation.value.has_value())
            return false;
        if (measured && (!std::isfinite(*observation.value) ||
                         !ObservationValue::rangeProblem(signal->threshold, *observation.value).isEmpty()))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    KitLoadResult loaded = KitLoader::load(QStringLiteral(TURNBACK_SOURCE_DIR "/resources/kits/baseline.yaml"));
    if (!loaded.ok())
        __builtin_trap();
    g_kit = std::move(loaded.kit);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QBuffer device;
    device.setData(input);
    device.open(QIODevice::ReadOnly);
    if (!keepsTheContract(ObservationCsv::parse(device, QStringLiteral("fuzz.csv"), *g_kit)))
        __builtin_trap();
    return 0;
}
