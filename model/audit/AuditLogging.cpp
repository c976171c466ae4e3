#include "AuditLogging.h"

// Debug messages off unless QT_LOGGING_RULES asks for them ("turnback.audit.debug=true").
Q_LOGGING_CATEGORY(lcAudit, "turnback.audit", QtInfoMsg)
