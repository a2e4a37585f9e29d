from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord
    from ..models.user_groups_own_json_item import UserGroupsOwnJsonItem


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A BrainSTEM account; profiles are visible to all users. Accounts are created on the website only."""

    id: int
    email: str
    """ Unique. """
    first_name: str
    last_name: str
    groups_own_json: list[UserGroupsOwnJsonItem]
    """ Groups the user owns. """
    website: str
    google_scholar: str
    orcid_id: str
    atlas_preference: str
    """ Preferred brain atlas code (see BrainRegion `atlas`). """
    active_projects: list[IncludedRecord | UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        groups_own_json = []
        for groups_own_json_item_data in self.groups_own_json:
            groups_own_json_item = groups_own_json_item_data.to_dict()
            groups_own_json.append(groups_own_json_item)

        website = self.website

        google_scholar = self.google_scholar

        orcid_id = self.orcid_id

        atlas_preference = self.atlas_preference

        active_projects = []
        for active_projects_item_data in self.active_projects:
            active_projects_item: dict[str, Any] | str
            if isinstance(active_projects_item_data, UUID):
                active_projects_item = str(active_projects_item_data)
            else:
                active_projects_item = active_projects_item_data.to_dict()

            active_projects.append(active_projects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "groups_own_json": groups_own_json,
                "website": website,
                "google_scholar": google_scholar,
                "orcid_id": orcid_id,
                "atlas_preference": atlas_preference,
                "active_projects": active_projects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415
        from ..models.user_groups_own_json_item import UserGroupsOwnJsonItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        groups_own_json = []
        _groups_own_json = d.pop("groups_own_json")
        for groups_own_json_item_data in _groups_own_json:
            groups_own_json_item = UserGroupsOwnJsonItem.from_dict(
                groups_own_json_item_data
            )

            groups_own_json.append(groups_own_json_item)

        website = d.pop("website")

        google_scholar = d.pop("google_scholar")

        orcid_id = d.pop("orcid_id")

        atlas_preference = d.pop("atlas_preference")

        active_projects = []
        _active_projects = d.pop("active_projects")
        for active_projects_item_data in _active_projects:

            def _parse_active_projects_item(data: object) -> IncludedRecord | UUID:
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

            active_projects_item = _parse_active_projects_item(
                active_projects_item_data
            )

            active_projects.append(active_projects_item)

        user = cls(
            id=id,
            email=email,
            first_name=first_name,
            last_name=last_name,
            groups_own_json=groups_own_json,
            website=website,
            google_scholar=google_scholar,
            orcid_id=orcid_id,
            atlas_preference=atlas_preference,
            active_projects=active_projects,
        )

        user.additional_properties = d
        return user

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
