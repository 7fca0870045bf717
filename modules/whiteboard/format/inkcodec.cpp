#include "inkcodec.h"

#include <QtEndian>

#include <cstring>

namespace SchoolSuite {

namespace {

constexpr char Magic[8] = {'S', 'S', 'I', 'N', 'K', '1', '\n', '\0'};

template<typename T>
void put(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template<typename T>
bool take(const QByteArray &data, qsizetype &pos, T *value)
{
    if (data.size() - pos < qsizetype(sizeof(T)))
        return false;
    *value = qFromLittleEndian<T>(data.constData() + pos);
    pos += sizeof(T);
    return true;
}

} // namespace

QByteArray InkCodec::write(const BoardPage &page)
{
    QByteArray out(Magic, sizeof Magic);
    for (const BoardLayer &layer : page.layers) {
        for (const BoardItem &item : layer.items) {
            const Stroke *s = item.stroke();
            if (!s)
                continue;
            const QByteArray id = item.id.toUtf8().left(0xffff);
            put<quint16>(out, quint16(id.size()));
            out.append(id);
            put<quint32>(out, quint32(s->samples.size()));
            for (const InkSample &sample : s->samples) {
                put<float>(out, sample.x);
                put<float>(out, sample.y);
                put<float>(out, sample.pressure);
                put<quint32>(out, sample.t);
            }
        }
    }
    return out;
}

QHash<QString, QList<InkSample>> InkCodec::read(const QByteArray &data, bool *ok)
{
    QHash<QString, QList<InkSample>> out;
    *ok = data.size() >= qsizetype(sizeof Magic)
          && std::memcmp(data.constData(), Magic, sizeof Magic) == 0;
    if (!*ok)
        return out;
    qsizetype pos = sizeof Magic;
    while (pos < data.size()) {
        quint16 idLength = 0;
        quint32 count = 0;
        if (!take(data, pos, &idLength) || data.size() - pos < idLength) {
            *ok = false;
            break;
        }
        const QString id = QString::fromUtf8(data.constData() + pos, idLength);
        pos += idLength;
        // The count is checked against the bytes that are there before anything is reserved.
        if (!take(data, pos, &count) || quint64(data.size() - pos) < quint64(count) * 16) {
            *ok = false;
            break;
        }
        QList<InkSample> samples(count);
        for (InkSample &s : samples) {
            take(data, pos, &s.x);
            take(data, pos, &s.y);
            take(data, pos, &s.pressure);
            take(data, pos, &s.t);
            if (!qIsFinite(s.x) || !qIsFinite(s.y) || !qIsFinite(s.pressure)) {
                *ok = false;
                return out;
            }
        }
        out.insert(id, std::move(samples));
    }
    return out;
}

} // namespace SchoolSuite
