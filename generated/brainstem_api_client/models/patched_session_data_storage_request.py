from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedSessionDataStorageRequest")


@_attrs_define
class PatchedSessionDataStorageRequest:
    session: UUID | Unset = UNSET
    datastorage: UUID | Unset = UNSET
    order: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session: str | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = str(self.session)

        datastorage: str | Unset = UNSET
        if not isinstance(self.datastorage, Unset):
            datastorage = str(self.datastorage)

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session is not UNSET:
            field_dict["session"] = session
        if datastorage is not UNSET:
            field_dict["datastorage"] = datastorage
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _session = d.pop("session", UNSET)
        session: UUID | Unset
        if isinstance(_session, Unset):
            session = UNSET
        else:
            session = UUID(_session)

        _datastorage = d.pop("datastorage", UNSET)
        datastorage: UUID | Unset
        if isinstance(_datastorage, Unset):
            datastorage = UNSET
        else:
            datastorage = UUID(_datastorage)

        order = d.pop("order", UNSET)

        patched_session_data_storage_request = cls(
            session=session,
            datastorage=datastorage,
            order=order,
        )

        patched_session_data_storage_request.additional_properties = d
        return patched_session_data_storage_request

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
