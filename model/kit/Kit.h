#pragma once

#include "Duration.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace turnback {

/// Where something was written in a kit, for error messages and for "jump to source".
struct SourceLocation {
    QString file;
    int line = 0;   ///< 1-based
    int column = 0; ///< 1-based
};

/// Rubric levels, in escalation order. An incident's level is the highest its triggered signals call for.
enum class Level { Normal = 0, Slow = 1, Stop = 2, Reverse = 3 };

/// "slow" -> Level::Slow; std::nullopt for anything else (including "normal": no signal acts at normal).
std::optional<Level> levelFromId(const QString& id);
QString levelId(Level level);

struct LevelDefinition {
    Level level = Level::Slow;
    QString label;       ///< as the brief words it: "Slow (canary only)"
    QString description; ///< what carrying out this level means, in a sentence or two
    SourceLocation where;
};

struct Role {
    QString id;     ///< "incident-commander"
    QString title;  ///< "Incident commander"
    QString person; ///< who holds it for this service (filled in by the overlay)
    QStringList contacts;
    QStringList notifies; ///< role ids this role tells when it acts
    SourceLocation where;
};

/// The comparison a kit writes; ">" is strictly greater.
enum class Comparison { Greater, GreaterOrEqual, Less, LessOrEqual };
QString comparisonText(Comparison comparison);
std::optional<Comparison> comparisonFromText(const QString& text);

/// The values a measured signal can take, inclusive.
struct ValueRange {
    double min = 0;
    double max = 0;
};

/// A structured threshold: what the rubric engine evaluates, and what `kit show` prints.
struct Threshold {
    enum class Kind {
        Measured, ///< a sampled value compared with a limit, optionally sustained `for` a duration
        Count,    ///< occurrences counted in a trailing `within` window, compared with a limit
        Any       ///< any single occurrence
    };
    Kind kind = Kind::Any;
    Comparison comparison = Comparison::Greater;
    double limit = 0;
    QString unit;                        ///< "%" or "P1s": printed after the limit
    QString of;                          ///< wording after the limit: "of traffic", "confirmed loss"
    std::optional<Milliseconds> sustain; ///< Measured: "for 2 min"
    Milliseconds window{0};              ///< Count: "in 1 hr"

    /// The threshold as the rubric prints it: ">5% of traffic for 2 min", ">3 P1s in 1 hr", "Any confirmed loss".
    QString text() const;
    /// The values a measured sample can take. Kits declare no range of their own, so it follows from the
    /// unit: a `%` is 0..100 (docs/kit-format.md); nullopt for any other unit and for count and any thresholds.
    std::optional<ValueRange> valueRange() const;
};

struct Signal {
    QString id;   ///< "error-rate"
    QString name; ///< "Error rate spike"
    QString description;
    Threshold threshold;
    Level action = Level::Slow;
    QString owner;         ///< role id
    Milliseconds timer{0}; ///< the owner's allowance once the level is entered; 0 = immediate
    QStringList notify;    ///< role ids to tell
    SourceLocation where;
};

/// What a comms blank holds, and so how it is checked and edited (docs/kit-format.md, "Comms blanks").
enum class BlankType {
    Text,      ///< one line of free text
    Multiline, ///< several lines of free text
    DateTime,  ///< an ISO 8601 instant in UTC ("2026-11-30T18:00:00Z")
    Number,    ///< a decimal number
    Choice,    ///< one of `choices`
};
QString blankTypeId(BlankType type); ///< "text", "multiline", "datetime", "number", "choice"
std::optional<BlankType> blankTypeFromId(const QString& id);
QStringList blankTypeIds();

/// One {{blank}} of a comms template: declared under `blanks:`, or an undeclared placeholder
/// (then a required one-line text labelled with its name).
struct CommsBlank {
    QString name;  ///< the placeholder's name: {{name}}
    QString label; ///< what the operator is asked; the name when the kit gives none
    BlankType type = BlankType::Text;
    bool required = true;
    QStringList choices; ///< Choice only: the values allowed, in the kit's order
    QString help;        ///< a sentence shown under the editor; may be empty
    bool declared = false;
    SourceLocation where;
};

struct CommsTemplate {
    QString id;
    QString audience; ///< "customer", "regulator", "internal"
    QString title;
    QString owner;       ///< role id of who owes the update
    QString recipient;   ///< to whom it is owed, in words ("Affected customers", "Data protection authority")
    Milliseconds due{0}; ///< how long after the reversal starts the update is owed
    /// False for a template written without `due`: it is owed only through a regulator clock
    /// (docs/regulator-clocks.md), never from the reversal's start.
    bool dueFromStart = true;
    QString subject;
    QString body;             ///< with {{placeholder}} blanks
    QList<CommsBlank> blanks; ///< the kit's `blanks:`, as declared (each is used in subject or body)
    SourceLocation where;

    /// The distinct {{placeholders}} of subject and body, in order of first appearance.
    QStringList placeholders() const;
    /// Every blank to fill, in order of first appearance: the declared one for each placeholder,
    /// or a required text blank for a placeholder the kit does not declare.
    QList<CommsBlank> allBlanks() const;
};

struct DataStep {
    QString id;
    QString text;
    bool checkpoint = false;  ///< an audit checkpoint: the step cannot be passed without its evidence
    QStringList evidence;     ///< what to capture (e.g. "snapshot id", "row count before and after")
    bool destructive = false; ///< the step deletes or changes data: it asks for the typed `confirm` text
    /// What the operator types to confirm a destructive step; may hold `{{step: evidence}}` blanks,
    /// filled from what an earlier step of the same procedure recorded (docs/kit-format.md).
    QString confirm;
    bool twoPerson = false; ///< a second person confirms the step, by name and role, recorded
    SourceLocation where;

