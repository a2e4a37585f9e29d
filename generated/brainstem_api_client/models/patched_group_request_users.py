from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.patched_group_request_users_additional_property import (
        PatchedGroupRequestUsersAdditionalProperty,
    )


T = TypeVar("T", bound="PatchedGroupRequestUsers")


@_attrs_define
class PatchedGroupRequestUsers:
    """Members to add or change, keyed by email address. Roles left out default to false; `remove: true` takes the member
    out of the group.

    """

    additional_properties: dict[str, PatchedGroupRequestUsersAdditionalProperty] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patched_group_request_users_additional_property import (
            PatchedGroupRequestUsersAdditionalProperty,  # noqa: PLC0415
        )

        d = dict(src_dict)
        patched_group_request_users = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = PatchedGroupRequestUsersAdditionalProperty.from_dict(
                prop_dict
            )

            additional_properties[prop_name] = additional_property

        patched_group_request_users.additional_properties = additional_properties
        return patched_group_request_users

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> PatchedGroupRequestUsersAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: PatchedGroupRequestUsersAdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
