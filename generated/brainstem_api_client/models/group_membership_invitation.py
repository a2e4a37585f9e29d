from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord


T = TypeVar("T", bound="GroupMembershipInvitation")


@_attrs_define
class GroupMembershipInvitation:
    """An invitation for a user to join a group, possibly as manager or owner."""

    id: UUID
    user_account_invitation: IncludedRecord | int
    """ Integer id of a related user or group, or the record itself when included. """
    authgroup: IncludedRecord | int
    """ Integer id of a related user or group, or the record itself when included. """
    new_manager: bool
    """ Whether the user joins as a manager. """
    new_owner: bool
    """ Whether the user joins as an owner. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        id = str(self.id)

        user_account_invitation: dict[str, Any] | int
        if isinstance(self.user_account_invitation, IncludedRecord):
            user_account_invitation = self.user_account_invitation.to_dict()
        else:
            user_account_invitation = self.user_account_invitation

        authgroup: dict[str, Any] | int
        if isinstance(self.authgroup, IncludedRecord):
            authgroup = self.authgroup.to_dict()
        else:
            authgroup = self.authgroup

        new_manager = self.new_manager

        new_owner = self.new_owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_account_invitation": user_account_invitation,
                "authgroup": authgroup,
                "new_manager": new_manager,
                "new_owner": new_owner,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_user_account_invitation(data: object) -> IncludedRecord | int:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_related_int_id_type_1 = IncludedRecord.from_dict(data)

                return componentsschemas_related_int_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncludedRecord | int, data)

        user_account_invitation = _parse_user_account_invitation(
            d.pop("user_account_invitation")
        )

        def _parse_authgroup(data: object) -> IncludedRecord | int:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_related_int_id_type_1 = IncludedRecord.from_dict(data)

                return componentsschemas_related_int_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncludedRecord | int, data)

        authgroup = _parse_authgroup(d.pop("authgroup"))

        new_manager = d.pop("new_manager")

        new_owner = d.pop("new_owner")

        group_membership_invitation = cls(
            id=id,
            user_account_invitation=user_account_invitation,
            authgroup=authgroup,
            new_manager=new_manager,
            new_owner=new_owner,
        )

        group_membership_invitation.additional_properties = d
        return group_membership_invitation

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
