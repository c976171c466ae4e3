#!/usr/bin/env python3
"""Verify a Turnback evidence pack with nothing but Python's standard library and openssl.

    python3 verify_evidence_pack.py PACK.zip      (or the folder it was unpacked into; default: .)

Checks, and names the file and row of every problem found:
  1. manifest.sha256: every file it lists has that SHA-256, and no file is left out of it;
  2. manifest.sig: an Ed25519 signature over manifest.sha256 by public-key.pem (openssl pkeyutl);
  3. proof/rows.jsonl: each row hashes to its own hash and incident_hash (docs/audit-log.md in
     Turnback's sources: SHA-256 over the previous hash's 64 hex characters and seven netstrings),
     incident_seq runs 1, 2, 3, ... and each incident_prev_hash is the row before's incident_hash;
  4. proof/checkpoints.jsonl: each signed incident checkpoint verifies (openssl) with its key in
     proof/keys/ and names a row of the proof with that incident_hash; the last one says how much of
     the reversal is covered by a signature;
  5. events.jsonl and events.csv hold exactly the rows of the proof, every field, in order.
Exit 0 when everything holds, 1 otherwise.
"""
import base64
import csv
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import zipfile

GENESIS = "0" * 64
COLUMNS = ["seq", "at_utc", "actor", "kind", "target", "incident", "payload", "prev_hash", "hash",
           "incident_seq", "incident_prev_hash", "incident_hash"]


class Problems:
    def __init__(self):
        self.count = 0

    def fail(self, where, why):
        self.count += 1
        print(f"FAIL {where}: {why}")


def sha256_file(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def netstring(value: bytes) -> bytes:
    return b"%d:%s," % (len(value), value)


def canonical_bytes(row) -> bytes:
    fields = [str(row["seq"]).encode("ascii")] + [row[k].encode("utf-8") for k in
                                                   ("at_utc", "actor", "kind", "target", "incident", "payload")]
    return b"".join(netstring(field) for field in fields)


def chained(prev_hash: str, row) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + canonical_bytes(row)).hexdigest()


def key_id(pem: bytes) -> str:
    body = b"".join(line for line in pem.splitlines() if line and not line.startswith(b"-----"))
    raw = base64.b64decode(body)[-32:]  # Ed25519 SubjectPublicKeyInfo: the last 32 bytes are the key
    return hashlib.sha256(raw).hexdigest()[:16]


def openssl_verifies(key_pem_path, message_path, signature_path) -> bool:
    result = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", key_pem_path, "-rawin",
                             "-in", message_path, "-sigfile", signature_path], capture_output=True)
    return result.returncode == 0


def read_jsonl(path, problems):
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                problems.fail(f"{os.path.basename(path)} line {number}", f"not JSON ({e})")
    return rows


