#pragma once

#include "Kit.h"

#include <QList>
#include <QString>

namespace turnback {

/// One problem found in a kit or overlay file, where it is and what was expected there.
struct KitDiagnostic {
    SourceLocation where;
    QString message;

    /// "FILE:LINE:COLUMN: error: MESSAGE", the form compilers use, so editors can jump to it.
    QString toString() const;
};

/// One diagnostic per line, each as toString(), for printing to stderr.
QString diagnosticsText(const QList<KitDiagnostic>& diagnostics);

} // namespace turnback
