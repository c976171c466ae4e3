#include "ConsoleController.h"

#include "AuditLog.h"
#include "AuditSigner.h"
#include "AuditTrail.h"
#include "Checkpoint.h"
#include "Clock.h"
#include "IncidentFollower.h"
#include "KitLoader.h"

#include <QJsonArray>
#include <QTimer>

namespace turnback {

namespace {
/// How often held events are retried and the signing state re-read.
constexpr int kRetryIntervalMs = 3000;
/// A rejected kit's audit row names this many of its errors at most (the dialog shows them all).
constexpr int kRecordedKitErrors = 50;
} // namespace

ConsoleController::ConsoleController(AuditLog& log, const Clock& clock, const QString& actor, QObject* parent)
    : QObject(parent)
    , m_log(log)
    , m_clock(clock)
    , m_actor(actor) {
    setObjectName(QStringLiteral("consoleController"));
    m_trail = new AuditTrail(m_log, this);
    m_trail->setObjectName(QStringLiteral("auditTrail"));
    connect(m_trail, &AuditTrail::pendingChanged, this, &ConsoleController::recordingStateChanged);
    connect(m_trail, &AuditTrail::faultChanged, this, &ConsoleController::recordingStateChanged);
    connect(m_trail, &AuditTrail::recorded, this, &ConsoleController::eventRecorded);
    connect(m_trail, &AuditTrail::batchRecorded, this, &ConsoleController::eventRecorded); // an import's rows

    m_retryTimer = new QTimer(this);
    m_retryTimer->setObjectName(QStringLiteral("auditRetryTimer"));
    m_retryTimer->setInterval(kRetryIntervalMs);
    connect(m_retryTimer, &QTimer::timeout, m_trail, &AuditTrail::retry);
    connect(m_retryTimer, &QTimer::timeout, this, &ConsoleController::refreshSigningStatus);
    m_retryTimer->start();
    refreshSigningStatus();
}

ConsoleController::~ConsoleController() = default;

bool ConsoleController::isFollowingAnotherWriter() const {
    return m_log.isReadOnly() && m_log.lastFault() == AuditFault::LockedByAnotherWriter;
}

bool ConsoleController::record(const QString& kind, const QString& target, const QJsonObject& payload) {
    if (isFollowingAnotherWriter())
        return false; // the log is the other console's record; this one has nothing to add to it
    // During a reversal, clicks belong to it and are made by its current operator.
    const bool running = isReversalRunning();
    const QString actor = running ? m_session->incident().currentOperator().name : m_actor;
    const QString incident = running ? m_session->incident().id() : QString();
    QJsonObject marked = payload;
    if (running && m_session->incident().isExercise())
        marked.insert(QStringLiteral("exercise"), true);
    return m_trail->append({actor, kind, target, incident, marked}).isRecorded();
}

QStringList ConsoleController::openKit(const QString& kitFile, const QStringList& overlayFiles) {
    const KitLoadResult result = KitLoader::load(kitFile, overlayFiles);
    if (!result.ok()) {
        QStringList errors;
        for (const KitDiagnostic& diagnostic : result.errors)
            errors << diagnostic.toString();
        record(QStringLiteral("kit.rejected"), kitFile,
               {{QStringLiteral("overlays"), QJsonArray::fromStringList(overlayFiles)},
                {QStringLiteral("errors"), QJsonArray::fromStringList(errors.mid(0, kRecordedKitErrors))},
                {QStringLiteral("error_count"), int(errors.size())}});
        return errors;
    }
    m_kit = *result.kit;
    m_kitFile = kitFile;
    m_overlayFiles = overlayFiles;
    record(QStringLiteral("kit.loaded"), kitFile,
           {{QStringLiteral("kit_id"), m_kit.id},
            {QStringLiteral("format"), m_kit.formatVersion},
            {QStringLiteral("overlays"), QJsonArray::fromStringList(overlayFiles)}});
    emit kitChanged();
    return {};
}

bool ConsoleController::isReversalRunning() const {
    return m_session && !m_session->incident().isClosed();
}

bool ConsoleController::canStartReversal() const {
    return hasKit() && !isReversalRunning() && !m_log.isReadOnly();
}

bool ConsoleController::fail(const QString& message) {
    m_error = message;
    return false;
}

bool ConsoleController::beginReversal(const QString& alreadyRunning,
                                      const std::function<bool(ReversalSession&)>& begin) {
    if (!hasKit())
        return fail(tr("Open a kit first: a reversal runs on a kit's rubric."));
    if (isReversalRunning())
        return fail(alreadyRunning);
    auto session = std::make_unique<ReversalSession>(*m_trail, m_clock, m_kit);
    if (!begin(*session))
        return fail(session->errorString());
    attachSession(std::move(session));
    return true;
}

bool ConsoleController::startReversal(const ReversalSetup& setup) {
    return beginReversal(tr("A reversal is already running: close it before starting another."),
                         [&setup](ReversalSession& session) { return session.start(setup); });
}

QStringList ConsoleController::openReversalIds() const {
    return ReversalSession::openIncidentIds(m_log);
}

bool ConsoleController::resumeReversal(const QString& incidentId) {
    return beginReversal(tr("A reversal is already running: close it before resuming another."),
                         [&incidentId](ReversalSession& session) { return session.resume(incidentId); });
}

bool ConsoleController::resumeOpenReversal() {
    const QStringList open = openReversalIds();
    const bool follow = isFollowingAnotherWriter();
    for (auto it = open.crbegin(); it != open.crend(); ++it)
        if (follow ? followReversal(*it) : resumeReversal(*it))
            return true;
    return false;
}

bool ConsoleController::followReversal(const QString& incidentId) {
    if (!hasKit())
        return fail(tr("Open a kit first: a reversal runs on a kit's rubric."));
    auto follower = std::make_unique<IncidentFollower>(m_log, m_clock, m_kit);
    if (!follower->follow(incidentId))
        return fail(follower->errorString());
    // Views let go of the old follower on followerAttached before it is destroyed here.
    std::unique_ptr<IncidentFollower> previous = std::exchange(m_follower, std::move(follower));
    connect(m_follower.get(), &IncidentView::changed, this, &ConsoleController::sessionChanged);
    emit followerAttached(m_follower.get());
    return true;
}

bool ConsoleController::closeReversal(const QString& summary) {
    if (!isReversalRunning())
        return fail(tr("No reversal is running."));
    return m_session->close(summary) || fail(m_session->errorString());
}

void ConsoleController::attachSession(std::unique_ptr<ReversalSession> session) {
    // Views let go of the old session on sessionAttached before it is destroyed here.
    std::unique_ptr<ReversalSession> previous = std::exchange(m_session, std::move(session));
    connect(m_session.get(), &ReversalSession::changed, this, &ConsoleController::sessionChanged);
    emit sessionAttached(m_session.get());
}

AuditSigner& ConsoleController::signer() {
    if (!m_signer) {
        m_signer = new AuditSigner(m_log, this);
        m_signer->setObjectName(QStringLiteral("auditSigner"));
        connect(m_signer, &AuditSigner::finished, this, &ConsoleController::onSignerFinished);
    }
    return *m_signer;
}

void ConsoleController::startSigning() {
    m_signingStarted = true;
    signer().useKeychain();
}

void ConsoleController::onSignerFinished(KeyStore::Status status, const QString& message) {
    m_signingProblem = status == KeyStore::Status::Ok ? QString() : message;
    refreshSigningStatus();
    if (std::exchange(m_signingStarted, false) && status != KeyStore::Status::Ok)
        emit keychainUnavailable(message);
}

void ConsoleController::refreshSigningStatus() {
    SigningStatus status;
    status.hasKey = m_log.hasSigningKey();
    if (status.hasKey)
        m_signingProblem.clear(); // a key file, or a later keychain attempt, solved it
    status.waitingCheckpoints = m_log.pendingCheckpointCount();
    if (const std::optional<Checkpoint> signedOne = m_log.latestSignedCheckpoint())
        status.signedToSeq = signedOne->seq;
    status.problem = m_signingProblem;
    if (status == m_signingStatus)
        return;
    m_signingStatus = status;
    emit signingStatusChanged(m_signingStatus);
}

QString ConsoleController::copyAnchor() {
    const std::optional<Checkpoint> checkpoint = m_log.latestSignedCheckpoint();
    if (!checkpoint)
        return {};
    record(QStringLiteral("anchor.copied"), QString::number(checkpoint->seq),
           {{QStringLiteral("anchor"), checkpoint->anchor()}});
    return checkpoint->anchor();
}

} // namespace turnback
