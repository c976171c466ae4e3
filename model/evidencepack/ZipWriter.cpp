#include "ZipWriter.h"

#include <QtEndian>

#include <zlib.h>

namespace turnback {

namespace {

constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;
constexpr quint16 kVersionNeeded = 20; // 2.0: deflate, folders
constexpr quint16 kUtf8Names = 0x0800; // general purpose bit 11: names are UTF-8
// A fixed time (1980-01-01 00:00, the DOS epoch) so the same pack gives the same bytes: the times
// that matter are inside the files, and a local DOS time would only add a time-zone question.
constexpr quint16 kDosTime = 0;
constexpr quint16 kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr quint64 kPlainZipLimit = 0xFFFFFFFFull;

void put16(QByteArray& out, quint16 v) {
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray& out, quint32 v) {
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

/// Raw deflate (no zlib header: ZIP wants the bare stream), level 6. Empty on failure.
QByteArray rawDeflate(const QByteArray& data, bool* ok) {
    z_stream stream{};
    *ok = false;
    if (deflateInit2(&stream, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const auto written = stream.total_out;
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.truncate(int(written));
    *ok = true;
    return out;
}

} // namespace

ZipWriter::ZipWriter(QIODevice& device)
    : m_device(device) {}

bool ZipWriter::write(const QByteArray& bytes) {
    if (m_device.write(bytes) != bytes.size()) {
        m_error = m_device.errorString();
        return false;
    }
    m_offset += quint64(bytes.size());
    return true;
}

bool ZipWriter::add(const QString& name, const QByteArray& data) {
    if (m_entries.size() >= 0xFFFF || m_offset + quint64(data.size()) >= kPlainZipLimit) {
        m_error = QStringLiteral("the archive would exceed 4 GiB or 65,535 files (plain ZIP, no ZIP64)");
        return false;
    }
    Entry entry;
    entry.name = name.toUtf8();
    entry.size = quint32(data.size());
    entry.crc =
        quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
    entry.offset = quint32(m_offset);
    bool deflated = false;
    const QByteArray packed = rawDeflate(data, &deflated);
    const bool useDeflate = deflated && packed.size() < data.size();
    entry.method = useDeflate ? kDeflated : kStored;
    entry.compressedSize = quint32(useDeflate ? packed.size() : data.size());

    QByteArray header;
    put32(header, 0x04034b50);
    put16(header, kVersionNeeded);
    put16(header, kUtf8Names);
    put16(header, entry.method);
    put16(header, kDosTime);
    put16(header, kDosDate);
    put32(header, entry.crc);
    put32(header, entry.compressedSize);
    put32(header, entry.size);
    put16(header, quint16(entry.name.size()));
    put16(header, 0); // no extra field
    header += entry.name;
    if (!write(header) || !write(useDeflate ? packed : data))
        return false;
    m_entries.append(entry);
    return true;
}

bool ZipWriter::finish() {
    const quint32 directoryOffset = quint32(m_offset);
    QByteArray directory;
    for (const Entry& entry : std::as_const(m_entries)) {
        put32(directory, 0x02014b50);
        put16(directory, (3 << 8) | kVersionNeeded); // made by: Unix, so the modes below are read
        put16(directory, kVersionNeeded);
        put16(directory, kUtf8Names);
        put16(directory, entry.method);
        put16(directory, kDosTime);
        put16(directory, kDosDate);
        put32(directory, entry.crc);
        put32(directory, entry.compressedSize);
        put32(directory, entry.size);
        put16(directory, quint16(entry.name.size()));
        put16(directory, 0);                      // extra
        put16(directory, 0);                      // comment
        put16(directory, 0);                      // disk
        put16(directory, 0);                      // internal attributes
        put32(directory, quint32(0100644) << 16); // a regular file, rw-r--r--
        put32(directory, entry.offset);
        directory += entry.name;
    }
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(m_entries.size()));
    put16(end, quint16(m_entries.size()));
    put32(end, quint32(directory.size()));
    put32(end, directoryOffset);
    put16(end, 0); // no comment
    return write(directory) && write(end);
}

} // namespace turnback
