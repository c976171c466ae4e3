#include "AuditFault.h"

namespace turnback {

namespace {

/// " (detail)" or nothing.
QString inParentheses(const QString& detail) {
    return detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(detail);
}

} // namespace

QString faultMessage(AuditFault fault, const QString& path, const QString& detail) {
    switch (fault) {
    case AuditFault::None:
        return {};
    case AuditFault::DiskFull:
        return QStringLiteral("The disk holding the audit log (%1) is full. Nothing is lost: events are held in "
                              "memory, in order, and written as soon as there is space. Free some space on that disk.")
            .arg(path);
    case AuditFault::ReadOnly:
        return QStringLiteral("The audit log %1 cannot be written: the file, its folder or its disk is read-only. "
                              "Nothing is lost: events are held in memory, in order, and written as soon as it can be "
                              "written again. Make it writable (its permissions, its attributes, or how the disk is "
                              "mounted), or start Turnback with --db on a writable file.")
            .arg(path);
    case AuditFault::LockedByAnotherWriter:
        return QStringLiteral("Another Turnback%1 is recording into %2. This window opens it read-only: you can "
                              "review, not record.")
            .arg(inParentheses(detail), path);
    case AuditFault::Busy:
        return QStringLiteral("The audit log %1 is busy: another program (an sqlite3 shell, a backup or sync tool) "
                              "has held it for more than 5 seconds. Nothing is lost: events are held in memory, in "
                              "order, and written as soon as it is free. Close that program or let it finish.")
            .arg(path);
    case AuditFault::Corrupt:
        return (detail.isEmpty()
                    ? QStringLiteral("The audit log %1 is damaged.").arg(path)
                    : QStringLiteral("The audit log %1 is damaged: SQLite's integrity check reports \"%2\".")
                          .arg(path, detail)) +
               QStringLiteral(" Keep this file for investigation; start Turnback with --db on a new file to keep "
                              "recording.");
    case AuditFault::NewerSchema:
        return QStringLiteral("The audit log %1 was written by a newer Turnback%2. It was left unchanged. Open it "
                              "with that newer Turnback, or start this one with --db on a new file to keep recording.")
            .arg(path, inParentheses(detail));
    case AuditFault::NotAnAuditLog:
        return QStringLiteral("%1 is not a Turnback audit log%2. It was left unchanged. Check the --db path, or "
                              "start Turnback with --db on a new file to keep recording.")
            .arg(path, inParentheses(detail));
    case AuditFault::Unopenable:
        return QStringLiteral("Turnback cannot open the audit log %1%2. Check that the path is right and that its "
                              "folder exists and may be written, or start Turnback with --db on another file.")
            .arg(path, inParentheses(detail));
    case AuditFault::Broken:
        return QStringLiteral("The audit log %1 is BROKEN %2. It is open read-only: nothing more is recorded into it, "
                              "and its reversals are not shown, since they may not be what was recorded. Keep it for "
                              "investigation (turnback-cli audit verify) and start a new log to keep recording.")
            .arg(path, detail);
    case AuditFault::Other:
        return QStringLiteral("Turnback cannot write to the audit log %1%2. Nothing is lost: events are held in "
                              "memory, in order, and retried. If this goes on, check the disk and its connection.")
            .arg(path, inParentheses(detail));
    }
    return {};
}

QString faultName(AuditFault fault) {
    switch (fault) {
    case AuditFault::None:
        return QStringLiteral("None");
    case AuditFault::DiskFull:
        return QStringLiteral("DiskFull");
    case AuditFault::ReadOnly:
        return QStringLiteral("ReadOnly");
    case AuditFault::LockedByAnotherWriter:
        return QStringLiteral("LockedByAnotherWriter");
    case AuditFault::Busy:
        return QStringLiteral("Busy");
    case AuditFault::Corrupt:
        return QStringLiteral("Corrupt");
    case AuditFault::NewerSchema:
        return QStringLiteral("NewerSchema");
    case AuditFault::NotAnAuditLog:
        return QStringLiteral("NotAnAuditLog");
    case AuditFault::Unopenable:
        return QStringLiteral("Unopenable");
    case AuditFault::Broken:
        return QStringLiteral("Broken");
    case AuditFault::Other:
        return QStringLiteral("Other");
    }
    return {};
}

} // namespace turnback
