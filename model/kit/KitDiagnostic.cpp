#include "KitDiagnostic.h"

namespace turnback {

QString KitDiagnostic::toString() const {
    // Concatenated rather than chained arg(): a file name or message may itself contain "%1".
    return where.file + QLatin1Char(':') + QString::number(where.line) + QLatin1Char(':') +
           QString::number(where.column) + QStringLiteral(": error: ") + message;
}

QString diagnosticsText(const QList<KitDiagnostic>& diagnostics) {
    QString text;
    for (const KitDiagnostic& diagnostic : diagnostics)
        text += diagnostic.toString() + QLatin1Char('\n');
    return text;
}

} // namespace turnback
