from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coordinates_system import CoordinatesSystem
from ..models.procedure_type import ProcedureType

if TYPE_CHECKING:
    from ..models.coordinates_details import CoordinatesDetails
    from ..models.included_record import IncludedRecord
    from ..models.procedure_details import ProcedureDetails


T = TypeVar("T", bound="Procedure")


@_attrs_define
class Procedure:
    """A surgical or other procedure performed on a subject."""

    id: UUID
    type_: ProcedureType
    """ Procedure type; see the procedure schemas page. """
    notes: str
    subject: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    date_time: datetime.datetime | None
    consumablestock: IncludedRecord | None | UUID
    """ UUID of a related record, null when there is none, or the record itself when included (a `$ref` cannot carry
    `nullable` in OpenAPI 3.0, hence this twin of RelatedId). """
    equipment: list[IncludedRecord | UUID]
    brain_region: IncludedRecord | None | UUID
    """ UUID of a related record, null when there is none, or the record itself when included (a `$ref` cannot carry
    `nullable` in OpenAPI 3.0, hence this twin of RelatedId). """
    licenses: list[IncludedRecord | UUID]
    details: ProcedureDetails
    """ Type-specific fields (stored as type_json); shape per `type` on the procedure schemas page
    (api/schemas/procedure). """
    type_schema_version: str
    """ Schema version of `details`. """
    coordinates_system: CoordinatesSystem
    """ Coordinate system of `coordinates_details`; see the coordinates schemas page. """
    coordinates_details: CoordinatesDetails
    """ Coordinates (stored as coordinates_json); shape per `coordinates_system` on the coordinates schemas page
    (api/schemas/coordinates). """
    coordinates_schema_version: str
    """ Schema version of `coordinates_details`. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        id = str(self.id)

        type_ = self.type_.value

        notes = self.notes

        subject: dict[str, Any] | str
        if isinstance(self.subject, UUID):
            subject = str(self.subject)
        else:
            subject = self.subject.to_dict()

        date_time: None | str
        if isinstance(self.date_time, datetime.datetime):
            date_time = self.date_time.isoformat()
        else:
            date_time = self.date_time

        consumablestock: dict[str, Any] | None | str
        if isinstance(self.consumablestock, UUID):
            consumablestock = str(self.consumablestock)
        elif isinstance(self.consumablestock, IncludedRecord):
            consumablestock = self.consumablestock.to_dict()
        else:
            consumablestock = self.consumablestock

        equipment = []
        for equipment_item_data in self.equipment:
            equipment_item: dict[str, Any] | str
            if isinstance(equipment_item_data, UUID):
                equipment_item = str(equipment_item_data)
            else:
                equipment_item = equipment_item_data.to_dict()

            equipment.append(equipment_item)

        brain_region: dict[str, Any] | None | str
        if isinstance(self.brain_region, UUID):
            brain_region = str(self.brain_region)
        elif isinstance(self.brain_region, IncludedRecord):
            brain_region = self.brain_region.to_dict()
        else:
            brain_region = self.brain_region

        licenses = []
        for licenses_item_data in self.licenses:
            licenses_item: dict[str, Any] | str
            if isinstance(licenses_item_data, UUID):
                licenses_item = str(licenses_item_data)
            else:
                licenses_item = licenses_item_data.to_dict()

            licenses.append(licenses_item)

        details = self.details.to_dict()

        type_schema_version = self.type_schema_version

        coordinates_system = self.coordinates_system.value

        coordinates_details = self.coordinates_details.to_dict()

        coordinates_schema_version = self.coordinates_schema_version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "notes": notes,
                "subject": subject,
                "date_time": date_time,
                "consumablestock": consumablestock,
                "equipment": equipment,
                "brain_region": brain_region,
                "licenses": licenses,
                "details": details,
                "type_schema_version": type_schema_version,
                "coordinates_system": coordinates_system,
                "coordinates_details": coordinates_details,
                "coordinates_schema_version": coordinates_schema_version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coordinates_details import CoordinatesDetails  # noqa: PLC0415
        from ..models.included_record import IncludedRecord  # noqa: PLC0415
        from ..models.procedure_details import ProcedureDetails  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = ProcedureType(d.pop("type"))

        notes = d.pop("notes")

        def _parse_subject(data: object) -> IncludedRecord | UUID:
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

        subject = _parse_subject(d.pop("subject"))

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

        def _parse_consumablestock(data: object) -> IncludedRecord | None | UUID:
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

        consumablestock = _parse_consumablestock(d.pop("consumablestock"))

        equipment = []
        _equipment = d.pop("equipment")
        for equipment_item_data in _equipment:

            def _parse_equipment_item(data: object) -> IncludedRecord | UUID:
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

            equipment_item = _parse_equipment_item(equipment_item_data)

            equipment.append(equipment_item)

        def _parse_brain_region(data: object) -> IncludedRecord | None | UUID:
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

        brain_region = _parse_brain_region(d.pop("brain_region"))

        licenses = []
        _licenses = d.pop("licenses")
        for licenses_item_data in _licenses:

            def _parse_licenses_item(data: object) -> IncludedRecord | UUID:
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

            licenses_item = _parse_licenses_item(licenses_item_data)

            licenses.append(licenses_item)

        details = ProcedureDetails.from_dict(d.pop("details"))

        type_schema_version = d.pop("type_schema_version")

        coordinates_system = CoordinatesSystem(d.pop("coordinates_system"))

        coordinates_details = CoordinatesDetails.from_dict(d.pop("coordinates_details"))

        coordinates_schema_version = d.pop("coordinates_schema_version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        procedure = cls(
            id=id,
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
            created_at=created_at,
            updated_at=updated_at,
        )

        procedure.additional_properties = d
        return procedure

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
