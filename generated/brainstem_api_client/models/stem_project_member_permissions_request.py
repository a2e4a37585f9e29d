from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StemProjectMemberPermissionsRequest")


@_attrs_define
class StemProjectMemberPermissionsRequest:
    """Adds a member or sets its permissions (omitted permissions become false); `remove: true` removes the member."""

    can_change: bool | Unset = UNSET
    is_manager: bool | Unset = UNSET
    is_owner: bool | Unset = UNSET
    remove: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_change = self.can_change

        is_manager = self.is_manager

        is_owner = self.is_owner

        remove = self.remove

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_change is not UNSET:
            field_dict["can_change"] = can_change
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
        can_change = d.pop("can_change", UNSET)

        is_manager = d.pop("is_manager", UNSET)

        is_owner = d.pop("is_owner", UNSET)

        remove = d.pop("remove", UNSET)

        stem_project_member_permissions_request = cls(
            can_change=can_change,
            is_manager=is_manager,
            is_owner=is_owner,
            remove=remove,
        )

        stem_project_member_permissions_request.additional_properties = d
        return stem_project_member_permissions_request

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
