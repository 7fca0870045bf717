#include "serverlog.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cstdio>
#include <memory>

namespace SchoolSuite::Server::Log {

namespace {
std::unique_ptr<QFile> &file()
{
    static std::unique_ptr<QFile> instance;
    return instance;
}
} // namespace

void openFile(const QString &path)
{
    auto log = std::make_unique<QFile>(path);
    if (!log->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        throw Error(QCoreApplication::translate("SchoolSuite::Server::Log", "Cannot write %1: %2")
                        .arg(path, log->errorString()));
    file() = std::move(log);
}

void line(const QString &text)
{
    const QByteArray utf8 = QDateTime::currentDateTimeUtc()
                                .toString(Qt::ISODateWithMs)
                                .append(QLatin1Char(' '))
                                .append(text)
                                .append(QLatin1Char('\n'))
                                .toUtf8();
    if (file()) {
        file()->write(utf8);
        file()->flush();
    } else {
        std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
        std::fflush(stderr);
    }
}

} // namespace SchoolSuite::Server::Log
