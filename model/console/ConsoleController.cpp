#include "ConsoleController.h"

#include "AuditLog.h"
#include "AuditSigner.h"
#include "AuditTrail.h"
#include "Checkpoint.h"
#include "Clock.h"
#include "Countdown.h"
#include "ExerciseEvents.h"
#include "IncidentFollower.h"
#include "KitLoader.h"
#include "UtcTime.h"
#include "events/ReversalEvents.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <algorithm>

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
    connect(m_retryTimer, &QTimer::timeout, this, &ConsoleController::takeOverWhenWritable);
    connect(m_retryTimer, &QTimer::timeout, m_trail, &AuditTrail::retry);
    connect(m_retryTimer, &QTimer::timeout, this, &ConsoleController::refreshSigningStatus);
    m_retryTimer->start();
    refreshSigningStatus();
}

ConsoleController::~ConsoleController() = default;

bool ConsoleController::isFollowingAnotherWriter() const {
    return m_log.isReadOnly() && m_log.lastFault() == AuditFault::LockedByAnotherWriter;
}

bool ConsoleController::isOnBrokenLog() const {
    return m_log.isBroken();
}

namespace {
/// A click on the trainer's controls (the Exercise menu, the trainer dock): the trainer's, not the act
/// of the participant who holds the keyboard (docs/scenario-format.md, "In the console").
bool isTrainerControl(const QString& target) {
    for (const QStringView segment : QStringView(target).split(u'/'))
        if (segment == u"trainerControls" || segment == u"exerciseMenu" ||
            (segment.startsWith(u"exercise") && segment.endsWith(u"Action")))
            return true;
    return false;
}
} // namespace

bool ConsoleController::record(const QString& kind, const QString& target, const QJsonObject& payload) {
    // The other console's record, or a broken one: this console has nothing to add to either.
    if (isFollowingAnotherWriter() || isOnBrokenLog())
        return false;
    // During a reversal, clicks belong to it; whoever is at the keyboard makes them.
    const bool running = isReversalRunning();
    const QString incident = running ? m_session->incident().id() : QString();
    QJsonObject marked = payload;
    const bool exercise = running && m_session->incident().isExercise();
    if (exercise)
        marked.insert(QStringLiteral("exercise"), true);
    const QString who = exercise && isTrainerControl(target) ? events::kTrainerActor : actor();
    return m_trail->append({who, kind, target, incident, marked}).isRecorded();
}

bool ConsoleController::recordConsoleLevel(const QString& kind, const QString& target, const QJsonObject& payload) {
    if (isFollowingAnotherWriter() || isOnBrokenLog() || m_log.isReadOnly())
        return false;
    return m_trail->append({actor(), kind, target, QString(), payload}).isRecorded();
}

QString ConsoleController::actor() const {
    if (m_session && m_session->incident().isStarted())
        return m_session->incident().currentOperator().name;
    return m_actor;
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
            {QStringLiteral("version"), m_kit.version},
            {QStringLiteral("format"), m_kit.formatVersion},
            {QStringLiteral("sha256"), m_kit.sourceSha256},
            {QStringLiteral("overlays"), QJsonArray::fromStringList(overlayFiles)},
            {QStringLiteral("overlay_sha256"), QJsonArray::fromStringList(m_kit.overlaySha256)}});
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

QList<ReversalListing> ConsoleController::reversals() const {
    QList<ReversalListing> listed;
    const QList<IncidentSummary> summaries = m_log.incidentSummaries();
    for (auto it = summaries.crbegin(); it != summaries.crend(); ++it) {
        ReversalListing row;
        row.incident = it->incident;
        row.startedAt = utc::parse(it->startedAtUtc);
        if (it->isClosed())
            row.closedAt = utc::parse(it->closedAtUtc);
        const QJsonObject payload = QJsonDocument::fromJson(it->startedPayload.toUtf8()).object();
        if (const std::optional<events::ReversalStarted> started = events::ReversalStarted::fromJson(payload)) {
            row.title = started->title;
            row.service = started->service;
            row.kitId = started->kitId;
            row.exercise = started->exercise;
        }
        listed << row;
    }
    return listed;
}

QStringList ConsoleController::resumableReversalIds() const {
    QStringList ids;
    if (!hasKit())
        return ids;
    for (const ReversalListing& row : reversals())
        if (row.isOpen() && row.kitId == m_kit.id)
            ids << row.incident;
    return ids;
}

bool ConsoleController::resumeReversal(const QString& incidentId) {
    return beginReversal(tr("A reversal is already running: close it before resuming another."),
                         [&incidentId](ReversalSession& session) { return session.resume(incidentId); });
}

