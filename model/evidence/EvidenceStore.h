#pragma once

#include "AttachmentCheck.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace turnback {

class ReversalSession;

/// The reversal's evidence store: files an operator attaches (logs, screenshots, snapshot manifests)
/// copied next to the audit log, into `<db>.evidence/<incident>/<sha256 prefix>-<name>`, and recorded
/// as `evidence.attached` rows (docs/incident-events.md, "Data handling"). `audit verify` re-hashes
/// them (AttachmentCheck). The copy is written aside and renamed into place only once complete and
/// hashed, so a half-written file never carries a recorded name.
class EvidenceStore {
    Q_DECLARE_TR_FUNCTIONS(EvidenceStore)
public:
    /// The largest file taken: 256 MiB. Evidence is logs, screenshots and manifests, not the data
    /// itself (a snapshot stays where it was taken; its manifest and checksum are attached).
    static constexpr qint64 MaxBytes = 256LL * 1024 * 1024;

    explicit EvidenceStore(const QString& databasePath);
    QString folder() const { return m_folder; }

    struct Result {
        std::optional<EvidenceAttached> attached; ///< set when the file is in the store
        std::optional<qint64> seq;                ///< the evidence.attached row, when recorded now
        QString error;                            ///< why not, for the operator
    };
    /// Copies `file` into the store for `incident`, hashing it as it goes. Nothing is recorded.
    Result copy(const QString& file, const QString& incident, const QString& context) const;
    /// Copies `file` and records it in `session`'s reversal. `context` says where it was attached
    /// ("data:delete/count-before").
    static Result attach(ReversalSession& session, const QString& file, const QString& context);

    /// Letters, digits, '.', '-' and '_' kept, anything else '_', at most 80 characters.
    static QString safeName(const QString& name);

private:
    QString m_folder;
};

} // namespace turnback
