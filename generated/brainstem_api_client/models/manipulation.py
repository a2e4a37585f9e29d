from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.manipulation_type import ManipulationType

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord
    from ..models.manipulation_details_type_0_item import ManipulationDetailsType0Item
    from ..models.manipulation_details_type_1 import ManipulationDetailsType1


T = TypeVar("T", bound="Manipulation")


@_attrs_define
class Manipulation:
    """A perturbation of brain activity during a session."""

    id: UUID
    type_: ManipulationType
    """ Manipulation type; see the manipulation schemas page. """
    notes: str
    procedures: list[IncludedRecord | UUID]
    session: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    equipment: list[IncludedRecord | UUID]
    details: list[ManipulationDetailsType0Item] | ManipulationDetailsType1
    """ Type-specific data (stored as type_json): an object or an array of objects, shape per `type` on the
    manipulation schemas page (api/schemas/manipulation); the documented types all use arrays. """
    type_schema_version: str
    """ Schema version of `details`. """
    order: int
    """ Display order within the session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_.value

        notes = self.notes

        procedures = []
        for procedures_item_data in self.procedures:
            procedures_item: dict[str, Any] | str
            if isinstance(procedures_item_data, UUID):
                procedures_item = str(procedures_item_data)
            else:
                procedures_item = procedures_item_data.to_dict()

            procedures.append(procedures_item)

        session: dict[str, Any] | str
        if isinstance(self.session, UUID):
            session = str(self.session)
        else:
            session = self.session.to_dict()

        equipment = []
        for equipment_item_data in self.equipment:
            equipment_item: dict[str, Any] | str
            if isinstance(equipment_item_data, UUID):
                equipment_item = str(equipment_item_data)
            else:
                equipment_item = equipment_item_data.to_dict()

            equipment.append(equipment_item)

        details: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.details, list):
            details = []
            for componentsschemas_manipulation_details_type_0_item_data in self.details:
                componentsschemas_manipulation_details_type_0_item = (
                    componentsschemas_manipulation_details_type_0_item_data.to_dict()
                )
                details.append(componentsschemas_manipulation_details_type_0_item)

        else:
            details = self.details.to_dict()

        type_schema_version = self.type_schema_version

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "notes": notes,
                "procedures": procedures,
                "session": session,
                "equipment": equipment,
                "details": details,
                "type_schema_version": type_schema_version,
                "order": order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415
        from ..models.manipulation_details_type_0_item import (
            ManipulationDetailsType0Item,  # noqa: PLC0415
        )
        from ..models.manipulation_details_type_1 import ManipulationDetailsType1  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = ManipulationType(d.pop("type"))

        notes = d.pop("notes")

        procedures = []
        _procedures = d.pop("procedures")
        for procedures_item_data in _procedures:

            def _parse_procedures_item(data: object) -> IncludedRecord | UUID:
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

            procedures_item = _parse_procedures_item(procedures_item_data)

            procedures.append(procedures_item)

        def _parse_session(data: object) -> IncludedRecord | UUID:
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

        session = _parse_session(d.pop("session"))

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

        def _parse_details(
            data: object,
        ) -> list[ManipulationDetailsType0Item] | ManipulationDetailsType1:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_manipulation_details_type_0 = []
                _componentsschemas_manipulation_details_type_0 = data
                for (
                    componentsschemas_manipulation_details_type_0_item_data
                ) in _componentsschemas_manipulation_details_type_0:
                    componentsschemas_manipulation_details_type_0_item = (
                        ManipulationDetailsType0Item.from_dict(
                            componentsschemas_manipulation_details_type_0_item_data
                        )
                    )

                    componentsschemas_manipulation_details_type_0.append(
                        componentsschemas_manipulation_details_type_0_item
                    )

                return componentsschemas_manipulation_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_manipulation_details_type_1 = (
                ManipulationDetailsType1.from_dict(data)
            )

            return componentsschemas_manipulation_details_type_1

        details = _parse_details(d.pop("details"))

        type_schema_version = d.pop("type_schema_version")

        order = d.pop("order")

        manipulation = cls(
            id=id,
            type_=type_,
            notes=notes,
            procedures=procedures,
            session=session,
            equipment=equipment,
            details=details,
            type_schema_version=type_schema_version,
            order=order,
        )

        manipulation.additional_properties = d
        return manipulation

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
