from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_acquisition_type import DataAcquisitionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_acquisition_details import DataAcquisitionDetails


T = TypeVar("T", bound="PatchedDataAcquisitionRequest")


@_attrs_define
class PatchedDataAcquisitionRequest:
    type_: DataAcquisitionType | Unset = UNSET
    """ Data acquisition type; see the data acquisition schemas page. """
    notes: str | Unset = UNSET
    session: UUID | Unset = UNSET
    procedures: list[UUID] | Unset = UNSET
    equipment: list[UUID] | Unset = UNSET
    details: DataAcquisitionDetails | Unset = UNSET
    """ Type-specific fields (stored as type_json); shape per `type` on the data acquisition schemas page
    (api/schemas/dataacquisition). """
    type_schema_version: str | Unset = UNSET
    """ Schema version of `details`. """
    order: int | Unset = UNSET
    """ Display order within the session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        notes = self.notes

        session: str | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = str(self.session)

        procedures: list[str] | Unset = UNSET
        if not isinstance(self.procedures, Unset):
            procedures = []
            for procedures_item_data in self.procedures:
                procedures_item = str(procedures_item_data)
                procedures.append(procedures_item)

        equipment: list[str] | Unset = UNSET
        if not isinstance(self.equipment, Unset):
            equipment = []
            for equipment_item_data in self.equipment:
                equipment_item = str(equipment_item_data)
                equipment.append(equipment_item)

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        type_schema_version = self.type_schema_version

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if notes is not UNSET:
            field_dict["notes"] = notes
        if session is not UNSET:
            field_dict["session"] = session
        if procedures is not UNSET:
            field_dict["procedures"] = procedures
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
        from ..models.data_acquisition_details import DataAcquisitionDetails  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: DataAcquisitionType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DataAcquisitionType(_type_)

        notes = d.pop("notes", UNSET)

        _session = d.pop("session", UNSET)
        session: UUID | Unset
        if isinstance(_session, Unset):
            session = UNSET
        else:
            session = UUID(_session)

        _procedures = d.pop("procedures", UNSET)
        procedures: list[UUID] | Unset = UNSET
        if _procedures is not UNSET:
            procedures = []
            for procedures_item_data in _procedures:
                procedures_item = UUID(procedures_item_data)

                procedures.append(procedures_item)

        _equipment = d.pop("equipment", UNSET)
        equipment: list[UUID] | Unset = UNSET
        if _equipment is not UNSET:
            equipment = []
            for equipment_item_data in _equipment:
                equipment_item = UUID(equipment_item_data)

                equipment.append(equipment_item)

        _details = d.pop("details", UNSET)
        details: DataAcquisitionDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = DataAcquisitionDetails.from_dict(_details)

        type_schema_version = d.pop("type_schema_version", UNSET)

        order = d.pop("order", UNSET)

        patched_data_acquisition_request = cls(
            type_=type_,
            notes=notes,
            session=session,
            procedures=procedures,
            equipment=equipment,
            details=details,
            type_schema_version=type_schema_version,
            order=order,
        )

        patched_data_acquisition_request.additional_properties = d
        return patched_data_acquisition_request

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
