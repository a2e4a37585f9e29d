from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord


T = TypeVar("T", bound="ProjectMembershipInvitation")


@_attrs_define
class ProjectMembershipInvitation:
    """An invitation for a user to join a project."""

    id: UUID
    invitee: IncludedRecord | int
    """ Integer id of a related user or group, or the record itself when included. """
    project: IncludedRecord | UUID
    """ UUID of a related record, or the record itself when included. """
    can_change: bool
    """ Offered change permission. """
    manage_project: bool
    """ Offered manager role. """
    own_project: bool
    """ Offered owner role. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        id = str(self.id)

        invitee: dict[str, Any] | int
        if isinstance(self.invitee, IncludedRecord):
            invitee = self.invitee.to_dict()
        else:
            invitee = self.invitee

        project: dict[str, Any] | str
        if isinstance(self.project, UUID):
            project = str(self.project)
        else:
            project = self.project.to_dict()

        can_change = self.can_change

        manage_project = self.manage_project

        own_project = self.own_project

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "invitee": invitee,
                "project": project,
                "can_change": can_change,
                "manage_project": manage_project,
                "own_project": own_project,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_invitee(data: object) -> IncludedRecord | int:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_related_int_id_type_1 = IncludedRecord.from_dict(data)

                return componentsschemas_related_int_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncludedRecord | int, data)

        invitee = _parse_invitee(d.pop("invitee"))

        def _parse_project(data: object) -> IncludedRecord | UUID:
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

        project = _parse_project(d.pop("project"))

        can_change = d.pop("can_change")

        manage_project = d.pop("manage_project")

        own_project = d.pop("own_project")

        project_membership_invitation = cls(
            id=id,
            invitee=invitee,
            project=project,
            can_change=can_change,
            manage_project=manage_project,
            own_project=own_project,
        )

        project_membership_invitation.additional_properties = d
        return project_membership_invitation

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
