from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord


T = TypeVar("T", bound="SessionDataStorage")


@_attrs_define
class SessionDataStorage:
    """Links one data storage to one session, with its position in that session."""

    id: UUID
    session: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    datastorage: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    order: int
    """ Position of the data storage within the session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        session: dict[str, Any] | str
        if isinstance(self.session, UUID):
            session = str(self.session)
        else:
            session = self.session.to_dict()

        datastorage: dict[str, Any] | str
        if isinstance(self.datastorage, UUID):
            datastorage = str(self.datastorage)
        else:
            datastorage = self.datastorage.to_dict()

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "session": session,
                "datastorage": datastorage,
                "order": order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

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

        def _parse_datastorage(data: object) -> IncludedRecord | UUID:
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

        datastorage = _parse_datastorage(d.pop("datastorage"))

        order = d.pop("order")

        session_data_storage = cls(
            id=id,
            session=session,
            datastorage=datastorage,
            order=order,
        )

        session_data_storage.additional_properties = d
        return session_data_storage

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
