from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_acquisition_type import DataAcquisitionType

if TYPE_CHECKING:
    from ..models.data_acquisition_details import DataAcquisitionDetails
    from ..models.included_record import IncludedRecord


T = TypeVar("T", bound="DataAcquisition")


@_attrs_define
class DataAcquisition:
    """Data recorded during a session."""

    id: UUID
    type_: DataAcquisitionType
    """ Data acquisition type; see the data acquisition schemas page. """
    notes: str
    session: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    procedures: list[IncludedRecord | UUID]
    equipment: list[IncludedRecord | UUID]
    details: DataAcquisitionDetails
    """ Type-specific fields (stored as type_json); shape per `type` on the data acquisition schemas page
    (api/schemas/dataacquisition). """
    type_schema_version: str
    """ Schema version of `details`. """
    image: None | str
    """ URL of an uploaded image. """
    order: int
    """ Display order within the session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        type_ = self.type_.value

        notes = self.notes

        session: dict[str, Any] | str
        if isinstance(self.session, UUID):
            session = str(self.session)
        else:
            session = self.session.to_dict()

        procedures = []
        for procedures_item_data in self.procedures:
            procedures_item: dict[str, Any] | str
            if isinstance(procedures_item_data, UUID):
                procedures_item = str(procedures_item_data)
            else:
                procedures_item = procedures_item_data.to_dict()

            procedures.append(procedures_item)

        equipment = []
        for equipment_item_data in self.equipment:
            equipment_item: dict[str, Any] | str
            if isinstance(equipment_item_data, UUID):
                equipment_item = str(equipment_item_data)
            else:
                equipment_item = equipment_item_data.to_dict()

            equipment.append(equipment_item)

        details = self.details.to_dict()

        type_schema_version = self.type_schema_version

        image: None | str
        image = self.image

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "notes": notes,
                "session": session,
                "procedures": procedures,
                "equipment": equipment,
                "details": details,
                "type_schema_version": type_schema_version,
                "image": image,
                "order": order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.data_acquisition_details import DataAcquisitionDetails  # noqa: PLC0415
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        type_ = DataAcquisitionType(d.pop("type"))

        notes = d.pop("notes")

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

        details = DataAcquisitionDetails.from_dict(d.pop("details"))

        type_schema_version = d.pop("type_schema_version")

        def _parse_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        image = _parse_image(d.pop("image"))

        order = d.pop("order")

        data_acquisition = cls(
            id=id,
            type_=type_,
            notes=notes,
            session=session,
            procedures=procedures,
            equipment=equipment,
            details=details,
            type_schema_version=type_schema_version,
            image=image,
            order=order,
        )

        data_acquisition.additional_properties = d
        return data_acquisition

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
