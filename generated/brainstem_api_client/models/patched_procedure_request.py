from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coordinates_system import CoordinatesSystem
from ..models.procedure_type import ProcedureType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coordinates_details import CoordinatesDetails
    from ..models.procedure_details import ProcedureDetails


T = TypeVar("T", bound="PatchedProcedureRequest")


@_attrs_define
class PatchedProcedureRequest:
    type_: ProcedureType | Unset = UNSET
    """ Procedure type; see the procedure schemas page. """
    notes: str | Unset = UNSET
    subject: UUID | Unset = UNSET
    date_time: datetime.datetime | None | Unset = UNSET
    consumablestock: None | Unset | UUID = UNSET
    equipment: list[UUID] | Unset = UNSET
    brain_region: None | Unset | UUID = UNSET
    licenses: list[UUID] | Unset = UNSET
    details: ProcedureDetails | Unset = UNSET
    """ Type-specific fields (stored as type_json); shape per `type` on the procedure schemas page
    (api/schemas/procedure). """
    type_schema_version: str | Unset = UNSET
    """ Schema version of `details`. """
    coordinates_system: CoordinatesSystem | Unset = UNSET
    """ Coordinate system of `coordinates_details`; see the coordinates schemas page. """
    coordinates_details: CoordinatesDetails | Unset = UNSET
    """ Coordinates (stored as coordinates_json); shape per `coordinates_system` on the coordinates schemas page
    (api/schemas/coordinates). """
    coordinates_schema_version: str | Unset = UNSET
    """ Schema version of `coordinates_details`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        notes = self.notes

        subject: str | Unset = UNSET
        if not isinstance(self.subject, Unset):
            subject = str(self.subject)

        date_time: None | str | Unset
        if isinstance(self.date_time, Unset):
            date_time = UNSET
        elif isinstance(self.date_time, datetime.datetime):
            date_time = self.date_time.isoformat()
        else:
            date_time = self.date_time

        consumablestock: None | str | Unset
        if isinstance(self.consumablestock, Unset):
            consumablestock = UNSET
        elif isinstance(self.consumablestock, UUID):
            consumablestock = str(self.consumablestock)
        else:
            consumablestock = self.consumablestock

        equipment: list[str] | Unset = UNSET
        if not isinstance(self.equipment, Unset):
            equipment = []
            for equipment_item_data in self.equipment:
                equipment_item = str(equipment_item_data)
                equipment.append(equipment_item)

        brain_region: None | str | Unset
        if isinstance(self.brain_region, Unset):
            brain_region = UNSET
        elif isinstance(self.brain_region, UUID):
            brain_region = str(self.brain_region)
        else:
            brain_region = self.brain_region

        licenses: list[str] | Unset = UNSET
        if not isinstance(self.licenses, Unset):
            licenses = []
            for licenses_item_data in self.licenses:
                licenses_item = str(licenses_item_data)
                licenses.append(licenses_item)

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        type_schema_version = self.type_schema_version

        coordinates_system: str | Unset = UNSET
        if not isinstance(self.coordinates_system, Unset):
            coordinates_system = self.coordinates_system.value

        coordinates_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coordinates_details, Unset):
            coordinates_details = self.coordinates_details.to_dict()

        coordinates_schema_version = self.coordinates_schema_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if notes is not UNSET:
            field_dict["notes"] = notes
        if subject is not UNSET:
            field_dict["subject"] = subject
        if date_time is not UNSET:
            field_dict["date_time"] = date_time
        if consumablestock is not UNSET:
            field_dict["consumablestock"] = consumablestock
        if equipment is not UNSET:
            field_dict["equipment"] = equipment
        if brain_region is not UNSET:
            field_dict["brain_region"] = brain_region
        if licenses is not UNSET:
            field_dict["licenses"] = licenses
        if details is not UNSET:
            field_dict["details"] = details
        if type_schema_version is not UNSET:
            field_dict["type_schema_version"] = type_schema_version
        if coordinates_system is not UNSET:
            field_dict["coordinates_system"] = coordinates_system
        if coordinates_details is not UNSET:
            field_dict["coordinates_details"] = coordinates_details
        if coordinates_schema_version is not UNSET:
            field_dict["coordinates_schema_version"] = coordinates_schema_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coordinates_details import CoordinatesDetails  # noqa: PLC0415
        from ..models.procedure_details import ProcedureDetails  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ProcedureType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProcedureType(_type_)

        notes = d.pop("notes", UNSET)

        _subject = d.pop("subject", UNSET)
        subject: UUID | Unset
        if isinstance(_subject, Unset):
            subject = UNSET
        else:
            subject = UUID(_subject)

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

        def _parse_consumablestock(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                consumablestock_type_0 = UUID(data)

                return consumablestock_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        consumablestock = _parse_consumablestock(d.pop("consumablestock", UNSET))

        _equipment = d.pop("equipment", UNSET)
        equipment: list[UUID] | Unset = UNSET
        if _equipment is not UNSET:
            equipment = []
            for equipment_item_data in _equipment:
                equipment_item = UUID(equipment_item_data)

                equipment.append(equipment_item)

        def _parse_brain_region(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                brain_region_type_0 = UUID(data)

                return brain_region_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        brain_region = _parse_brain_region(d.pop("brain_region", UNSET))

        _licenses = d.pop("licenses", UNSET)
        licenses: list[UUID] | Unset = UNSET
        if _licenses is not UNSET:
            licenses = []
            for licenses_item_data in _licenses:
                licenses_item = UUID(licenses_item_data)

                licenses.append(licenses_item)

        _details = d.pop("details", UNSET)
        details: ProcedureDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ProcedureDetails.from_dict(_details)

        type_schema_version = d.pop("type_schema_version", UNSET)

        _coordinates_system = d.pop("coordinates_system", UNSET)
        coordinates_system: CoordinatesSystem | Unset
        if isinstance(_coordinates_system, Unset):
            coordinates_system = UNSET
        else:
            coordinates_system = CoordinatesSystem(_coordinates_system)

        _coordinates_details = d.pop("coordinates_details", UNSET)
        coordinates_details: CoordinatesDetails | Unset
        if isinstance(_coordinates_details, Unset):
            coordinates_details = UNSET
        else:
            coordinates_details = CoordinatesDetails.from_dict(_coordinates_details)

        coordinates_schema_version = d.pop("coordinates_schema_version", UNSET)

        patched_procedure_request = cls(
            type_=type_,
            notes=notes,
            subject=subject,
            date_time=date_time,
            consumablestock=consumablestock,
            equipment=equipment,
            brain_region=brain_region,
            licenses=licenses,
            details=details,
            type_schema_version=type_schema_version,
            coordinates_system=coordinates_system,
            coordinates_details=coordinates_details,
            coordinates_schema_version=coordinates_schema_version,
        )

        patched_procedure_request.additional_properties = d
        return patched_procedure_request

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
