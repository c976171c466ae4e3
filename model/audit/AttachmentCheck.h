#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace turnback {

/// An `evidence.attached` row (docs/incident-events.md, "Data handling"): a file copied into the
/// reversal's evidence store next to the database. The writer (EvidenceStore) and the verifier read
/// its keys through this one struct.
struct EvidenceAttached {
    inline static const QString kind = QStringLiteral("evidence.attached");
    QString path;         ///< relative to the store: "<incident>/<sha256 prefix>-<name>"
    QString sha256;       ///< lowercase hex of the bytes copied
    qint64 size = 0;      ///< bytes
    QString originalName; ///< the file's name as the operator chose it (no folder)
    QString context;      ///< where it was attached: "data:delete/count-before"

    QJsonObject toJson() const;
    static std::optional<EvidenceAttached> fromJson(const QJsonObject& payload);
    friend bool operator==(const EvidenceAttached&, const EvidenceAttached&) = default;
};

/// Where the evidence store of the audit log at `databasePath` lives: "<db>.evidence".
QString evidenceStoreFolder(const QString& databasePath);

/// An attached file that no longer matches its row.
struct AttachmentProblem {
    enum class Kind { Changed, Removed };
    qint64 seq = 0;
    QString incident;
    EvidenceAttached attached;
    Kind kind = Kind::Changed;
    QString message; ///< one sentence naming the file, its seq and what is wrong
};

/// What AuditVerifier found about the attached files (apart from the chain).
struct AttachmentCheck {
    qint64 checked = 0; ///< evidence.attached rows read
    QList<AttachmentProblem> problems;
    bool ok() const { return problems.isEmpty(); }

    /// Re-hashes every file the log at `databasePath` says was attached (read-only).
    static AttachmentCheck run(const QString& databasePath);
};

} // namespace turnback
