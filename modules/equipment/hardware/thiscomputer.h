#pragma once

#include "equipment/register/equipmentservice.h"
#include "hardwareprobe.h"

#include <optional>

namespace SchoolSuite {

class Database;

// "This computer": registers the PC the program runs on as an asset, or finds it when it is
// registered already — by its SMBIOS UUID, else its serial number, else one of its network
// adapters' MAC addresses, in that order, never by a placeholder value.
namespace ThisComputer {

struct Match
{
    enum class By { Uuid, Serial, Mac };
    QString itemId;
    QString tag;
    QString name;
    By by = By::Uuid;
};

// What the clerk says about a computer registered for the first time.
struct Registration
{
    QString name;   // empty: the maker and model, else the host name
    QString roomId; // may be empty
    AssetUse use = AssetUse::None;
    QString custodianId;
    QString note;
};

struct Result
{
    QString itemId;
    QString tag;
    bool created = false;
    std::optional<Match> match; // how an existing item was found
};

// The registered item of these facts (not deleted), or nullopt.
std::optional<Match> find(Database &db, const HardwareFacts &facts);

// Finds the item and updates its hardware facts (hw_uuid, hw_info, an empty serial), or
// registers a new computer: category computer.laptop when the machine has a battery, else
// computer.desktop; status in use. Needs EquipmentEdit (the service checks).
Result registerOrUpdate(EquipmentService &service,
                        const HardwareFacts &facts,
                        const Registration &registration = {});

QString byTitle(Match::By by); // translated: "SMBIOS UUID", "serial number", "MAC address"

// Rooms to choose from when registering: (id, name), by name.
QList<QPair<QString, QString>> rooms(const Session &session);

} // namespace ThisComputer
} // namespace SchoolSuite
