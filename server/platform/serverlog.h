#pragma once

#include <QString>

namespace SchoolSuite::Server::Log {

// The server's log: one English line per request or incident, on stderr or in the file given by
// --log. Opening a file throws Error when it cannot be written.
void openFile(const QString &path);
void line(const QString &text);

} // namespace SchoolSuite::Server::Log
