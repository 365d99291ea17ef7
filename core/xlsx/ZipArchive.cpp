#include "xlsx/ZipArchive.h"

#include <unzip.h>

#include <cstring>

namespace dd::xlsx {

namespace {
// minizip reads through these callbacks, so the archive never needs a file name (which would
// have to survive the trip through the C library's encoding on Windows).
struct MemoryStream {
    const QByteArray* bytes = nullptr;
    ZPOS64_T position = 0;
};
} // namespace

struct ZipArchive::Stream : MemoryStream {};

namespace {

voidpf openStream(voidpf opaque, const void*, int)
{
    return opaque;
}

uLong readStream(voidpf, voidpf stream, void* buffer, uLong size)
{
    auto* memory = static_cast<MemoryStream*>(stream);
    const ZPOS64_T available = ZPOS64_T(memory->bytes->size()) - memory->position;
    const uLong count = uLong(std::min<ZPOS64_T>(size, available));
    std::memcpy(buffer, memory->bytes->constData() + memory->position, count);
    memory->position += count;
    return count;
}

uLong writeStream(voidpf, voidpf, const void*, uLong)
{
    return 0;
}
ZPOS64_T tellStream(voidpf, voidpf stream)
{
    return static_cast<MemoryStream*>(stream)->position;
}

long seekStream(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto* memory = static_cast<MemoryStream*>(stream);
    const ZPOS64_T size = ZPOS64_T(memory->bytes->size());
    ZPOS64_T target = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        target = offset;
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        target = memory->position + offset;
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        target = size + offset;
        break;
    default:
        return -1;
    }
    if (target > size)
        return -1;
    memory->position = target;
    return 0;
}

int closeStream(voidpf, voidpf)
{
    return 0;
}
int errorStream(voidpf, voidpf)
{
    return 0;
}
} // namespace

ZipArchive::ZipArchive(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    m_stream = std::make_unique<Stream>();
    m_stream->bytes = &m_bytes;
    MemoryStream* stream = m_stream.get();
    zlib_filefunc64_def functions{};
    functions.zopen64_file = openStream;
    functions.zread_file = readStream;
    functions.zwrite_file = writeStream;
    functions.ztell64_file = tellStream;
    functions.zseek64_file = seekStream;
    functions.zclose_file = closeStream;
    functions.zerror_file = errorStream;
    functions.opaque = stream;
    m_handle = unzOpen2_64("memory", &functions);
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(QByteArray bytes)
{
    std::unique_ptr<ZipArchive> archive(new ZipArchive(std::move(bytes)));
    if (!archive->m_handle)
        return Outcome::badInput(tr("the file is not a readable zip archive"));
    if (Outcome inspected = archive->inspect(); !inspected.ok())
        return inspected;
    return archive;
}

ZipArchive::~ZipArchive()
{
    if (m_handle)
        unzClose(m_handle); // before the stream it reads from goes away
}

Outcome ZipArchive::inspect()
{
    qint64 total = 0;
    for (int status = unzGoToFirstFile(m_handle); status == UNZ_OK;
         status = unzGoToNextFile(m_handle)) {
        unz_file_info64 info{};
        char name[1024] = {};
        if (unzGetCurrentFileInfo64(m_handle, &info, name, sizeof name - 1, nullptr, 0, nullptr,
                                    0) != UNZ_OK)
            return Outcome::badInput(tr("the archive's table of contents is damaged"));
        const QString entry = QString::fromUtf8(name);
        if (entry.startsWith(QLatin1Char('/')) || entry.contains(QLatin1String("..")) ||
            entry.contains(QLatin1Char('\\')) || entry.contains(QLatin1Char(':')))
            return Outcome::badInput(tr("the archive holds a path outside itself (%1)").arg(entry));
        total += qint64(info.uncompressed_size);
        if (total > kMaxTotalBytes)
            return Outcome::badInput(tr("the workbook unpacks to more than 100 MB"));
        if (info.uncompressed_size > 1024 * 1024 &&
            info.uncompressed_size > kMaxRatio * std::max<ZPOS64_T>(info.compressed_size, 1))
            return Outcome::badInput(
                tr("%1 is compressed more than 100:1, as zip bombs are").arg(entry));
        m_names << entry;
    }
    return Outcome::success();
}

bool ZipArchive::contains(const QString& name) const
{
    return m_names.contains(name);
}

Result<QByteArray> ZipArchive::read(const QString& name)
{
    if (!contains(name))
        return Outcome::badInput(tr("the workbook has no part %1").arg(name));
    const QByteArray key = name.toUtf8();
    if (unzLocateFile(m_handle, key.constData(), 1) != UNZ_OK ||
        unzOpenCurrentFile(m_handle) != UNZ_OK)
        return Outcome::badInput(tr("cannot open %1 in the archive").arg(name));
    QByteArray content;
    char buffer[65536];
    int count = 0;
    while ((count = unzReadCurrentFile(m_handle, buffer, sizeof buffer)) > 0) {
        content.append(buffer, count);
        if (content.size() > kMaxTotalBytes) { // sizes in the directory can lie
            unzCloseCurrentFile(m_handle);
            return Outcome::badInput(tr("the workbook unpacks to more than 100 MB"));
        }
    }
    const bool damaged = count < 0 || unzCloseCurrentFile(m_handle) == UNZ_CRCERROR;
    if (damaged)
        return Outcome::badInput(tr("%1 in the archive is damaged").arg(name));
    return content;
}

} // namespace dd::xlsx
