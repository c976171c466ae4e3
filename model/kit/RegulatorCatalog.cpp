#include "RegulatorCatalog.h"

namespace turnback::RegulatorCatalog {

QStringList regimes() {
    return {QStringLiteral("gdpr"), QStringLiteral("nis2"), QStringLiteral("dora"), QStringLiteral("sec"),
            QStringLiteral("hipaa")};
}

QStringList reports(const QString& regime) {
    if (regime == QLatin1String("gdpr"))
        return {QStringLiteral("notification")};
    if (regime == QLatin1String("nis2"))
        return {QStringLiteral("early-warning"), QStringLiteral("notification"), QStringLiteral("final")};
    if (regime == QLatin1String("dora"))
        return {QStringLiteral("initial"), QStringLiteral("intermediate"), QStringLiteral("final")};
    if (regime == QLatin1String("sec"))
        return {QStringLiteral("form-8k")};
    if (regime == QLatin1String("hipaa"))
        return {QStringLiteral("individuals")};
    return {};
}

} // namespace turnback::RegulatorCatalog
