#!/usr/bin/env python3
"""Reads an .eml written by `turnback-cli comms render --format eml` back with Python's email
package (a real mail parser) and checks that subject, recipients' display names and body come
back exactly as they were put in, non-ASCII included. Usage: eml_roundtrip.py TURNBACK_CLI KIT"""
import email
import email.policy
import subprocess
import sys

cli, kit = sys.argv[1], sys.argv[2]

service = "Kasse – Zahlungsdienst ✓"
release = "v4.2-ß"
summary = "Zahlungen schlugen fehl; wir haben die Änderung zurückgenommen.\nZweite Zeile mit Ümläuten, sehr lang " + "é" * 90
recipients = ["Jörg Weiß <jw@example.com>", '"Müller, Anna" <anna@example.org>', "Lead supervisory authority"]
sets = {
    "service": service,
    "release_id": release,
    "decision_owner": "Zoë Ångström (Incident commander)",
    "decided_at": "2026-11-30T18:02:11Z",
    "summary": summary,
    "affected_count": "1200",
    "data_categories": "payment data",
    "actions": "2026-11-30T18:02:11Z carry-out on Error rate spike",
    "evidence_refs": "Audit log head: 42:ab12-cd34-ef56-7890",
    "next_update_at": "2026-12-01T18:00:00Z",
}
args = [cli, "comms", "render", "--kit", kit, "--template", "regulator-update", "--format", "eml",
        "--from", "Policy lead <policy@example.com>", "--date", "2026-11-30T18:05:07.000Z",
        "--log-head", "42:ab12-cd34-ef56-7890"]
for name, value in sets.items():
    args += ["--set", f"{name}={value}"]
for to in recipients:
    args += ["--to", to]
run = subprocess.run(args, capture_output=True)
if run.returncode != 0:
    sys.exit(f"turnback-cli failed ({run.returncode}): {run.stderr.decode()}")
raw = run.stdout
for number, line in enumerate(raw.split(b"\r\n"), 1):
    assert len(line) <= 78, f"line {number} is {len(line)} characters: {line!r}"
    assert all(b < 0x80 for b in line), f"line {number} is not ASCII: {line!r}"

text = subprocess.run([a if a != "eml" else "text" for a in args], capture_output=True, check=True).stdout.decode()
expected_subject = text.split("\n", 1)[0].removeprefix("Subject: ")
expected_body = text.split("\n\n", 1)[1]

message = email.message_from_bytes(raw, policy=email.policy.default)
problems = []
def same(what, got, want):
    if got != want:
        problems.append(f"{what}: got {got!r}, want {want!r}")

same("Subject", str(message["Subject"]), expected_subject)
same("Subject has the service", service in str(message["Subject"]), True)
to = message["To"]
same("To display names", [a.display_name for a in to.addresses], ["Jörg Weiß", "Müller, Anna"])
same("To addresses", [a.addr_spec for a in to.addresses], ["jw@example.com", "anna@example.org"])
same("To groups", [g.display_name for g in to.groups], [None, None, "Lead supervisory authority"])
same("From", message["From"].addresses[0].display_name, "Policy lead")
same("Content type", message.get_content_type(), "text/plain")
same("Charset", message.get_content_charset(), "utf-8")
# On the wire every line ends in CRLF (RFC 5322 2.3), including the last; the parser hands the lines
# back with those CRLFs, so they are turned back into the "\n" the text was written with.
body = message.get_content().replace("\r\n", "\n")
same("Body", body, expected_body if expected_body.endswith("\n") else expected_body + "\n")
same("Body has the summary", summary in body, True)
same("Log head", str(message["X-Turnback-Log-Head"]), "42:ab12-cd34-ef56-7890")
same("MIME-Version", str(message["MIME-Version"]), "1.0")
same("Date", message["Date"].datetime.isoformat(), "2026-11-30T18:05:07+00:00")
same("Defects", [str(d) for d in message.defects], [])
if problems:
    sys.exit("\n".join(problems))
print("ok: the .eml reads back exactly")
