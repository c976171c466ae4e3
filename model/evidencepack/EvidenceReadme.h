#pragma once

#include <QByteArray>
#include <QString>

namespace turnback::evidence {

/// README.txt: what the pack is and how to verify it step by step with stock tools, each command
/// written out (docs/evidence-pack.md, "Verifying a pack"). `zipName` is the pack's file name.
QByteArray readme(const QString& incident, const QString& zipName, const QString& reportName, bool exercise,
                  bool isSigned);

} // namespace turnback::evidence
