#include "ObservationImport.h"

#include "ObservationImportJob.h"

#include <QCryptographicHash>
#include <QFile>

namespace turnback::ObservationImport {

namespace {

/// Data rows among the parsed observations: a row of N occurrences makes N observations on one line.
qint64 rowsOf(const ObservationCsvResult& parsed) {
    qint64 rows = 0;
    int previousLine = 0;
    for (const int line : parsed.lineNumbers) {
        rows += line != previousLine ? 1 : 0;
        previousLine = line;
    }
    return rows;
}

} // namespace

ObservationFile read(const QString& path, const Kit& kit, const std::atomic<bool>* cancel,
                     std::atomic<qint64>* bytesRead) {
    ObservationFile file;
    file.path = path;
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        file.readError = device.errorString();
        return file;
    }
    // Hashed as it is parsed, in one pass: the SHA-256 on record is of the bytes the rows came from.
    QCryptographicHash sha(QCryptographicHash::Sha256);
    const auto onLine = [&](QByteArrayView raw) {
        sha.addData(raw);
        file.size += raw.size();
        if (bytesRead)
            bytesRead->store(file.size, std::memory_order_relaxed);
        return !(cancel && cancel->load(std::memory_order_relaxed));
    };
    file.parsed = ObservationCsv::parse(device, path, kit, onLine);
    file.cancelled = cancel && cancel->load();
    // A file refused part-way is hashed to its end too (within the size limit), so the start names it whole.
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    while (!file.cancelled && !device.isSequential() && file.size < ObservationCsv::MaxFileBytes) {
        const qint64 n = device.read(chunk.data(), chunk.size());
        if (n <= 0)
            break;
        onLine(QByteArrayView(chunk.constData(), n));
    }
    file.sha256 = QString::fromLatin1(sha.result().toHex());
    file.rows = rowsOf(file.parsed);
    return file;
}

ObservationImportResult importFile(ReversalSession& session, const QString& path) {
    ObservationImportJob job(session, path);
    return job.runHere();
}

} // namespace turnback::ObservationImport
