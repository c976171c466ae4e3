#!/usr/bin/env python3
"""Re-verify a Turnback audit log with nothing but Python's standard library (and the openssl
command line for the Ed25519 signatures, exactly as the documented shell steps use it).

    python3 verify_audit_log.py AUDIT.db

Prints "ok: N rows, head hash H" (and what the checkpoints prove) and exits 0, or names the first
problem and exits 1. Opens the file read-only. The format is described in docs/audit-log.md.
"""
import base64
import hashlib
import pathlib
import sqlite3
import subprocess
import sys
import tempfile

GENESIS = b"0" * 64


def netstring(value: bytes) -> bytes:
    return b"%d:%s," % (len(value), value)


def canonical_bytes(seq, at_utc, actor, kind, target, incident, payload) -> bytes:
    fields = [str(seq).encode("ascii"), at_utc, actor, kind, target, incident, payload]
    return b"".join(netstring(field or b"") for field in fields)


def verify_chain(db):
    """The chain: (0, number of rows, head hash), or (1, message, None) at the first problem."""
    rows = db.execute("SELECT seq, at_utc, actor, kind, target, incident, payload, prev_hash, hash"
                      " FROM audit_log ORDER BY seq")
    previous, expected = GENESIS, 1
    for seq, *columns, prev_hash, stored in rows:
        if seq != expected:
            return 1, f"seq {expected}: missing (the log jumps from seq {expected - 1} to seq {seq})", None
        if hashlib.sha256(prev_hash + canonical_bytes(seq, *columns)).hexdigest().encode() != stored:
            return 1, f"seq {seq}: row was changed after it was written (its hash does not match its contents)", None
        if prev_hash != previous:
            return 1, f"seq {seq}: the chain is broken (its prev_hash is not the hash of seq {seq - 1})", None
        previous, expected = stored, expected + 1
    return 0, expected - 1, previous


def key_id(public_key_pem: bytes) -> bytes:
    """16 hex: SHA-256 of the 32 raw Ed25519 public key bytes (the end of the SubjectPublicKeyInfo)."""
    body = b"".join(line for line in public_key_pem.splitlines() if line and not line.startswith(b"-----"))
    return hashlib.sha256(base64.b64decode(body)[-32:]).hexdigest()[:16].encode()


def message(scope, incident, seq, head_hash, at_utc, key, clock_source) -> bytes:
    fields = [b"turnback-checkpoint-v1"] if scope == b"log" else [b"turnback-incident-checkpoint-v1", incident]
    fields += [str(seq).encode("ascii"), head_hash, at_utc, key, clock_source]
    return b"".join(field + b"\n" for field in fields)


def openssl_verifies(public_key_pem: bytes, signed: bytes, signature_hex: bytes) -> bool:
    """openssl pkeyutl -verify, as the shell steps in docs/audit-log.md run it."""
    with tempfile.TemporaryDirectory() as folder:
        files = {"pub.pem": public_key_pem, "message.bin": signed, "sig.bin": bytes.fromhex(signature_hex.decode())}
        for name, content in files.items():
            pathlib.Path(folder, name).write_bytes(content)
        result = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "pub.pem", "-rawin",
                                 "-in", "message.bin", "-sigfile", "sig.bin"], cwd=folder, capture_output=True)
        return result.returncode == 0


def check_checkpoint(db, row, keys, head_seq):
    """None when the checkpoint is sound (or soundly pending), else the problem."""
    cid, scope, incident, seq, head_hash, at_utc, clock_source, key, signature, signed_at = row
    name = f"checkpoint {cid} (seq {seq})" if scope == b"log" else \
        f"checkpoint {cid} (incident {incident.decode()}, incident_seq {seq})"
    if not key or not signature:
        if key or signature or signed_at:
            return f"{name} is not signed but has a key id, a signature or a signing time: the table was edited"
        if scope == b"log" and seq > head_seq:
            return f"pending {name} is past the head of the log (seq {head_seq})"
    elif key not in keys:
        return f"{name} names signing key {key.decode()}, which is not in the log's signing_key table"
    elif not openssl_verifies(keys[key], message(scope, incident, seq, head_hash, at_utc, key, clock_source),
                              signature):
        return f"{name}: the signature does not verify with key {key.decode()}"
    elif scope == b"log" and seq > head_seq:
        return f"{name}: cut off the end: it covers the log up to seq {seq}, but the log ends at seq {head_seq}"
    if scope == b"log":
        stored = db.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
    else:
        stored = db.execute("SELECT incident_hash FROM audit_incident_chain WHERE incident = ? AND incident_seq = ?",
                            (incident.decode(), seq)).fetchone()  # as TEXT: a bytes value would bind as a BLOB
    if stored is None or stored[0] != head_hash:
        return f"{name}: its head hash is not the hash the log has there: the log was rewritten"
    return None


def verify_checkpoints(db, head_seq):
    """(0, summary) or (1, problem). A version 1 file has no checkpoints."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'audit_checkpoint'").fetchone():
        return 0, "no checkpoints (schema 1)"
    keys = {}
    for kid, pem in db.execute("SELECT key_id, public_key_pem FROM signing_key"):
        if key_id(pem) != kid:
            return 1, f"signing key {kid.decode()}: its public key is key {key_id(pem).decode()}"
        keys[kid] = pem
    signed, pending, last = 0, 0, 0
    for row in db.execute("SELECT id, scope, incident, seq, head_hash, at_utc, clock_source, key_id, signature,"
                          " signed_at_utc FROM audit_checkpoint ORDER BY id"):
        problem = check_checkpoint(db, row, keys, head_seq)
        if problem:
            return 1, problem
        if row[7] and row[8]:
            signed += 1
            last = max(last, row[3]) if row[1] == b"log" else last
        else:
            pending += 1
    return 0, f"checkpoints: {signed} signed (openssl verified each), {pending} pending; last signed at seq {last}"


def verify(path: str) -> int:
    uri = pathlib.Path(path).resolve().as_uri() + "?mode=ro"
    db = sqlite3.connect(uri, uri=True)
    db.text_factory = bytes  # hash the stored UTF-8 bytes exactly as they are
    integrity = db.execute("PRAGMA integrity_check(1)").fetchone()[0]
    if integrity != b"ok":
        print(f"the file is damaged: SQLite's integrity check reports {integrity.decode()!r}")
        return 1
    failed, rows, head = verify_chain(db)
    if failed:
        print(rows)
        return 1
    failed, summary = verify_checkpoints(db, rows)
    if failed:
        print(summary)
        return 1
    print(f"ok: {rows} rows, head hash {head.decode()}")
    print(summary)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(verify(sys.argv[1]))
