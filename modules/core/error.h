#pragma once

#include <QString>

#include <exception>

namespace SchoolSuite {

// The one exception type of the domain code. The message is already translated and names the
// row, record or field that is wrong, so the CLI and the UI can show it as it is.
class Error : public std::exception
{
public:
    // Unreachable: a server could not be reached; the same request may work later.
    enum Kind { Failed, PermissionDenied, NotFound, Invalid, Corrupt, TooNew, Unreachable };

    explicit Error(QString message, Kind kind = Failed)
        : m_message(std::move(message))
        , m_kind(kind)
        , m_utf8(m_message.toUtf8())
    {}

    const QString &message() const { return m_message; }
    Kind kind() const { return m_kind; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    Kind m_kind;
    QByteArray m_utf8;
};

} // namespace SchoolSuite
