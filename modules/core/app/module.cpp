#include "module.h"

namespace SchoolSuite {

ModuleRegistry &ModuleRegistry::instance()
{
    static ModuleRegistry registry;
    return registry;
}

void ModuleRegistry::add(std::shared_ptr<Module> module)
{
    if (!find(module->id()))
        m_modules << std::move(module);
}

std::shared_ptr<Module> ModuleRegistry::find(const QString &id) const
{
    for (const auto &m : m_modules) {
        if (m->id() == id)
            return m;
    }
    return nullptr;
}

QList<std::shared_ptr<Module>> ModuleRegistry::enabled(const QStringList &enabledIds) const
{
    if (enabledIds.isEmpty())
        return m_modules;
    QList<std::shared_ptr<Module>> list;
    for (const auto &m : m_modules) {
        if (enabledIds.contains(m->id(), Qt::CaseInsensitive))
            list << m;
    }
    return list;
}

} // namespace SchoolSuite
