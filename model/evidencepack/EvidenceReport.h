#pragma once

#include "AuditRecord.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace turnback {

class Incident;

/// What report.pdf says, gathered by the exporter from the reversal's rows (docs/evidence-pack.md,
/// "report.pdf"). Facts only; EvidenceReport renders them, translated.
struct EvidenceReportFacts {
    QString incident;
    QString title;
    QString service;
    bool exercise = false;
    QString kitId, kitVersion, kitSha256;
    QString startedUtc;
    QString closedUtc;    ///< empty while the reversal is open
    QString lastEventUtc; ///< the last row's time: what open deadlines are measured against
    QStringList leaders;  ///< who led it: "Name (role) from UTC", in order
    QString exportedAtUtc;
    QString exportedBy;
    QString signingKeyId; ///< the key that signs manifest.sig; empty: the pack is UNSIGNED
    qint64 events = 0;
    QList<AuditRecord> corrections;                   ///< EntryRetracted rows
    QMap<QString, QList<AuditRecord>> recordedByKind; ///< the rows of each kind listed by kind
    QStringList artifactNotes;                        ///< attachments that could not be put in the pack, and why
    QString verification;                             ///< the proof's verdict, in sentences
    bool verified = false;
};

/// Renders report.pdf: the cover, the decision log, corrections, human-impact answers, comms sent,
/// data steps, artifacts and the verification result; an EXERCISE watermark on every page of an
/// exercise. Needs a QGuiApplication (fonts); any thread.
class EvidenceReport {
public:
    /// The kinds listed generically, section by section, in the report's order.
    static QStringList listedKinds();
    static QByteArray renderPdf(const EvidenceReportFacts& facts, const Incident& incident);
    /// The same document as HTML (what the PDF is laid out from; for tests and reuse).
    static QString html(const EvidenceReportFacts& facts, const Incident& incident);
};

} // namespace turnback
