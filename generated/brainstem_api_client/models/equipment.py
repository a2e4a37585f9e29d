from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coordinates_system import CoordinatesSystem
from ..models.equipment_type import EquipmentType

if TYPE_CHECKING:
    from ..models.coordinates_details import CoordinatesDetails
    from ..models.equipment_details import EquipmentDetails
    from ..models.included_record import IncludedRecord


T = TypeVar("T", bound="Equipment")


@_attrs_define
class Equipment:
    """A piece of equipment installed in a setup."""

    id: UUID
    name: str
    """ Descriptive name. """
    type_: EquipmentType
    """ Equipment type; see the equipment schemas page. """
    notes: str
    setup: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    date_time: datetime.datetime | None
    consumable: IncludedRecord | None | UUID
    """ UUID of a related record, null when there is none, or the record itself when included (a `$ref` cannot carry
    `nullable` in OpenAPI 3.0, hence this twin of RelatedId). """
    hardwaredevice: IncludedRecord | None | UUID
    """ UUID of a related record, null when there is none, or the record itself when included (a `$ref` cannot carry
    `nullable` in OpenAPI 3.0, hence this twin of RelatedId). """
    details: EquipmentDetails
    """ Type-specific fields (stored as type_json); shape per `type` on the equipment schemas page
    (api/schemas/equipment). Often empty. """
    type_schema_version: str
    """ Schema version of `details`. """
    coordinates_system: CoordinatesSystem
    """ Coordinate system of `coordinates_details`; see the coordinates schemas page. """
    coordinates_details: CoordinatesDetails
    """ Coordinates (stored as coordinates_json); shape per `coordinates_system` on the coordinates schemas page
    (api/schemas/coordinates). """
    coordinates_schema_version: str
    """ Schema version of `coordinates_details`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        id = str(self.id)

        name = self.name

        type_ = self.type_.value

        notes = self.notes

        setup: dict[str, Any] | str
        if isinstance(self.setup, UUID):
            setup = str(self.setup)
        else:
            setup = self.setup.to_dict()

        date_time: None | str
        if isinstance(self.date_time, datetime.datetime):
            date_time = self.date_time.isoformat()
        else:
            date_time = self.date_time

        consumable: dict[str, Any] | None | str
        if isinstance(self.consumable, UUID):
            consumable = str(self.consumable)
        elif isinstance(self.consumable, IncludedRecord):
            consumable = self.consumable.to_dict()
        else:
            consumable = self.consumable

        hardwaredevice: dict[str, Any] | None | str
        if isinstance(self.hardwaredevice, UUID):
            hardwaredevice = str(self.hardwaredevice)
        elif isinstance(self.hardwaredevice, IncludedRecord):
            hardwaredevice = self.hardwaredevice.to_dict()
        else:
            hardwaredevice = self.hardwaredevice

        details = self.details.to_dict()

        type_schema_version = self.type_schema_version

        coordinates_system = self.coordinates_system.value

        coordinates_details = self.coordinates_details.to_dict()

        coordinates_schema_version = self.coordinates_schema_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "notes": notes,
                "setup": setup,
                "date_time": date_time,
                "consumable": consumable,
                "hardwaredevice": hardwaredevice,
                "details": details,
                "type_schema_version": type_schema_version,
                "coordinates_system": coordinates_system,
                "coordinates_details": coordinates_details,
                "coordinates_schema_version": coordinates_schema_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coordinates_details import CoordinatesDetails  # noqa: PLC0415
        from ..models.equipment_details import EquipmentDetails  # noqa: PLC0415
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        type_ = EquipmentType(d.pop("type"))

        notes = d.pop("notes")

        def _parse_setup(data: object) -> IncludedRecord | UUID:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_related_id_type_0 = UUID(data)

                return componentsschemas_related_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_related_id_type_1 = IncludedRecord.from_dict(data)

            return componentsschemas_related_id_type_1

        setup = _parse_setup(d.pop("setup"))

        def _parse_date_time(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_time_type_0 = datetime.datetime.fromisoformat(data)

                return date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        date_time = _parse_date_time(d.pop("date_time"))

        def _parse_consumable(data: object) -> IncludedRecord | None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_related_id_type_0_type_0 = UUID(data)

                return componentsschemas_nullable_related_id_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_related_id_type_1 = IncludedRecord.from_dict(
                    data
                )

                return componentsschemas_nullable_related_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncludedRecord | None | UUID, data)

        consumable = _parse_consumable(d.pop("consumable"))

        def _parse_hardwaredevice(data: object) -> IncludedRecord | None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_related_id_type_0_type_0 = UUID(data)

                return componentsschemas_nullable_related_id_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_related_id_type_1 = IncludedRecord.from_dict(
                    data
                )

                return componentsschemas_nullable_related_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncludedRecord | None | UUID, data)

        hardwaredevice = _parse_hardwaredevice(d.pop("hardwaredevice"))

        details = EquipmentDetails.from_dict(d.pop("details"))

        type_schema_version = d.pop("type_schema_version")

        coordinates_system = CoordinatesSystem(d.pop("coordinates_system"))

        coordinates_details = CoordinatesDetails.from_dict(d.pop("coordinates_details"))

        coordinates_schema_version = d.pop("coordinates_schema_version")

        equipment = cls(
            id=id,
            name=name,
            type_=type_,
            notes=notes,
            setup=setup,
            date_time=date_time,
            consumable=consumable,
            hardwaredevice=hardwaredevice,
            details=details,
            type_schema_version=type_schema_version,
            coordinates_system=coordinates_system,
            coordinates_details=coordinates_details,
            coordinates_schema_version=coordinates_schema_version,
        )

        equipment.additional_properties = d
        return equipment

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
