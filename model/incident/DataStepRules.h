#pragma once

#include "DataProgress.h"
#include "Kit.h"

#include <QCoreApplication>
#include <QString>

namespace turnback {

struct Operator;

/// What a data step needs before it can be recorded (docs/incident-events.md, "Data handling"). The
/// session refuses a step that breaks one and the data wizard shows the same sentence beside a
/// disabled Next, so the screen and the record agree.
class DataStepRules {
    Q_DECLARE_TR_FUNCTIONS(DataStepRules)
public:
    /// Why `recorded` cannot be recorded as the next step of `procedure` (begun, with `progress`) by
    /// `op`; empty when it can. Checks the order, a blocked step's reason, a checkpoint's evidence,
    /// a destructive step's typed confirmation and a two-person step's second person.
    static QString refusal(const DataProcedure& procedure, const DataProgress& progress,
                           const events::DataStepRecorded& recorded, const Operator& op);
    /// The text a destructive step asks to be typed, its blanks filled from `progress`; empty when a
    /// blank's value was not recorded (then `missing` says which).
    static QString expectedConfirmation(const DataStep& step, const DataProgress& progress, QString* missing = nullptr);

    static QString evidenceRefusal(const DataStep& step, const events::DataStepRecorded& recorded);
    static QString confirmationRefusal(const DataStep& step, const DataProgress& progress, const QString& typed);
    static QString secondPersonRefusal(const std::optional<events::SecondPerson>& second, const Operator& op);
};

} // namespace turnback
