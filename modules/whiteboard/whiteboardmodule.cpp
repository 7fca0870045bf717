#include "whiteboardmodule.h"

#include "core/app/localstore.h"
#include "whiteboarddemo.h"

#include <QCoreApplication>

namespace SchoolSuite {

QString WhiteboardModule::title() const
{
    return QCoreApplication::translate("SchoolSuite::WhiteboardModule", "Whiteboard");
}

void WhiteboardModule::createDemo(LocalStore &store, bool, quint32 seed)
{
    WhiteboardDemo::create(store.dataDir(), seed);
}

void registerWhiteboardModule()
{
    if (!ModuleRegistry::instance().find(QStringLiteral("whiteboard")))
        ModuleRegistry::instance().add(std::make_shared<WhiteboardModule>());
}

} // namespace SchoolSuite
