#pragma once

#include <QString>

namespace turnback {

/// The signing key file the operator chose last, remembered across restarts so that the next
/// launch without a keychain offers to unlock it. Only its path is kept (QSettings, organisation
/// and application "turnback"): never the passphrase, never the key.
namespace RememberedKeyFile {
/// The absolute path of the key file last used, or empty.
QString path();
/// Remembers `keyFile` (made absolute) for the next launch.
void remember(const QString& keyFile);
} // namespace RememberedKeyFile

} // namespace turnback
