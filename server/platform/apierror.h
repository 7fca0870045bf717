#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QPair>
#include <QString>

#include <exception>

namespace SchoolSuite::Server {

// An answer other than success (docs/sync-protocol.md §9): thrown by the services, turned into
// `{"error": code, "message": message, ...extra}` with the HTTP status by the HTTP layer. A
// service throws before it writes, or inside a transaction that is then rolled back.
class ApiError : public std::exception
{
public:
    ApiError(int status, QString code, QString message, QCborMap extra = {})
        : m_status(status)
        , m_code(std::move(code))
        , m_message(std::move(message))
        , m_extra(std::move(extra))
        , m_utf8(m_message.toUtf8())
    {}

    int status() const { return m_status; }
    const QString &code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QCborMap &extra() const { return m_extra; }
    // HTTP headers of the answer (Retry-After, X-Received).
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    ApiError &withHeader(const QByteArray &name, const QByteArray &value)
    {
        m_headers.append({name, value});
        return *this;
    }
    const char *what() const noexcept override { return m_utf8.constData(); }

    static ApiError badRequest(const QString &message)
    {
        return ApiError(400, QStringLiteral("bad_request"), message);
    }
    static ApiError invalid(const QString &message)
    {
        return ApiError(422, QStringLiteral("invalid"), message);
    }
    static ApiError forbidden(const QString &message,
                              const QString &code = QStringLiteral("forbidden"))
    {
        return ApiError(403, code, message);
    }
    static ApiError unauthorized(const QString &message,
                                 const QString &code = QStringLiteral("unauthorized"))
    {
        return ApiError(401, code, message);
    }
    static ApiError notFound(const QString &message)
    {
        return ApiError(404, QStringLiteral("not_found"), message);
    }

private:
    int m_status;
    QString m_code;
    QString m_message;
    QCborMap m_extra;
    QByteArray m_utf8;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace SchoolSuite::Server
