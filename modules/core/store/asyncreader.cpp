#include "asyncreader.h"

#include "database.h"

#include <QThreadPool>

namespace SchoolSuite {

QThreadPool *AsyncReader::pool()
{
    // Two readers are enough for a desktop; more would only compete with the writer.
    static QThreadPool *readers = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(2);
        p->setExpiryTimeout(-1); // keep threads, and with them their open read connections
        return p;
    }();
    return readers;
}

QSqlDatabase AsyncReader::connectionFor(const Database &db)
{
    return db.readConnection();
}

} // namespace SchoolSuite
