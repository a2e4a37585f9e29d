from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedUserRequest")


@_attrs_define
class PatchedUserRequest:
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    website: str | Unset = UNSET
    google_scholar: str | Unset = UNSET
    orcid_id: str | Unset = UNSET
    atlas_preference: str | Unset = UNSET
    active_projects: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        website = self.website

        google_scholar = self.google_scholar

        orcid_id = self.orcid_id

        atlas_preference = self.atlas_preference

        active_projects: list[str] | Unset = UNSET
        if not isinstance(self.active_projects, Unset):
            active_projects = []
            for active_projects_item_data in self.active_projects:
                active_projects_item = str(active_projects_item_data)
                active_projects.append(active_projects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if website is not UNSET:
            field_dict["website"] = website
        if google_scholar is not UNSET:
            field_dict["google_scholar"] = google_scholar
        if orcid_id is not UNSET:
            field_dict["orcid_id"] = orcid_id
        if atlas_preference is not UNSET:
            field_dict["atlas_preference"] = atlas_preference
        if active_projects is not UNSET:
            field_dict["active_projects"] = active_projects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        website = d.pop("website", UNSET)

        google_scholar = d.pop("google_scholar", UNSET)

        orcid_id = d.pop("orcid_id", UNSET)

        atlas_preference = d.pop("atlas_preference", UNSET)

        _active_projects = d.pop("active_projects", UNSET)
        active_projects: list[UUID] | Unset = UNSET
        if _active_projects is not UNSET:
            active_projects = []
            for active_projects_item_data in _active_projects:
                active_projects_item = UUID(active_projects_item_data)

                active_projects.append(active_projects_item)

        patched_user_request = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            website=website,
            google_scholar=google_scholar,
            orcid_id=orcid_id,
            atlas_preference=atlas_preference,
            active_projects=active_projects,
        )

        patched_user_request.additional_properties = d
        return patched_user_request

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
