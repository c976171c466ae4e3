#include "AttachmentCheck.h"

#include "AuditVerifierSupport.h"
#include "SqliteReadOnly.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <memory>

namespace turnback {

using namespace Qt::Literals::StringLiterals;

QJsonObject EvidenceAttached::toJson() const {
    return {{"path"_L1, path},
            {"sha256"_L1, sha256},
            {"size"_L1, size},
            {"original_name"_L1, originalName},
            {"context"_L1, context}};
}

std::optional<EvidenceAttached> EvidenceAttached::fromJson(const QJsonObject& p) {
    EvidenceAttached a{p.value("path"_L1).toString(), p.value("sha256"_L1).toString(), p.value("size"_L1).toInteger(),
                       p.value("original_name"_L1).toString(), p.value("context"_L1).toString()};
    if (a.path.isEmpty() || a.sha256.size() != 64)
        return std::nullopt;
    return a;
}

QString evidenceStoreFolder(const QString& databasePath) {
    return QFileInfo(databasePath).absoluteFilePath() + u".evidence"_s;
}

namespace {

/// The SHA-256 of the file, read in blocks; empty when it cannot be read.
QString hashFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

AttachmentProblem check(const QString& store, qint64 seq, const QString& incident, const EvidenceAttached& a) {
    AttachmentProblem problem{seq, incident, a, AttachmentProblem::Kind::Changed, {}};
    const QString file = QDir(store).filePath(a.path);
    const QFileInfo info(file);
    const QString shown = QDir::toNativeSeparators(file);
    if (!info.isFile()) {
        problem.kind = AttachmentProblem::Kind::Removed;
        problem.message = QStringLiteral("seq %1: the attached file %2 (\"%3\") was removed after it was attached.")
                              .arg(seq)
                              .arg(shown, a.originalName);
        return problem;
    }
    const QString now = hashFile(file);
    if (info.size() != a.size || now != a.sha256)
        problem.message =
            QStringLiteral("seq %1: the attached file %2 (\"%3\") was changed after it was attached: recorded "
                           "SHA-256 %4 (%5 bytes), now %6 (%7 bytes).")
                .arg(seq)
                .arg(shown, a.originalName, verifier::shortHash(a.sha256))
                .arg(a.size)
                .arg(now.isEmpty() ? QStringLiteral("unreadable") : verifier::shortHash(now))
                .arg(info.size());
    return problem;
}

} // namespace

AttachmentCheck AttachmentCheck::run(const QString& databasePath) {
    AttachmentCheck result;
    sqlite3* raw = nullptr;
    // Opened as the chain check opens it: nothing written beside the log (docs/audit-log.md).
    const QByteArray uri = sqlite::readOnlyOpen(databasePath).uri.toUtf8();
    const int opened = sqlite3_open_v2(uri.constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    const std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, sqlite3_close);
    sqlite3_stmt* rawRows = nullptr;
    if (opened != SQLITE_OK ||
        sqlite3_prepare_v2(raw, "SELECT seq, incident, payload FROM audit_log WHERE kind = ?1 ORDER BY seq", -1,
                           &rawRows, nullptr) != SQLITE_OK)
        return result; // the chain check reports an unreadable file
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> rows(rawRows, sqlite3_finalize);
    const QByteArray kindUtf8 = EvidenceAttached::kind.toUtf8();
    sqlite3_bind_text(rawRows, 1, kindUtf8.constData(), int(kindUtf8.size()), SQLITE_STATIC);
    const QString store = evidenceStoreFolder(databasePath);
    while (sqlite3_step(rawRows) == SQLITE_ROW) {
        const qint64 seq = sqlite3_column_int64(rawRows, 0);
        const QString incident = verifier::qs(verifier::textColumn(rawRows, 1));
        const QJsonObject payload =
            QJsonDocument::fromJson(
                QByteArray(verifier::textColumn(rawRows, 2).data(), qsizetype(verifier::textColumn(rawRows, 2).size())))
                .object();
        ++result.checked;
        const std::optional<EvidenceAttached> attached = EvidenceAttached::fromJson(payload);
        if (!attached) {
            result.problems.append({seq,
                                    incident,
                                    {},
                                    AttachmentProblem::Kind::Removed,
                                    QStringLiteral("seq %1: an evidence.attached row names no file.").arg(seq)});
            continue;
        }
        AttachmentProblem problem = check(store, seq, incident, *attached);
        if (!problem.message.isEmpty())
            result.problems.append(problem);
    }
    return result;
}

} // namespace turnback
