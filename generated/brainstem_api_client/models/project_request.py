from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extra_fields import ExtraFields


T = TypeVar("T", bound="ProjectRequest")


@_attrs_define
class ProjectRequest:
    name: str
    description: str | Unset = UNSET
    publications: list[UUID] | Unset = UNSET
    extra_fields: ExtraFields | Unset = UNSET
    """ Free key/value metadata; keys start with a letter (letters, digits, underscores), values are strings or
    numbers. """
    is_public: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        publications: list[str] | Unset = UNSET
        if not isinstance(self.publications, Unset):
            publications = []
            for publications_item_data in self.publications:
                publications_item = str(publications_item_data)
                publications.append(publications_item)

        extra_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_fields, Unset):
            extra_fields = self.extra_fields.to_dict()

        is_public = self.is_public

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if publications is not UNSET:
            field_dict["publications"] = publications
        if extra_fields is not UNSET:
            field_dict["extra_fields"] = extra_fields
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extra_fields import ExtraFields  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _publications = d.pop("publications", UNSET)
        publications: list[UUID] | Unset = UNSET
        if _publications is not UNSET:
            publications = []
            for publications_item_data in _publications:
                publications_item = UUID(publications_item_data)

                publications.append(publications_item)

        _extra_fields = d.pop("extra_fields", UNSET)
        extra_fields: ExtraFields | Unset
        if isinstance(_extra_fields, Unset):
            extra_fields = UNSET
        else:
            extra_fields = ExtraFields.from_dict(_extra_fields)

        is_public = d.pop("is_public", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        project_request = cls(
            name=name,
            description=description,
            publications=publications,
            extra_fields=extra_fields,
            is_public=is_public,
            tags=tags,
        )

        project_request.additional_properties = d
        return project_request

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
