from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StemProjectMemberPermissions")


@_attrs_define
class StemProjectMemberPermissions:
    """Permissions of one user or group in a project."""

    can_change: bool
    is_manager: bool
    is_owner: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_change = self.can_change

        is_manager = self.is_manager

        is_owner = self.is_owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "can_change": can_change,
                "is_manager": is_manager,
                "is_owner": is_owner,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_change = d.pop("can_change")

        is_manager = d.pop("is_manager")

        is_owner = d.pop("is_owner")

        stem_project_member_permissions = cls(
            can_change=can_change,
            is_manager=is_manager,
            is_owner=is_owner,
        )

        stem_project_member_permissions.additional_properties = d
        return stem_project_member_permissions

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
