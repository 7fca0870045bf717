#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QTreeWidget;
class QPushButton;

namespace SchoolSuite {

// A library or data set that SchoolSuite links or bundles, as listed under "Third-party
// licences". Add an entry whenever a new one is linked or bundled.
struct ThirdPartyComponent
{
    QString name;
    const char *purpose; // English, translated in the "SchoolSuite::AboutDialog" context
    QString licence;     // SPDX identifier or short name
    QString url;
    QStringList licenceFiles; // resource paths of the bundled licence texts, if any
};

// Application name, version, Qt version and the third-party licences.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QList<ThirdPartyComponent> thirdPartyComponents();
    // The bundled licence texts of component, one after the other.
    static QString licenceText(const ThirdPartyComponent &component);

private:
    void showLicence();
    void updateLicenceButton();

    QTreeWidget *m_components;
    QPushButton *m_viewLicence;
};

} // namespace SchoolSuite
