// libFuzzer target: KitLoader::loadFromBytes must never crash, hang or leak, whatever the bytes.
// The whole input is loaded as a kit. When it holds NUL bytes it is also split on them, at most
// four parts: the first is the kit (empty means "a known-good kit", so overlays are reached even
// though a mutated kit rarely loads) and the others are overlays applied over it, in order.
#include "KitLoader.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace turnback;

namespace {

QByteArray g_goodKit;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    // The loader logs at debug level; the fuzzer would spend its time printing.
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    QFile file(QStringLiteral(TURNBACK_SOURCE_DIR "/tests/data/kits/good/minimal.yaml"));
    if (file.open(QIODevice::ReadOnly))
        g_goodKit = file.readAll();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const KitLoadResult whole = KitLoader::loadFromBytes(input, QStringLiteral("fuzz.yaml"));
    if (whole.kit.has_value() && !whole.errors.isEmpty())
        __builtin_trap(); // the contract: a kit only when there are no errors

    if (!input.contains('\0'))
        return 0;
    QList<QByteArray> parts = input.split('\0');
    while (parts.size() > 4) {
        const QByteArray last = parts.takeLast();
        parts.last() += '\0' + last;
    }
    const QByteArray kit = parts.first().isEmpty() ? g_goodKit : parts.first();
    QList<QPair<QByteArray, QString>> overlays;
    for (qsizetype i = 1; i < parts.size(); ++i)
        overlays.append({parts[i], QStringLiteral("fuzz-%1.overlay.yaml").arg(i)});
    const KitLoadResult layered = KitLoader::loadFromBytes(kit, QStringLiteral("fuzz.yaml"), overlays);
    if (layered.kit.has_value() && !layered.errors.isEmpty())
        __builtin_trap();
    return 0;
}