bool ConsoleController::resumeOpenReversal() {
    if (isOnBrokenLog()) // what a broken log says happened may not be what was recorded
        return fail(m_log.readOnlyReason());
    const QStringList open = openReversalIds();
    const bool follow = isFollowingAnotherWriter();
    for (auto it = open.crbegin(); it != open.crend(); ++it)
        if (follow ? followReversal(*it) : resumeReversal(*it))
            return true;
    return false;
}

bool ConsoleController::followReversal(const QString& incidentId) {
    if (isOnBrokenLog())
        return fail(m_log.readOnlyReason());
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

const IncidentView* ConsoleController::shownReversal() const {
    if (m_session)
        return m_session.get();
    return m_follower.get();
}

QList<Obligation> ConsoleController::overdueObligations() const {
    QList<Obligation> overdue;
    const IncidentView* shown = shownReversal();
    if (!shown || shown->incident().isClosed())
        return overdue;
    const QDateTime now = m_clock.utcNow();
    for (const Obligation& o : shown->incident().obligations())
        if (o.isOpen() && countdownFor(&o, now).phase == CountdownPhase::Overdue)
            overdue << o;
    std::stable_sort(overdue.begin(), overdue.end(),
                     [](const Obligation& a, const Obligation& b) { return a.deadline < b.deadline; });
    return overdue;
}

QList<OwedItem> ConsoleController::overdueOwedBeyondDecisions() const {
    QList<OwedItem> overdue;
    const IncidentView* shown = shownReversal();
    if (!shown || shown->incident().isClosed())
        return overdue;
    // Acknowledgements and notifications share their item's deadline: overdueObligations() has them.
    for (const OwedItem& item : owedItems(shown->incident(), m_clock.utcNow(), &shown->kit()))
        if (item.overdue && item.kind != OwedKind::Decision && item.kind != OwedKind::Acknowledgement &&
            item.kind != OwedKind::Notification)
            overdue << item;
    std::stable_sort(overdue.begin(), overdue.end(),
                     [](const OwedItem& a, const OwedItem& b) { return a.deadline < b.deadline; });
    return overdue;
}

bool ConsoleController::startNewLog(const QString& path) {
    if (path.isEmpty())
        return fail(tr("No file was chosen for the new log."));
    if (QFileInfo::exists(path))
        return fail(tr("%1 already exists. Choose a new file: the new log must not overwrite or mix with another.")
                        .arg(QDir::toNativeSeparators(path)));
    const QString brokenPath = m_log.path(), why = m_log.brokenWhy(), databaseId = m_log.databaseId();
    const qint64 brokenSeq = m_log.brokenSeq();
    if (!m_log.openForConsole(path)) {
        const QString error = m_log.faultMessage().isEmpty() ? m_log.errorString() : m_log.faultMessage();
        m_log.openForConsole(brokenPath); // back to reviewing the broken one, as it was
        return fail(error);
    }
    if (brokenSeq >= 0) // the new log's first row says where the record went on from, and why
        record(QStringLiteral("log.started"), QDir::toNativeSeparators(path),
               {{QStringLiteral("after_broken_log"), QDir::toNativeSeparators(brokenPath)},
                {QStringLiteral("broken_database_id"), databaseId},
                {QStringLiteral("broken_at_seq"), brokenSeq},
                {QStringLiteral("why"), why}});
    emit writingStarted();
    refreshSigningStatus();
    return true;
}

bool ConsoleController::takeOverWhenWritable() {
    const AuditFault why = m_log.lastFault();
    if (!m_log.isReadOnly() || m_log.isBroken() ||
        (why != AuditFault::LockedByAnotherWriter && why != AuditFault::ReadOnly))
        return false;
    if (!m_log.reopenForWriting()) {
        if (m_log.isBroken()) // found broken on the way: the banner says so
            emit recordingStateChanged();
        return false;
    }
    resumeAsWriter();
    emit recordingStateChanged();
    emit writingStarted();
    refreshSigningStatus();
    return true;
}

void ConsoleController::resumeAsWriter() {
    if (isReversalRunning())
        return; // a session held its events while the file was read-only; the trail writes them now
    const QString followed = m_follower && !m_follower->incident().isClosed() ? m_follower->incident().id() : QString();
    const bool resumed = followed.isEmpty() ? resumeOpenReversal() : resumeReversal(followed);
    if (resumed)
        m_follower.reset(); // the session's console replaced the follower's (sessionAttached)
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
    status.refused = m_log.refusedCheckpoints();
    // Only a head a registered key verifiably signed and the log still has: never a forged or
    // far-ahead checkpoint row (issue 9).
    if (const std::optional<Checkpoint> signedOne = m_log.latestVouchedCheckpoint())
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
