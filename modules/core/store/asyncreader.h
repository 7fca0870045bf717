#pragma once

#include <QFuture>
#include <QSqlDatabase>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace SchoolSuite {

class Database;

// Runs long reads (reports, search, exports) on a worker thread with that thread's own read-only
// connection, so the window never waits for them. Collect the result with a QFutureWatcher.
class AsyncReader
{
public:
    template<typename T>
    static QFuture<T> run(const Database &db, std::function<T(const QSqlDatabase &)> work)
    {
        const Database *store = &db;
        return QtConcurrent::run(pool(), [store, work] { return work(connectionFor(*store)); });
    }

    static QThreadPool *pool();

private:
    static QSqlDatabase connectionFor(const Database &db);
};

} // namespace SchoolSuite
