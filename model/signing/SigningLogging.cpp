#include "SigningLogging.h"

// Never logs key material; debug messages off unless QT_LOGGING_RULES asks ("turnback.signing.debug=true").
Q_LOGGING_CATEGORY(lcSigning, "turnback.signing", QtInfoMsg)
