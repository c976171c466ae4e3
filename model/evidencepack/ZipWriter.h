#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

namespace turnback {

/// Writes a plain ZIP archive (PKWARE APPNOTE 6.3, no ZIP64, no encryption) to a device: each
/// entry deflated with zlib, or stored when deflate does not make it smaller. What `unzip -t` and
/// Python's zipfile read. Entries are whole byte arrays: an evidence pack holds files of at most a
/// few hundred megabytes, and each is produced in memory anyway. Written in order; finish() writes
/// the central directory. No ZIP64, so at most 65,535 entries and 4 GiB in all: add() refuses more.
class ZipWriter {
public:
    explicit ZipWriter(QIODevice& device);

    /// Adds one file named `name` (forward slashes, no leading slash) with `data`. False (with
    /// errorString()) when the device refuses a write or the archive would outgrow plain ZIP.
    bool add(const QString& name, const QByteArray& data);
    /// Writes the central directory and its end record. False on a write error.
    bool finish();
    QString errorString() const { return m_error; }

private:
    struct Entry {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint16 method = 0;
        quint32 offset = 0;
    };
    bool write(const QByteArray& bytes);

    QIODevice& m_device;
    QList<Entry> m_entries;
    quint64 m_offset = 0;
    QString m_error;
};

} // namespace turnback