    /// The `{{step: evidence}}` blanks of `confirm`, in order: (step id, evidence name).
    QList<QPair<QString, QString>> confirmBlanks() const;
    /// `confirm` with each blank replaced by `recorded(step, evidence)`.
    QString confirmText(const std::function<QString(const QString&, const QString&)>& recorded) const;
};

struct DataProcedure {
    QString id;
    QString kind; ///< "snapshot", "delete", "quarantine"
    QString title;
    QString owner; ///< role id
    QString purpose;
    QList<DataStep> steps;
    SourceLocation where;

    const DataStep* step(const QString& stepId) const;
};

struct ChecklistItem {
    QString id;
    QString text;
    QString owner; ///< role id, may be empty
    /// A data procedure the step calls for (`procedure: snapshot`); empty for none.
    QString procedure;
    /// Comms templates the step sends (`comms: [internal-alert]`), in the kit's order.
    QStringList comms;
    /// A deadline from the moment the item's stage begins (`within: 15 min`; docs/kit-format.md,
    /// "Stage checklists"); nullopt for an item without one.
    std::optional<Milliseconds> within;
    SourceLocation where;
};

/// One criterion a relaunch is decided against (`relaunch_criteria:` of the post-reversal stage).
struct RelaunchCriterion {
    QString id;
    QString text;
    SourceLocation where;
};

struct StageChecklist {
    QString id;
    QString stage; ///< "pre-release", "live-rollback", "post-reversal"
    QString title;
    QString summary;
    QList<ChecklistItem> items;
    /// live-rollback: how long the rollback window stays open once opened (`window: 2 hr`).
    std::optional<Milliseconds> window;
    /// post-reversal: what a relaunch is decided against, in the kit's order.
    QList<RelaunchCriterion> relaunchCriteria;
    SourceLocation where;

    const ChecklistItem* item(const QString& itemId) const;
};

/// The kind of answer an impact prompt takes (docs/kit-format.md, "Impact prompt").
enum class ImpactAnswerType { Text, Number, Choice };
QString impactAnswerTypeId(ImpactAnswerType type); ///< "text", "number", "choice"

struct ImpactPrompt {
    QString id;
    QString group; ///< "affected-users", "operators", "partner-teams"
    QString question;
    /// The stage the prompt belongs to: "pre-release", "live-rollback", "post-reversal" (the default:
    /// kits written before stages were asked about the reversal afterwards).
    QString stage = QStringLiteral("post-reversal");
    /// A required prompt blocks closing the reversal until it is answered or recorded as unknown with
    /// a reason. False unless the kit says so, so kits written before it close as they always did.
    bool required = false;
    ImpactAnswerType type = ImpactAnswerType::Text;
    QStringList choices; ///< the answers a `choice` prompt offers, in the kit's order
    SourceLocation where;
};

/// One report of a regulator regime (`gdpr/notification`) and the comms template it is written with.
/// Its deadline rule is fixed in code (RegulatorClocks, docs/regulator-clocks.md), not in the kit.
struct RegulatorReport {
    QString id;         ///< "notification", "early-warning", "final", ...
    QString templateId; ///< a comms template id of the kit
    SourceLocation where;
};

/// A regulator regime the kit knows: switched off unless the kit or an overlay says `enabled: true`.
struct Regulator {
    QString id; ///< "gdpr", "nis2", "dora", "sec", "hipaa"
    QString title;
    bool enabled = false;
    QList<RegulatorReport> reports;
    SourceLocation where;

    const RegulatorReport* report(const QString& reportId) const;
};

/// A reversibility kit, loaded and validated. Every reference (owner, notify, action) resolves.
struct Kit {
    int formatVersion = 1;
    QString id;
    QString version; ///< the kit's own revision ("2026.11"), as its authors wrote it; empty when not given
    QString name;
    QString description;
    QString service; ///< the service an overlay annotated the kit for ("Checkout"); empty for a bare kit
    QString sourceFile;
    QStringList overlayFiles;
    /// SHA-256 (lowercase hex) of the bytes read: the kit file, and each overlay in overlayFiles'
    /// order. Together they say exactly which rubric was in force.
    QString sourceSha256;
    QStringList overlaySha256;
    QList<Role> roles;
    QList<LevelDefinition> levels;
    QList<Signal> signalList; ///< not "signals": that is a Qt keyword
    QList<CommsTemplate> comms;
    QList<DataProcedure> dataProcedures;
    QList<StageChecklist> stages;
    QList<ImpactPrompt> impactPrompts;
    QList<Regulator> regulators; ///< the `regulators:` section; empty for kits without one

    const Regulator* regulator(const QString& regulatorId) const;

    const Role* role(const QString& roleId) const;
    const LevelDefinition* levelDefinition(Level level) const;
    const Signal* signal(const QString& signalId) const;
    const DataProcedure* dataProcedure(const QString& procedureId) const;
    /// The comms template with id `templateId`, or nullptr.
    const CommsTemplate* commsTemplate(const QString& templateId) const;
    const ImpactPrompt* impactPrompt(const QString& promptId) const;
    const StageChecklist* stageChecklist(const QString& stageId) const;
    /// The first checklist of kind `stage` ("pre-release", "live-rollback", "post-reversal"), or nullptr.
    const StageChecklist* firstStageOfKind(const QString& stage) const;
    /// "Slow (canary only)", or the level id when the kit has no label for it.
    QString levelLabel(Level level) const;
    /// The role's title, or the id when the role is unknown.
    QString roleTitle(const QString& roleId) const;
};

} // namespace turnback
