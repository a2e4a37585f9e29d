from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.manipulation_type import ManipulationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.manipulation_details_type_0_item import ManipulationDetailsType0Item
    from ..models.manipulation_details_type_1 import ManipulationDetailsType1


T = TypeVar("T", bound="ManipulationRequest")


@_attrs_define
class ManipulationRequest:
    type_: ManipulationType
    """ Manipulation type; see the manipulation schemas page. """
    procedures: list[UUID]
    session: UUID
    notes: str | Unset = UNSET
    equipment: list[UUID] | Unset = UNSET
    details: list[ManipulationDetailsType0Item] | ManipulationDetailsType1 | Unset = (
        UNSET
    )
    """ Type-specific data (stored as type_json): an object or an array of objects, shape per `type` on the
    manipulation schemas page (api/schemas/manipulation); the documented types all use arrays. """
    type_schema_version: str | Unset = UNSET
    """ Schema version of `details`. """
    order: int | Unset = UNSET
    """ Display order within the session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        procedures = []
        for procedures_item_data in self.procedures:
            procedures_item = str(procedures_item_data)
            procedures.append(procedures_item)

        session = str(self.session)

        notes = self.notes

        equipment: list[str] | Unset = UNSET
        if not isinstance(self.equipment, Unset):
            equipment = []
            for equipment_item_data in self.equipment:
                equipment_item = str(equipment_item_data)
                equipment.append(equipment_item)

        details: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, list):
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
                "type": type_,
                "procedures": procedures,
                "session": session,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if equipment is not UNSET:
            field_dict["equipment"] = equipment
        if details is not UNSET:
            field_dict["details"] = details
        if type_schema_version is not UNSET:
            field_dict["type_schema_version"] = type_schema_version
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.manipulation_details_type_0_item import (
            ManipulationDetailsType0Item,  # noqa: PLC0415
        )
        from ..models.manipulation_details_type_1 import ManipulationDetailsType1  # noqa: PLC0415

        d = dict(src_dict)
        type_ = ManipulationType(d.pop("type"))

        procedures = []
        _procedures = d.pop("procedures")
        for procedures_item_data in _procedures:
            procedures_item = UUID(procedures_item_data)

            procedures.append(procedures_item)

        session = UUID(d.pop("session"))

        notes = d.pop("notes", UNSET)

        _equipment = d.pop("equipment", UNSET)
        equipment: list[UUID] | Unset = UNSET
        if _equipment is not UNSET:
            equipment = []
            for equipment_item_data in _equipment:
                equipment_item = UUID(equipment_item_data)

                equipment.append(equipment_item)

        def _parse_details(
            data: object,
        ) -> list[ManipulationDetailsType0Item] | ManipulationDetailsType1 | Unset:
            if isinstance(data, Unset):
                return data
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

        details = _parse_details(d.pop("details", UNSET))

        type_schema_version = d.pop("type_schema_version", UNSET)

        order = d.pop("order", UNSET)

        manipulation_request = cls(
            type_=type_,
            procedures=procedures,
            session=session,
            notes=notes,
            equipment=equipment,
            details=details,
            type_schema_version=type_schema_version,
            order=order,
        )

        manipulation_request.additional_properties = d
        return manipulation_request

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
