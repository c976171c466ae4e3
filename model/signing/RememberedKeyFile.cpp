#include "RememberedKeyFile.h"

#include <QFileInfo>
#include <QSettings>

namespace turnback::RememberedKeyFile {

namespace {
// Named explicitly rather than taken from QCoreApplication: the GUI sets only an application name
// (its default log lives under it), and tests run under their own executable's name.
const QString kOrganisation = QStringLiteral("turnback");
const QString kApplication = QStringLiteral("turnback");
const QString kKey = QStringLiteral("signing/keyFile");
} // namespace

QString path() {
    const QSettings settings(kOrganisation, kApplication);
    return settings.value(kKey).toString();
}

void remember(const QString& keyFile) {
    QSettings settings(kOrganisation, kApplication);
    settings.setValue(kKey, QFileInfo(keyFile).absoluteFilePath());
    settings.sync();
}

} // namespace turnback::RememberedKeyFile
