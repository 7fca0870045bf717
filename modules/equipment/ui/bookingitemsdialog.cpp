#include "bookingitemsdialog.h"

#include "core/auth/session.h"
#include "core/error.h"
#include "core/search/pinyin.h"
#include "core/store/database.h"
#include "equipment/bookings/bookingservice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace SchoolSuite {

namespace {
enum Roles { IdRole = Qt::UserRole + 1, DefaultRole, FilterRole };
}

BookingItemsDialog::BookingItemsDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("bookingItemsDialog"));
    setWindowTitle(tr("Bookable equipment"));
    auto *hint
        = new QLabel(tr("Tick the shared equipment teachers may book. Laptops and projectors "
                        "that are not fixed in a classroom or office are ticked until you "
                        "decide otherwise."),
                     this);
    hint->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter by name, tag, category or pinyin initials"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("items"));
    m_list->setUniformItemSizes(true);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &BookingItemsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BookingItemsDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &BookingItemsDialog::applyFilter);
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 32);

    try {
        for (const BookableChoice &c : BookingService(session).itemChoices()) {
            auto *item
                = new QListWidgetItem(QStringLiteral("%1 — %2").arg(c.name, c.category), m_list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(c.bookable ? Qt::Checked : Qt::Unchecked);
            item->setData(IdRole, c.id);
            item->setData(DefaultRole, c.byDefault);
            item->setData(FilterRole,
                          (item->text() + QLatin1Char(' ') + Pinyin::initials(c.name)).toLower());
            // What the list started with, to write only the clerk's changes.
            item->setData(Qt::UserRole, c.bookable);
        }
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
    }
}

QString BookingItemsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void BookingItemsDialog::applyFilter(const QString &text)
{
    const QStringList terms = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString haystack = item->data(FilterRole).toString();
        bool shown = true;
        for (const QString &t : terms)
            shown = shown && haystack.contains(t);
        item->setHidden(!shown);
    }
}

void BookingItemsDialog::accept()
{
    try {
        BookingService service(m_session);
        m_session.database().transaction([&] {
            for (int i = 0; i < m_list->count(); ++i) {
                const QListWidgetItem *item = m_list->item(i);
                const bool ticked = item->checkState() == Qt::Checked;
                if (ticked == item->data(Qt::UserRole).toBool())
                    continue;
                // Back to the rule when the tick agrees with it: later rule changes then apply.
                const bool byDefault = item->data(DefaultRole).toBool();
                service.setBookable(item->data(IdRole).toString(),
                                    ticked == byDefault ? std::nullopt
                                                        : std::optional<bool>(ticked));
            }
        });
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace SchoolSuite
