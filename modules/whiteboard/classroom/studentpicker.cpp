#include "studentpicker.h"

namespace SchoolSuite {

StudentPicker::StudentPicker(QStringList names, quint32 seed)
    : m_names(std::move(names))
    , m_random(seed)
{
    reset();
}

void StudentPicker::reset()
{
    m_left = m_names;
    m_drawn.clear();
}

QString StudentPicker::next(bool repeat)
{
    if (m_names.isEmpty())
        return {};
    if (repeat) {
        const QString name = m_names.at(int(m_random.bounded(quint32(m_names.size()))));
        m_drawn << name;
        return name;
    }
    if (m_left.isEmpty())
        reset(); // everyone has had a turn: a new round
    const QString name = m_left.takeAt(int(m_random.bounded(quint32(m_left.size()))));
    m_drawn << name;
    return name;
}

} // namespace SchoolSuite
