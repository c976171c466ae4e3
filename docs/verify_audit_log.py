#!/usr/bin/env python3
"""Re-verify a Turnback audit log with nothing but Python's standard library.

    python3 verify_audit_log.py AUDIT.db

Prints "ok: N rows, head hash H" and exits 0, or names the first bad seq and exits 1.
Opens the file read-only. The format is described in docs/audit-log.md.
"""
import hashlib
import pathlib
import sqlite3
import sys

GENESIS = b"0" * 64


def netstring(value: bytes) -> bytes:
    return b"%d:%s," % (len(value), value)


def canonical_bytes(seq, at_utc, actor, kind, target, incident, payload) -> bytes:
    fields = [str(seq).encode("ascii"), at_utc, actor, kind, target, incident, payload]
    return b"".join(netstring(field or b"") for field in fields)


def verify(path: str) -> int:
    uri = pathlib.Path(path).resolve().as_uri() + "?mode=ro"
    db = sqlite3.connect(uri, uri=True)
    db.text_factory = bytes  # hash the stored UTF-8 bytes exactly as they are
    rows = db.execute("SELECT seq, at_utc, actor, kind, target, incident, payload, prev_hash, hash"
                      " FROM audit_log ORDER BY seq")
    previous, expected = GENESIS, 1
    for seq, *columns, prev_hash, stored in rows:
        if seq != expected:
            print(f"seq {expected}: missing (the log jumps from seq {expected - 1} to seq {seq})")
            return 1
        if hashlib.sha256(prev_hash + canonical_bytes(seq, *columns)).hexdigest().encode() != stored:
            print(f"seq {seq}: row was changed after it was written (its hash does not match its contents)")
            return 1
        if prev_hash != previous:
            print(f"seq {seq}: the chain is broken (its prev_hash is not the hash of seq {seq - 1})")
            return 1
        previous, expected = stored, expected + 1
    print(f"ok: {expected - 1} rows, head hash {previous.decode()}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(verify(sys.argv[1]))
