#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace turnback::events {

// An observation import's own rows (docs/incident-events.md, "Observation imports"). They carry the
// reversal's id, so they sit in its chain and its review, but they are not folded: the observations
// the import recorded are ObservationRecorded rows of their own.

/// Written, and committed, before any row of the import: the file as read.
struct ImportStarted {
    inline static const QString kind = QStringLiteral("observations.import.started");
    QString file;            ///< the path as chosen; also the row's target
    qint64 size = 0;         ///< bytes read (the whole file)
    QString sha256;          ///< lowercase hex of those bytes
    qint64 rows = 0;         ///< data rows in the file
    qint64 observations = 0; ///< observations they make (a row may count several occurrences)

    QJsonObject toJson() const;
    static std::optional<ImportStarted> fromJson(const QJsonObject& payload);
    friend bool operator==(const ImportStarted&, const ImportStarted&) = default;
};

/// Written once the import has ended, however it ended.
struct ImportFinished {
    inline static const QString kind = QStringLiteral("observations.import.finished");
    enum class Outcome {
        Recorded,  ///< every observation is on record (all in one transaction)
        Refused,   ///< the file had bad lines or times the reversal cannot take: nothing recorded
        Cancelled, ///< the operator cancelled: nothing recorded
        Failed,    ///< the audit log failed (a full disk, ...): nothing recorded
    };
    QString file;
    qint64 startedSeq = 0; ///< seq of its ImportStarted row
    Outcome outcome = Outcome::Recorded;
    qint64 recorded = 0; ///< observations recorded: all of them or 0
    qint64 problems = 0; ///< bad lines (Refused)
    QString reason;      ///< why it did not record (the first problem, the log's error); empty when recorded

    QJsonObject toJson() const;
    static std::optional<ImportFinished> fromJson(const QJsonObject& payload);
    friend bool operator==(const ImportFinished&, const ImportFinished&) = default;
};

QString outcomeId(ImportFinished::Outcome outcome); ///< "recorded", "refused", "cancelled", "failed"

} // namespace turnback::events
