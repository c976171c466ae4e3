#include "SecretBytes.h"

#include <openssl/crypto.h>

namespace turnback {

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty())
        OPENSSL_cleanse(const_cast<char*>(bytes.constData()), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace turnback
