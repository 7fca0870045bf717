#include "searchpopup.h"

#include "core/error.h"
#include "core/search/searchindex.h"
#include "core/store/asyncreader.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace SchoolSuite {

SearchPopup::SearchPopup(const Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Search"));
    setObjectName(QStringLiteral("searchPopup"));
    auto *layout = new QVBoxLayout(this);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("query"));
    m_query->setClearButtonEnabled(true);
    m_query->setPlaceholderText(tr("Search people, classes, rooms… (Chinese, pinyin or initials)"));
    m_query->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    QFont f = m_query->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_query->setFont(f);
    layout->addWidget(m_query);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setUniformItemSizes(true);
    layout->addWidget(m_results);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    layout->addWidget(m_status);
    resize(560, 420);

    connect(m_query, &QLineEdit::textChanged, this, &SearchPopup::startQuery);
    connect(
        &m_watcher, &QFutureWatcher<QList<SearchHit>>::finished, this, &SearchPopup::showResults);
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        activate(m_results->row(item));
    });
}

QString SearchPopup::kindTitle(const QString &kind)
{
    if (kind == QLatin1String("student"))
        return tr("Student");
    if (kind == QLatin1String("staff"))
        return tr("Staff");
    if (kind == QLatin1String("class"))
        return tr("Class");
    if (kind == QLatin1String("room"))
        return tr("Room");
    return kind;
}

void SearchPopup::startQuery(const QString &text)
{
    if (m_watcher.isRunning()) {
        // One query at a time; the newest text waits and older ones are forgotten.
        m_pending = text;
        m_hasPending = true;
        return;
    }
    const QString query = text.trimmed();
    if (query.isEmpty()) {
        m_hits.clear();
        m_results->clear();
        m_status->clear();
        m_shownQuery.clear();
        return;
    }
    m_runningQuery = query;
    m_watcher.setFuture(AsyncReader::run<QList<SearchHit>>(m_db, [query](const QSqlDatabase &c) {
        try {
            return SearchIndex::search(c, query, 30);
        } catch (const Error &e) {
            qWarning("search failed: %s", e.what());
            return QList<SearchHit>();
        }
    }));
}

void SearchPopup::showResults()
{
    if (m_hasPending) {
        m_hasPending = false;
        startQuery(m_pending);
        return;
    }
    m_hits = m_watcher.result();
    if (m_filter)
        m_hits.removeIf([this](const SearchHit &h) { return !m_filter(h); });
    m_shownQuery = m_runningQuery;
    m_results->clear();
    for (const SearchHit &h : std::as_const(m_hits)) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1    %2  ·  %3").arg(h.title, kindTitle(h.kind), h.subtitle),
            m_results);
        item->setIcon(QIcon::fromTheme(h.kind == QLatin1String("room") ? QStringLiteral("go-home")
                                       : h.kind == QLatin1String("class")
                                           ? QStringLiteral("view-list-details")
                                           : QStringLiteral("user-identity")));
    }
    if (!m_hits.isEmpty())
        m_results->setCurrentRow(0);
    m_status->setText(m_query->text().trimmed().isEmpty() ? QString()
                      : m_hits.isEmpty()                  ? tr("Nothing found.")
                                         : tr("%n result(s)", nullptr, int(m_hits.size())));
}

void SearchPopup::waitForResults()
{
    QElapsedTimer timer;
    timer.start();
    while (m_shownQuery != m_query->text().trimmed() && timer.elapsed() < 10000) {
        m_watcher.waitForFinished();
        QCoreApplication::processEvents(); // delivers finished(), which may start the pending query
    }
}

void SearchPopup::activate(int row)
{
    if (row < 0 || row >= m_hits.size())
        return;
    emit hitActivated(m_hits.at(row));
    accept();
}

void SearchPopup::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up: {
        const int step = event->key() == Qt::Key_Down ? 1 : -1;
        const int row = qBound(0, m_results->currentRow() + step, m_results->count() - 1);
        m_results->setCurrentRow(row);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activate(m_results->currentRow());
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

} // namespace SchoolSuite
