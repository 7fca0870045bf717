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
        // Idle threads end after a minute, and with them their read connections: a store closed
        // (restored, switched) is not held open for long.
        p->setExpiryTimeout(60 * 1000);
        return p;
    }();
    return readers;
}

QSqlDatabase AsyncReader::connectionFor(const Database &db)
{
    return db.readConnection();
}

} // namespace SchoolSuite
