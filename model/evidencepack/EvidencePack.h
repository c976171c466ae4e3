#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace turnback {

class SigningKey;

/// What to export: one reversal of one log into one .zip (docs/evidence-pack.md).
struct EvidencePackRequest {
    QString databasePath; ///< the audit log; opened read-only, never written
    QString incident;     ///< the reversal id
    QString outputPath;   ///< the .zip; written aside and renamed, so never half-written under this name
    /// Signs manifest.sha256. Must be a key the log registers (the one that signs its checkpoints).
    std::shared_ptr<const SigningKey> key;
    /// Without a key the export is refused, unless this is set: then the pack has no manifest.sig
    /// and no public-key.pem, and its cover and README say UNSIGNED in so many words.
    bool allowUnsigned = false;
    QString exportedBy; ///< who exports (the operator's name), written on the cover
};

struct EvidencePackResult {
    bool ok = false;
    bool cancelled = false;
    QString error;         ///< a plain sentence when !ok and !cancelled
    qint64 events = 0;     ///< rows of the reversal in the pack
    qint64 artifacts = 0;  ///< files under artifacts/
    bool isSigned = false; ///< manifest.sig is in the pack
    bool isExercise = false;
    QString verification; ///< the proof's verdict, as the cover states it
};

/// Exports one reversal as an evidence pack: report.pdf, events.csv, events.jsonl, artifacts/, the
/// proof (its rows as stored, incident chain, signed incident checkpoints, keys), manifest.sha256,
/// manifest.sig, public-key.pem, README.txt (docs/evidence-pack.md). Runs in any thread (it opens
/// its own read-only connection); needs a QGuiApplication for the PDF's fonts.
class EvidencePackExporter {
public:
    /// Stage names are already translated; percent is 0..100.
    using Progress = std::function<void(int percent, const QString& stage)>;

    /// Cancelling (`cancel` set to true from any thread) stops at the next row or file and leaves
    /// nothing under outputPath; neither does any failure.
    static EvidencePackResult run(const EvidencePackRequest& request, const Progress& progress = {},
                                  const std::atomic_bool* cancel = nullptr);
};

} // namespace turnback
