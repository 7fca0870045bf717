#pragma once

#include "labelpainter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SchoolSuite {

class Session;

// An item as the labels page lists it.
struct LabelItem
{
    QString id;
    QString tag;
    QString name;
    QString room;     // the room's name
    QString category; // the category's name
};

// Which items to list: every word of text in the tag, name or serial; a room; a category
// (with its sub-categories).
struct LabelFilter
{
    QString text;
    QString roomId;
    QString categoryId;
    int limit = 5000;
};

// The items labels are printed for, read from the register (equipment_items) on behalf of a
// session that may edit equipment (labels are part of registering).
class LabelSource
{
public:
    explicit LabelSource(const Session &session); // throws Error(PermissionDenied)

    QString schoolName() const;
    // Items not deleted, by tag.
    QList<LabelItem> items(const LabelFilter &filter = {}) const;
    // The item of a scanned tag (trimmed, case as typed or upper case); nullopt when the tag is
    // not ours.
    std::optional<LabelItem> byTag(const QString &tag) const;
    // What the labels of these items show, in this order.
    QList<LabelData> labels(const QList<LabelItem> &items) const;
    // Rooms and categories for the filter: (id, name), sorted by name.
    QList<QPair<QString, QString>> rooms() const;
    QList<QPair<QString, QString>> categories() const;

private:
    const Session &m_session;
};

} // namespace SchoolSuite
