from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.session_data_storage import SessionDataStorage


T = TypeVar("T", bound="SessionDataStorageDetail")


@_attrs_define
class SessionDataStorageDetail:
    session_datastorage: SessionDataStorage
    """ Links one data storage to one session, with its position in that session. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_datastorage = self.session_datastorage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_datastorage": session_datastorage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.session_data_storage import SessionDataStorage  # noqa: PLC0415

        d = dict(src_dict)
        session_datastorage = SessionDataStorage.from_dict(d.pop("session_datastorage"))

        session_data_storage_detail = cls(
            session_datastorage=session_datastorage,
        )

        session_data_storage_detail.additional_properties = d
        return session_data_storage_detail

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
