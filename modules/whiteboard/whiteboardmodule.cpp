#include "whiteboardmodule.h"

#include "core/app/localstore.h"
#include "whiteboarddemo.h"

#include <QCoreApplication>

namespace SchoolSuite {

QString WhiteboardModule::title() const
{
    return QCoreApplication::translate("SchoolSuite::WhiteboardModule", "Whiteboard");
}

QList<TableDecl> WhiteboardModule::syncedTables() const
{
    const QString m = id();
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("SchoolSuite::WhiteboardModule", text);
    };
    const QHash<QString, QString> columns{{QStringLiteral("title"), tr("Title")},
                                          {QStringLiteral("owner_name"), tr("Owner")},
                                          {QStringLiteral("sha256"), tr("Document")},
                                          {QStringLiteral("pages"), tr("Pages")},
                                          {QStringLiteral("saved_at"), tr("Saved")},
                                          {QStringLiteral("shared"), tr("Shared")}};
    // Each board's current version travels as a blob; older versions are fetched when opened.
    return {TableDecl::reg(m, QStringLiteral("boards"))
                .writtenWith(Permission::WhiteboardUse)
                .blobs({QStringLiteral("sha256")})
                .titled(tr("Boards"), columns),
            TableDecl::fact(m, QStringLiteral("board_versions"))
                .writtenWith(Permission::WhiteboardUse)
                .titled(tr("Board versions"), columns)};
}

void WhiteboardModule::createDemo(LocalStore &store, bool, quint32 seed)
{
    WhiteboardDemo::create(store.db(), store.dataDir(), seed);
}

void registerWhiteboardModule()
{
    if (!ModuleRegistry::instance().find(QStringLiteral("whiteboard")))
        ModuleRegistry::instance().add(std::make_shared<WhiteboardModule>());
}

} // namespace SchoolSuite
