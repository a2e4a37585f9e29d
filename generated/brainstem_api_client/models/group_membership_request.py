from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord


T = TypeVar("T", bound="GroupMembershipRequest")


@_attrs_define
class GroupMembershipRequest:
    """A user's request to join a group."""

    id: UUID
    user_account_request: IncludedRecord | int
    """ Integer id of a related user or group, or the record itself when included. """
    authgroup: IncludedRecord | int
    """ Integer id of a related user or group, or the record itself when included. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        id = str(self.id)

        user_account_request: dict[str, Any] | int
        if isinstance(self.user_account_request, IncludedRecord):
            user_account_request = self.user_account_request.to_dict()
        else:
            user_account_request = self.user_account_request

        authgroup: dict[str, Any] | int
        if isinstance(self.authgroup, IncludedRecord):
            authgroup = self.authgroup.to_dict()
        else:
            authgroup = self.authgroup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_account_request": user_account_request,
                "authgroup": authgroup,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_user_account_request(data: object) -> IncludedRecord | int:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_related_int_id_type_1 = IncludedRecord.from_dict(data)

                return componentsschemas_related_int_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncludedRecord | int, data)

        user_account_request = _parse_user_account_request(
            d.pop("user_account_request")
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

        group_membership_request = cls(
            id=id,
            user_account_request=user_account_request,
            authgroup=authgroup,
        )

        group_membership_request.additional_properties = d
        return group_membership_request

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
