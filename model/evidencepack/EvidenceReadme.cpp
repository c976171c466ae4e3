#include "EvidenceReadme.h"

namespace turnback::evidence {

namespace {

const char kSigned[] = R"(
3. Check the signature over the manifest (Ed25519, the key that signs the log's checkpoints):

     openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in manifest.sha256 -sigfile manifest.sig

   It prints "Signature Verified Successfully". Which key to trust is your call: compare its key id
   (the first 16 hex characters of the SHA-256 of its 32 raw bytes, printed by step 4 and written on
   the cover of the report) with one recorded outside this pack, e.g. in the incident ticket.
)";

const char kUnsigned[] = R"(
3. UNSIGNED PACK: this pack was exported without a signing key, so there is no manifest.sig and no
   public-key.pem. Step 2 shows the files agree with manifest.sha256, not who wrote it. The events
   themselves are still vouched for by the signed checkpoints in proof/ (step 4).
)";

const char kProof[] = R"(
4. Check the proof: that the events are exactly the reversal's, in order, none missing, under a
   signature (needs python3 and openssl, nothing else):

     python3 verify_evidence_pack.py .

   It checks the manifest and its signature again, then every row in proof/rows.jsonl: its hash
   over its own columns, its place in the reversal's own hash chain (incident_seq 1, 2, 3, ... with
   each incident_prev_hash the incident_hash of the row before), each signed incident checkpoint in
   proof/checkpoints.jsonl with openssl against the key in proof/keys/, and that events.jsonl and
   events.csv hold exactly those rows. Exit 0 and "ok" when all holds; otherwise exit 1 and the file
   or row that fails.

   One checkpoint by hand, with stock tools only (N is a checkpoint id listed in proof/):

     openssl pkeyutl -verify -pubin -inkey proof/keys/KEYID.pem -rawin \
         -in proof/checkpoint-N.msg -sigfile proof/checkpoint-N.sig

   proof/checkpoint-N.msg holds the signed bytes: "turnback-incident-checkpoint-v1", the reversal id,
   the incident_seq it covers, that row's incident_hash, the time, the key id and the clock source,
   one per line. The row with that incident_seq in proof/rows.jsonl must have that incident_hash.

Why "none missing" holds: every row of a reversal is also chained in the reversal's own chain
(incident_seq, incident_prev_hash, incident_hash; docs/audit-log.md in Turnback's sources). A row
removed from the middle leaves a gap in incident_seq or a broken link; a row removed from the end
is caught by the signed checkpoint, which names the last incident_seq and its hash. The global seq
numbers show that other events (of other reversals, or of the console) were recorded in between,
not what they were: they are not needed to prove this reversal.
)";

} // namespace

QByteArray readme(const QString& incident, const QString& zipName, const QString& reportName, bool exercise,
                  bool isSigned) {
    QByteArray text;
    if (exercise)
        text += "EXERCISE: this pack is of an exercise, not of a live incident. It is not live evidence.\n\n";
    text += "Turnback evidence pack for reversal " + incident.toUtf8() + "\n\n";
    text += "Files:\n"
            "  " +
            reportName.toUtf8() +
            "   the report: cover, decision log, corrections, human impact,\n"
            "                 comms sent, data steps, artifacts, verification result\n"
            "  events.csv     every event of the reversal, every column, in the log's order (RFC 4180)\n"
            "  events.jsonl   the same, one JSON object per line (payload as an object, plus \"mode\")\n"
            "  artifacts/     the files attached during the reversal (evidence.attached events)\n"
            "  proof/         rows.jsonl (the rows exactly as stored, with their hashes), checkpoints.jsonl,\n"
            "                 checkpoint-N.msg / checkpoint-N.sig (signed incident checkpoints), keys/\n"
            "  pack.json      what this pack is: reversal, mode, file names, key id\n"
            "  verify_evidence_pack.py   the verifier (Python 3 standard library and openssl only)\n"
            "  manifest.sha256  SHA-256 of every other file\n";
    if (isSigned)
        text += "  manifest.sig   Ed25519 signature over manifest.sha256\n"
                "  public-key.pem the public key it verifies with\n";
    text += "\nHow to verify, step by step:\n\n"
            "1. Unpack (and test the archive):\n\n"
            "     unzip -t " +
            zipName.toUtf8() +
            "\n"
            "     mkdir pack && cd pack && unzip ../" +
            zipName.toUtf8() +
            "\n\n"
            "2. Check every file against the manifest:\n\n"
            "     sha256sum -c manifest.sha256\n\n"
            "   Every line must say OK.\n";
    text += isSigned ? kSigned : kUnsigned;
    text += kProof;
    return text;
}

} // namespace turnback::evidence
