from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coordinates_system import CoordinatesSystem
from ..models.equipment_type import EquipmentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coordinates_details import CoordinatesDetails
    from ..models.equipment_details import EquipmentDetails


T = TypeVar("T", bound="EquipmentRequest")


@_attrs_define
class EquipmentRequest:
    type_: EquipmentType
    """ Equipment type; see the equipment schemas page. """
    setup: UUID
    coordinates_system: CoordinatesSystem
    """ Coordinate system of `coordinates_details`; see the coordinates schemas page. """
    name: str | Unset = UNSET
    """ Descriptive name. """
    notes: str | Unset = UNSET
    date_time: datetime.datetime | None | Unset = UNSET
    consumable: None | Unset | UUID = UNSET
    hardwaredevice: None | Unset | UUID = UNSET
    details: EquipmentDetails | Unset = UNSET
    """ Type-specific fields (stored as type_json); shape per `type` on the equipment schemas page
    (api/schemas/equipment). Often empty. """
    type_schema_version: str | Unset = UNSET
    """ Schema version of `details`. """
    coordinates_details: CoordinatesDetails | Unset = UNSET
    """ Coordinates (stored as coordinates_json); shape per `coordinates_system` on the coordinates schemas page
    (api/schemas/coordinates). """
    coordinates_schema_version: str | Unset = UNSET
    """ Schema version of `coordinates_details`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        setup = str(self.setup)

        coordinates_system = self.coordinates_system.value

        name = self.name

        notes = self.notes

        date_time: None | str | Unset
        if isinstance(self.date_time, Unset):
            date_time = UNSET
        elif isinstance(self.date_time, datetime.datetime):
            date_time = self.date_time.isoformat()
        else:
            date_time = self.date_time

        consumable: None | str | Unset
        if isinstance(self.consumable, Unset):
            consumable = UNSET
        elif isinstance(self.consumable, UUID):
            consumable = str(self.consumable)
        else:
            consumable = self.consumable

        hardwaredevice: None | str | Unset
        if isinstance(self.hardwaredevice, Unset):
            hardwaredevice = UNSET
        elif isinstance(self.hardwaredevice, UUID):
            hardwaredevice = str(self.hardwaredevice)
        else:
            hardwaredevice = self.hardwaredevice

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        type_schema_version = self.type_schema_version

        coordinates_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coordinates_details, Unset):
            coordinates_details = self.coordinates_details.to_dict()

        coordinates_schema_version = self.coordinates_schema_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "setup": setup,
                "coordinates_system": coordinates_system,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if notes is not UNSET:
            field_dict["notes"] = notes
        if date_time is not UNSET:
            field_dict["date_time"] = date_time
        if consumable is not UNSET:
            field_dict["consumable"] = consumable
        if hardwaredevice is not UNSET:
            field_dict["hardwaredevice"] = hardwaredevice
        if details is not UNSET:
            field_dict["details"] = details
        if type_schema_version is not UNSET:
            field_dict["type_schema_version"] = type_schema_version
        if coordinates_details is not UNSET:
            field_dict["coordinates_details"] = coordinates_details
        if coordinates_schema_version is not UNSET:
            field_dict["coordinates_schema_version"] = coordinates_schema_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coordinates_details import CoordinatesDetails  # noqa: PLC0415
        from ..models.equipment_details import EquipmentDetails  # noqa: PLC0415

        d = dict(src_dict)
        type_ = EquipmentType(d.pop("type"))

        setup = UUID(d.pop("setup"))

        coordinates_system = CoordinatesSystem(d.pop("coordinates_system"))

        name = d.pop("name", UNSET)

        notes = d.pop("notes", UNSET)

        def _parse_date_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_time_type_0 = datetime.datetime.fromisoformat(data)

                return date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_time = _parse_date_time(d.pop("date_time", UNSET))

        def _parse_consumable(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consumable_type_0 = UUID(data)

                return consumable_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        consumable = _parse_consumable(d.pop("consumable", UNSET))

        def _parse_hardwaredevice(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hardwaredevice_type_0 = UUID(data)

                return hardwaredevice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        hardwaredevice = _parse_hardwaredevice(d.pop("hardwaredevice", UNSET))

        _details = d.pop("details", UNSET)
        details: EquipmentDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = EquipmentDetails.from_dict(_details)

        type_schema_version = d.pop("type_schema_version", UNSET)

        _coordinates_details = d.pop("coordinates_details", UNSET)
        coordinates_details: CoordinatesDetails | Unset
        if isinstance(_coordinates_details, Unset):
            coordinates_details = UNSET
        else:
            coordinates_details = CoordinatesDetails.from_dict(_coordinates_details)

        coordinates_schema_version = d.pop("coordinates_schema_version", UNSET)

        equipment_request = cls(
            type_=type_,
            setup=setup,
            coordinates_system=coordinates_system,
            name=name,
            notes=notes,
            date_time=date_time,
            consumable=consumable,
            hardwaredevice=hardwaredevice,
            details=details,
            type_schema_version=type_schema_version,
            coordinates_details=coordinates_details,
            coordinates_schema_version=coordinates_schema_version,
        )

        equipment_request.additional_properties = d
        return equipment_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