def check_manifest(pack, problems):
    listed = set()
    with open(os.path.join(pack, "manifest.sha256"), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            digest, sep, name = line.rstrip("\n").partition("  ")
            if not sep or len(digest) != 64:
                problems.fail(f"manifest.sha256 line {number}", "not a sha256sum line")
                continue
            listed.add(name)
            path = os.path.join(pack, name)
            if not os.path.isfile(path):
                problems.fail(name, "listed in manifest.sha256 but missing from the pack")
            elif sha256_file(path) != digest:
                problems.fail(name, "its SHA-256 is not the one in manifest.sha256: the file was changed")
    for folder, _, names in os.walk(pack):
        for name in names:
            relative = os.path.relpath(os.path.join(folder, name), pack).replace(os.sep, "/")
            if relative not in listed and relative not in ("manifest.sha256", "manifest.sig"):
                problems.fail(relative, "in the pack but not in manifest.sha256: it was added")


def check_signature(pack, meta, problems):
    if not meta.get("signed"):
        print("UNSIGNED pack: manifest.sha256 carries no signature (only the checkpoints in proof/ are signed)")
        return
    pem_path = os.path.join(pack, "public-key.pem")
    sig_path = os.path.join(pack, "manifest.sig")
    if not (os.path.isfile(pem_path) and os.path.isfile(sig_path)):
        problems.fail("manifest.sig", "the pack says it is signed, but manifest.sig or public-key.pem is missing")
        return
    with open(pem_path, "rb") as f:
        kid = key_id(f.read())
    if kid != meta.get("key_id"):
        problems.fail("public-key.pem", f"its key id is {kid}, pack.json names {meta.get('key_id')}")
    if not openssl_verifies(pem_path, os.path.join(pack, "manifest.sha256"), sig_path):
        problems.fail("manifest.sig", "the signature over manifest.sha256 does not verify with public-key.pem")
    else:
        print(f"manifest.sig: Ed25519 signature verified with key {kid}")


def check_rows(rows, incident, problems):
    previous_seq, previous_hash = 0, GENESIS
    for number, row in enumerate(rows, 1):
        where = f"proof/rows.jsonl line {number} (seq {row.get('seq')})"
        if any(column not in row for column in COLUMNS):
            problems.fail(where, "a column is missing")
            return False
        if row["incident_seq"] != number:
            problems.fail(where, f"incident_seq {row['incident_seq']} where {number} was expected: "
                                 f"a row of the reversal is missing or out of order")
            return False
        if row["incident"] != incident:
            problems.fail(where, f"belongs to reversal {row['incident']!r}, not {incident!r}")
        if row["seq"] <= previous_seq:
            problems.fail(where, "seq does not grow: rows are out of the log's order")
        if chained(row["prev_hash"], row) != row["hash"]:
            problems.fail(where, "the row does not hash to its stored hash: it was changed after it was written")
        if row["incident_prev_hash"] != previous_hash:
            problems.fail(where, "incident_prev_hash is not the incident_hash of the row before: "
                                 "a row is missing or the chain was broken")
        if chained(row["incident_prev_hash"], row) != row["incident_hash"]:
            problems.fail(where, "the row does not hash to its incident_hash: it was changed after it was written")
        previous_seq, previous_hash = row["seq"], row["incident_hash"]
    return True


def checkpoint_message(c) -> bytes:
    fields = ["turnback-incident-checkpoint-v1", c["incident"], str(c["seq"]), c["head_hash"], c["at_utc"],
              c["key_id"], c["clock_source"]]
    return "".join(field + "\n" for field in fields).encode("utf-8")


def check_checkpoints(pack, rows, incident, problems):
    """The newest incident_seq a verified checkpoint covers (0 when none does)."""
    covered = 0
    for c in read_jsonl(os.path.join(pack, "proof", "checkpoints.jsonl"), problems):
        if not c.get("signature"):
            continue
        where = f"proof/checkpoint-{c['id']}"
        key_path = os.path.join(pack, "proof", "keys", f"{c['key_id']}.pem")
        msg_path, sig_path = os.path.join(pack, where + ".msg"), os.path.join(pack, where + ".sig")
        if c["scope"] != "incident" or c["incident"] != incident:
            problems.fail(where, "is not a checkpoint of this reversal")
            continue
        if not (os.path.isfile(key_path) and os.path.isfile(msg_path) and os.path.isfile(sig_path)):
            problems.fail(where, "its .msg, .sig or key file is missing")
            continue
        with open(key_path, "rb") as f:
            if key_id(f.read()) != c["key_id"]:
                problems.fail(f"proof/keys/{c['key_id']}.pem", "the key in it does not have that key id")
                continue
        with open(msg_path, "rb") as f:
            if f.read() != checkpoint_message(c):
                problems.fail(where + ".msg", "is not the message of the checkpoint in checkpoints.jsonl")
                continue
        with open(sig_path, "rb") as f:
            if f.read().hex() != c["signature"]:
                problems.fail(where + ".sig", "is not the signature in checkpoints.jsonl")
                continue
        if not openssl_verifies(key_path, msg_path, sig_path):
            problems.fail(where, f"the signature does not verify with key {c['key_id']}: changed or forged")
            continue
        if c["seq"] > len(rows):
            problems.fail(where, f"signs incident_seq {c['seq']}, but the proof ends at incident_seq {len(rows)}: "
                                 f"rows were removed from the end")
            continue
        if rows[c["seq"] - 1]["incident_hash"] != c["head_hash"]:
            problems.fail(where, f"signs incident_hash {c['head_hash']} for incident_seq {c['seq']}, "
                                 f"but that row has {rows[c['seq'] - 1]['incident_hash']}")
            continue
        covered = max(covered, c["seq"])
    return covered


def check_events(pack, rows, mode, problems):
    events = read_jsonl(os.path.join(pack, "events.jsonl"), problems)
    if len(events) != len(rows):
        problems.fail("events.jsonl", f"{len(events)} events, the proof has {len(rows)} rows")
    for number, (event, row) in enumerate(zip(events, rows), 1):
        expected = dict(row)
        expected["payload"] = json.loads(row["payload"])
        expected["mode"] = mode
        if event != expected:
            problems.fail(f"events.jsonl line {number}", f"is not the row seq {row['seq']} of the proof")
    with open(os.path.join(pack, "events.csv"), encoding="utf-8", newline="") as f:
        table = list(csv.reader(f))
    if not table or table[0] != COLUMNS:
        problems.fail("events.csv line 1", "the header is not the expected columns")
        return
    if len(table) - 1 != len(rows):
        problems.fail("events.csv", f"{len(table) - 1} events, the proof has {len(rows)} rows")
    for number, (line, row) in enumerate(zip(table[1:], rows), 2):
        if line != [str(row[column]) for column in COLUMNS]:
            problems.fail(f"events.csv line {number}", f"is not the row seq {row['seq']} of the proof")


def verify(pack) -> int:
    problems = Problems()
    with open(os.path.join(pack, "pack.json"), encoding="utf-8") as f:
        meta = json.load(f)
    incident, mode = meta["incident"], meta["mode"]
    if mode == "exercise":
        print(f"EXERCISE pack: reversal {incident} was an exercise, not live evidence")
    check_manifest(pack, problems)
    check_signature(pack, meta, problems)
    rows = read_jsonl(os.path.join(pack, "proof", "rows.jsonl"), problems)
    if check_rows(rows, incident, problems):
        covered = check_checkpoints(pack, rows, incident, problems)
        if covered == 0:
            problems.fail("proof/checkpoints.jsonl", "no signed checkpoint of this reversal verifies: "
                                                     "nothing vouches that no event is missing")
        elif covered == len(rows) and rows and rows[-1]["kind"] == "ReversalClosed":
            print(f"proof: {len(rows)} events, complete: a signed checkpoint covers the closing event")
        else:
            print(f"proof: {len(rows)} events; signed up to incident_seq {covered}; the {len(rows) - covered} "
                  f"after it are chained but not signed")
        check_events(pack, rows, mode, problems)
    if not os.path.isfile(os.path.join(pack, meta["report"])):
        problems.fail(meta["report"], "the report is missing")
    if problems.count:
        print(f"FAILED: {problems.count} problem(s)")
        return 1
    print(f"ok: reversal {incident} ({mode}), {len(rows)} events, every file and signature checks out")
    return 0


def main(argv) -> int:
    target = argv[1] if len(argv) > 1 else "."
    if os.path.isdir(target):
        return verify(target)
    with tempfile.TemporaryDirectory() as folder:
        with zipfile.ZipFile(target) as archive:
            bad = archive.testzip()
            if bad:
                print(f"FAIL {bad}: damaged inside the zip (CRC mismatch)")
                return 1
            archive.extractall(folder)
        return verify(folder)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
