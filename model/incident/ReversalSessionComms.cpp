// ReversalSession's comms rows: messages sent and drafts saved (docs/incident-events.md, "Comms").

#include "ReversalSession.h"

#include "AuditLog.h"

namespace turnback {

bool ReversalSession::recordComms(const events::CommsSent& sent) {
    if (!requireOpen())
        return false;
    return recordAside(events::CommsSent::kind, sent.templateId, sent.toJson()).has_value();
}

bool ReversalSession::recordComms(const events::CommsDraftSaved& draft) {
    if (!requireOpen())
        return false;
    return recordAside(events::CommsDraftSaved::kind, draft.templateId, draft.toJson()).has_value();
}

qint64 ReversalSession::logHeadSeq() const {
    return m_log.headSeq();
}

QString ReversalSession::logHeadHash() const {
    return m_log.headHash();
}

} // namespace turnback
