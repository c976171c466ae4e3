#pragma once
// Internal to the audit library: the state of AuditLog's open batch, and the incident-chain step
// that append() and appendToBatch() share.

#include "AuditLog.h"
#include "AuditRecord.h"
#include "SigningWitness.h"

#include <QHash>
#include <QString>

namespace turnback {

/// Fills `record`'s incident-chain columns, chained on that incident's last row (0: none yet).
void chainIncident(AuditRecord& record, qint64 incidentSeq, const QString& incidentHash);

struct AuditLog::Batch {
    struct Tip {
        qint64 seq = 0;
        QString hash;
    };
    Tip head;                      ///< the last row of the batch (or the file's head before it)
    QHash<QString, Tip> incidents; ///< each incident's last row as the batch has chained it
    SigningWitness witnessBefore;  ///< restored on rollback: the witness must not vouch for rows never committed
    AuditRecord last;              ///< the batch's last row, for the checkpoint after the commit
    qint64 rows = 0;
};

} // namespace turnback
