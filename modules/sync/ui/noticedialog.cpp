#include "noticedialog.h"

#include "core/error.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace SchoolSuite {

NoticeDialog::NoticeDialog(const DistrictData::Notice &notice, Fetch fetch, QWidget *parent)
    : QDialog(parent)
    , m_notice(notice)
    , m_fetch(std::move(fetch))
{
    setObjectName(QStringLiteral("noticeDialog"));
    setWindowTitle(tr("District notice"));
    resize(640, 520);
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(notice.title, this);
    title->setObjectName(QStringLiteral("noticeTitle"));
    title->setWordWrap(true);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    const QString when = QLocale().toString(notice.publishedAt.toLocalTime(), QLocale::LongFormat);
    auto *meta = new QLabel(notice.publisher.isEmpty()
                                ? tr("Published %1").arg(when)
                                : tr("Published %1 by %2").arg(when, notice.publisher),
                            this);
    meta->setEnabled(false);
    layout->addWidget(meta);

    auto *body = new QTextBrowser(this);
    body->setObjectName(QStringLiteral("noticeBody"));
    body->setPlainText(notice.body);
    layout->addWidget(body, 1);

    m_attachments = new QTableWidget(int(notice.attachments.size()), 3, this);
    m_attachments->setObjectName(QStringLiteral("attachments"));
    m_attachments->setHorizontalHeaderLabels({tr("Attachment"), tr("Size"), QString()});
    m_attachments->verticalHeader()->hide();
    m_attachments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attachments->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int row = 0; row < notice.attachments.size(); ++row) {
        const DistrictData::Attachment &a = notice.attachments.at(row);
        m_attachments->setItem(row, 0, new QTableWidgetItem(a.name));
        m_attachments->setItem(row, 1, new QTableWidgetItem(QLocale().formattedDataSize(a.size)));
        auto *save = new QPushButton(
            QIcon::fromTheme(QStringLiteral("document-save")), tr("Save…"), m_attachments);
        connect(save, &QPushButton::clicked, this, [this, row] {
            const DistrictData::Attachment &a = m_notice.attachments.at(row);
            const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
            const QString target = QFileDialog::getSaveFileName(
                this, tr("Save attachment"), dir + QLatin1Char('/') + a.name);
            if (!target.isEmpty())
                saveAttachment(row, target);
        });
        m_attachments->setCellWidget(row, 2, save);
    }
    m_attachments->setVisible(!notice.attachments.isEmpty());
    m_attachments->setMaximumHeight(40 + 32 * int(qMin<qsizetype>(4, notice.attachments.size())));
    layout->addWidget(m_attachments);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool NoticeDialog::saveAttachment(int row, const QString &target)
{
    if (row < 0 || row >= m_notice.attachments.size() || !m_fetch)
        return false;
    const DistrictData::Attachment attachment = m_notice.attachments.at(row);
    QProgressDialog progress(
        tr("Fetching %1 from the district…").arg(attachment.name), QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<QString> watcher;
    QString error;
    const Fetch fetch = m_fetch;
    watcher.setFuture(QtConcurrent::run([fetch, attachment, &error]() -> QString {
        try {
            return fetch(attachment);
        } catch (const Error &e) {
            error = e.message();
            return {};
        }
    }));
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    if (!watcher.isFinished())
        loop.exec();
    const QString path = watcher.result();
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Attachment"), error);
        return false;
    }
    QFile::remove(target);
    if (!QFile::copy(path, target)) {
        QMessageBox::warning(
            this, tr("Attachment"), tr("The attachment could not be saved as %1.").arg(target));
        return false;
    }
    return true;
}

} // namespace SchoolSuite
