#pragma once

#include <QRandomGenerator>
#include <QStringList>

namespace SchoolSuite {

// The random student picker (随机点名): names drawn at random from a class roster, each once
// until the whole class has been called, then a new round.
class StudentPicker
{
public:
    explicit StudentPicker(QStringList names,
                           quint32 seed = QRandomGenerator::global()->generate());

    // The next name; empty when the roster is empty. repeat true draws from the whole class
    // every time (a name may come again at once).
    QString next(bool repeat = false);
    int size() const { return int(m_names.size()); }
    // Names not yet drawn in this round.
    int remaining() const { return int(m_left.size()); }
    QStringList drawn() const { return m_drawn; }
    void reset();

private:
    QStringList m_names;
    QStringList m_left;
    QStringList m_drawn;
    QRandomGenerator m_random;
};

} // namespace SchoolSuite
