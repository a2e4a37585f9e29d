from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedGroupRequestUsersAdditionalProperty")


@_attrs_define
class PatchedGroupRequestUsersAdditionalProperty:
    is_manager: bool | Unset = UNSET
    is_owner: bool | Unset = UNSET
    remove: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_manager = self.is_manager

        is_owner = self.is_owner

        remove = self.remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_manager is not UNSET:
            field_dict["is_manager"] = is_manager
        if is_owner is not UNSET:
            field_dict["is_owner"] = is_owner
        if remove is not UNSET:
            field_dict["remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_manager = d.pop("is_manager", UNSET)

        is_owner = d.pop("is_owner", UNSET)

        remove = d.pop("remove", UNSET)

        patched_group_request_users_additional_property = cls(
            is_manager=is_manager,
            is_owner=is_owner,
            remove=remove,
        )

        patched_group_request_users_additional_property.additional_properties = d
        return patched_group_request_users_additional_property

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
