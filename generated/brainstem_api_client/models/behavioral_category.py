from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord


T = TypeVar("T", bound="BehavioralCategory")


@_attrs_define
class BehavioralCategory:
    """A category grouping behavioral paradigms, at most two levels deep."""

    id: UUID
    name: str
    """ Unique. """
    description: str
    parent: IncludedRecord | None | UUID
    """ UUID of a related record, null when there is none, or the record itself when included (a `$ref` cannot carry
    `nullable` in OpenAPI 3.0, hence this twin of RelatedId). """
    comments: str | Unset = UNSET
    """ Note for the reviewers of a proposed addition or change; omitted when empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        id = str(self.id)

        name = self.name

        description = self.description

        parent: dict[str, Any] | None | str
        if isinstance(self.parent, UUID):
            parent = str(self.parent)
        elif isinstance(self.parent, IncludedRecord):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "parent": parent,
            }
        )
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        description = d.pop("description")

        def _parse_parent(data: object) -> IncludedRecord | None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_related_id_type_0_type_0 = UUID(data)

                return componentsschemas_nullable_related_id_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_related_id_type_1 = IncludedRecord.from_dict(
                    data
                )

                return componentsschemas_nullable_related_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncludedRecord | None | UUID, data)

        parent = _parse_parent(d.pop("parent"))

        comments = d.pop("comments", UNSET)

        behavioral_category = cls(
            id=id,
            name=name,
            description=description,
            parent=parent,
            comments=comments,
        )

        behavioral_category.additional_properties = d
        return behavioral_category

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
