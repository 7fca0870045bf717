#pragma once

#include "copycatresult.h"
#include "librarytargets.h"
#include "targetsearch.h"
#include "unioncatalogclient.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace SchoolSuite {

class Session;

// Copy cataloguing (issue 5, must-have 3; docs/architecture.md "Copy cataloguing"): an ISBN,
// scanned or typed, is looked up in the local catalog, then the district's union catalog, then
// the Z39.50/SRU targets the district configures. Each source that fails says why and the chain
// goes on; by default it stops at the first source that finds the book. Nothing is written:
// the librarian confirms the record (IsbnLookupDialog) and LibraryService saves it.
//
// lookUp() never blocks the window: the local catalog is one indexed query on the caller's
// thread, the district and the targets are asked on a worker thread.
class CopyCataloguing : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int connectTimeoutMs = 5'000;  // the district server
        int requestTimeoutMs = 15'000; // the district server
        TargetSearch::Options target;
        bool stopAtFirstFound = true; // false: every source is asked (to compare records)
    };

    // session: LibraryView at least; it must outlive this object.
    explicit CopyCataloguing(const Session &session, QObject *parent = nullptr);
    ~CopyCataloguing() override;

    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }
    // Tests and special set-ups: how to reach the district instead of the store's enrollment.
    void setDistrictLink(const DistrictLink &link) { m_link = link; }

    // Starts a look-up; stepFinished() follows for each source and finished() at the end, both
    // always after lookUp() returned. A look-up still running is abandoned (its answer dropped).
    void lookUp(const QString &text);
    bool isRunning() const;
    // The whole chain on the calling thread (CLI, tests): blocks for the network.
    CopyCatResult lookUpNow(const QString &text);

    // What a source is called: "Local catalog", "District union catalog", "Z39.50", "SRU".
    static QString sourceTitle(const QString &source);

signals:
    void stepFinished(const SchoolSuite::CopyCatStep &step);
    void finished(const SchoolSuite::CopyCatResult &result);

public:
    // One step's answer, as the worker reports it.
    struct StepAnswer
    {
        CopyCatStep step;
        QList<CopyCatRecord> records;
    };

private:
    struct Remote
    {
        QString isbn;
        DistrictLink link;
        QList<LibraryTarget> targets;
        Options options;
        bool found = false; // an earlier step found the book
    };
    // The local step; fills result.isbn/problem. False when the input is not an ISBN.
    bool begin(const QString &text, CopyCatResult &result, Remote &remote);
    static void runRemote(const Remote &remote,
                          const std::function<bool(const StepAnswer &)> &report);
    void onStepReady(int index);
    void onWorkerDone();

    const Session &m_session;
    Options m_options;
    std::optional<DistrictLink> m_link; // read once: the keychain is slow to ask
    std::unique_ptr<QFutureWatcher<StepAnswer>> m_watcher;
    CopyCatResult m_result;
};

} // namespace SchoolSuite

Q_DECLARE_METATYPE(SchoolSuite::CopyCataloguing::StepAnswer)
