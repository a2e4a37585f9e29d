from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patched_group_request_users import PatchedGroupRequestUsers


T = TypeVar("T", bound="PatchedGroupRequest")


@_attrs_define
class PatchedGroupRequest:
    name: str | Unset = UNSET
    users: PatchedGroupRequestUsers | Unset = UNSET
    """ Members to add or change, keyed by email address. Roles left out default to false; `remove: true` takes the
    member out of the group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        users: dict[str, Any] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = self.users.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_group_request_users import PatchedGroupRequestUsers  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _users = d.pop("users", UNSET)
        users: PatchedGroupRequestUsers | Unset
        if isinstance(_users, Unset):
            users = UNSET
        else:
            users = PatchedGroupRequestUsers.from_dict(_users)

        patched_group_request = cls(
            name=name,
            users=users,
        )

        patched_group_request.additional_properties = d
        return patched_group_request

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
