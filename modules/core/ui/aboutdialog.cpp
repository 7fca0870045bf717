#include "core/ui/aboutdialog.h"

#include "resources/icons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SchoolSuite {

QList<ThirdPartyComponent> AboutDialog::thirdPartyComponents()
{
    const QString breeze = QStringLiteral(":/icons/breeze/");
    return {
        {QStringLiteral("Qt"),
         QT_TR_NOOP("Application framework"),
         QStringLiteral("LGPL-3.0"),
         QStringLiteral("https://www.qt.io/"),
         {}},
        {QStringLiteral("SQLite"),
         QT_TR_NOOP("Local database"),
         QStringLiteral("Public domain"),
         QStringLiteral("https://www.sqlite.org/"),
         {}},
        {QStringLiteral("minizip"),
         QT_TR_NOOP("Reading ZIP files (XLSX, whiteboard files)"),
         QStringLiteral("Zlib"),
         QStringLiteral("https://www.winimage.com/zLibDll/minizip.html"),
         {}},
        {QStringLiteral("libxlsxwriter"),
         QT_TR_NOOP("Writing Excel files"),
         QStringLiteral("BSD-2-Clause"),
         QStringLiteral("https://libxlsxwriter.github.io/"),
         {}},
        {QStringLiteral("Unicode Unihan"),
         QT_TR_NOOP("Pinyin readings of Chinese characters"),
         QStringLiteral("Unicode-DFS-2016"),
         QStringLiteral("https://www.unicode.org/charts/unihan.html"),
         {}},
        {QStringLiteral("Breeze icons"),
         QT_TR_NOOP("Icons"),
         QStringLiteral("LGPL-3.0"),
         QStringLiteral("https://invent.kde.org/frameworks/breeze-icons"),
         {breeze + QLatin1String("COPYING"),
          breeze + QLatin1String("COPYING.LGPL-3"),
          breeze + QLatin1String("COPYING.GPL-3")}},
    };
}

QString AboutDialog::licenceText(const ThirdPartyComponent &component)
{
    QStringList parts;
    for (const QString &path : component.licenceFiles) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            parts.append(QString::fromUtf8(file.readAll()));
    }
    return parts.join(QStringLiteral("\n\n%1\n\n").arg(QString(72, QLatin1Char('-'))));
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_components(new QTreeWidget(this))
    , m_viewLicence(new QPushButton(tr("View Licence…"), this))
{
    setWindowTitle(tr("About SchoolSuite"));

    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("SchoolSuite")), this);
    title->setObjectName(QStringLiteral("title"));
    auto *version = new QLabel(tr("Version %1").arg(QLatin1String(SCHOOLSUITE_VERSION)), this);
    version->setObjectName(QStringLiteral("version"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *qtVersion = new QLabel(tr("Built with Qt %1, running on Qt %2")
                                     .arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion())),
                                 this);
    qtVersion->setObjectName(QStringLiteral("qtVersion"));
    qtVersion->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_components->setObjectName(QStringLiteral("components"));
    m_components->setRootIsDecorated(false);
    m_components->setHeaderLabels({tr("Component"), tr("Used for"), tr("Licence"), tr("Website")});
    for (const ThirdPartyComponent &component : thirdPartyComponents()) {
        auto *item = new QTreeWidgetItem(
            m_components,
            {component.name, tr(component.purpose), component.licence, component.url});
        item->setToolTip(3, component.url);
    }
    m_components->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_components->setCurrentItem(m_components->topLevelItem(0));
    connect(
        m_components, &QTreeWidget::currentItemChanged, this, &AboutDialog::updateLicenceButton);
    connect(m_components, &QTreeWidget::itemActivated, this, &AboutDialog::showLicence);

    m_viewLicence->setObjectName(QStringLiteral("viewLicence"));
    connect(m_viewLicence, &QPushButton::clicked, this, &AboutDialog::showLicence);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_viewLicence, QDialogButtonBox::ActionRole);
    QPushButton *aboutQt = buttons->addButton(tr("About Qt"), QDialogButtonBox::ActionRole);
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(64, 64));
    auto *heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(version);
    heading->addWidget(qtVersion);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(heading, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(new QLabel(tr("Third-party licences:"), this));
    layout->addWidget(m_components, 1);
    layout->addWidget(buttons);
    resize(640, 380);
    updateLicenceButton();
}

void AboutDialog::updateLicenceButton()
{
    const int row = m_components->indexOfTopLevelItem(m_components->currentItem());
    const QList<ThirdPartyComponent> components = thirdPartyComponents();
    m_viewLicence->setEnabled(row >= 0 && !components.at(row).licenceFiles.isEmpty());
}

void AboutDialog::showLicence()
{
    const int row = m_components->indexOfTopLevelItem(m_components->currentItem());
    const QList<ThirdPartyComponent> components = thirdPartyComponents();
    if (row < 0 || components.at(row).licenceFiles.isEmpty())
        return;
    const ThirdPartyComponent &component = components.at(row);

    auto *viewer = new QDialog(this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setObjectName(QStringLiteral("licenceViewer"));
    viewer->setWindowTitle(tr("Licence of %1").arg(component.name));
    auto *text = new QPlainTextEdit(licenceText(component), viewer);
    text->setObjectName(QStringLiteral("licenceText"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, viewer);
    connect(buttons, &QDialogButtonBox::rejected, viewer, &QDialog::reject);
    auto *layout = new QVBoxLayout(viewer);
    layout->addWidget(text);
    layout->addWidget(buttons);
    viewer->resize(700, 500);
    viewer->open();
}

} // namespace SchoolSuite
