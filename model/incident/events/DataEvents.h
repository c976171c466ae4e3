#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace turnback::events {

// A data-handling procedure of the kit carried out step by step (docs/incident-events.md, "Data
// handling"). The fold keeps each procedure's progress, so it resumes where it stopped.

/// The operator began a procedure. Target: the procedure id.
struct DataProcedureStarted {
    inline static const QString kind = QStringLiteral("data.procedure.started");
    QString procedure;
    QString owner;     ///< the procedure's owner (role id), as the kit said when it began
    QStringList steps; ///< its step ids in order, as the kit said when it began: what "finished" means
    QString role;      ///< role of whoever was at the keyboard

    QString target() const { return procedure; }
    QJsonObject toJson() const;
    static std::optional<DataProcedureStarted> fromJson(const QJsonObject& payload);
    friend bool operator==(const DataProcedureStarted&, const DataProcedureStarted&) = default;
};

/// One evidence field of a step, as the operator typed it.
struct EvidenceValue {
    QString name; ///< as the kit lists it ("snapshot id")
    QString value;
    friend bool operator==(const EvidenceValue&, const EvidenceValue&) = default;
};

/// Who else confirmed a two-person step.
struct SecondPerson {
    QString name;
    QString role; ///< as they gave it (a kit role id or their own words)
    friend bool operator==(const SecondPerson&, const SecondPerson&) = default;
};

/// A step passed: done, or blocked with a reason. Target: "procedure/step".
struct DataStepRecorded {
    inline static const QString kind = QStringLiteral("data.step.recorded");
    enum class Outcome { Done, Blocked };
    QString procedure;
    QString step;
    Outcome outcome = Outcome::Done;
    QString reason; ///< required when blocked
    QString role;   ///< role of whoever was at the keyboard
    QList<EvidenceValue> evidence;
    QStringList attachments; ///< SHA-256 of each file attached at this step (evidence.attached rows)
    QString confirmation;    ///< the text typed to confirm a destructive step
    std::optional<SecondPerson> secondPerson;

    QString target() const { return procedure + u'/' + step; }
    const QString* evidenceValue(const QString& name) const;
    QJsonObject toJson() const;
    static std::optional<DataStepRecorded> fromJson(const QJsonObject& payload);
    friend bool operator==(const DataStepRecorded&, const DataStepRecorded&) = default;
};

QString outcomeId(DataStepRecorded::Outcome outcome); ///< "done", "blocked"

} // namespace turnback::events
