from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.setup_type_category import SetupTypeCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="SetupType")


@_attrs_define
class SetupType:
    """A kind of experimental preparation and the class of apparatus that realizes it."""

    id: UUID
    name: str
    """ Unique. """
    description: str
    category: SetupTypeCategory
    """ Preparation category: I in vitro, E ex vivo, A anesthetized in vivo, H head-fixed awake, V voluntarily
    stationary awake, F freely moving awake, U unknown. """
    comments: str | Unset = UNSET
    """ Note for the reviewers of a proposed addition or change; omitted when empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        description = self.description

        category = self.category.value

        comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "category": category,
            }
        )
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        description = d.pop("description")

        category = SetupTypeCategory(d.pop("category"))

        comments = d.pop("comments", UNSET)

        setup_type = cls(
            id=id,
            name=name,
            description=description,
            category=category,
            comments=comments,
        )

        setup_type.additional_properties = d
        return setup_type

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
