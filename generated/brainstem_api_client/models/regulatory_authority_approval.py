from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.regulatory_authority_approval_authority_type import (
    RegulatoryAuthorityApprovalAuthorityType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.included_record import IncludedRecord


T = TypeVar("T", bound="RegulatoryAuthorityApproval")


@_attrs_define
class RegulatoryAuthorityApproval:
    """A proposed addition or change of a regulatory authority, with its review state."""

    id: UUID
    name: str
    country: str
    """ ISO 3166-1 alpha-2 code of the country the authority works in. """
    authority_type: RegulatoryAuthorityApprovalAuthorityType
    website: str
    description: str
    instance_id: IncludedRecord | None | UUID
    """ UUID of a related record, null when there is none, or the record itself when included (a `$ref` cannot carry
    `nullable` in OpenAPI 3.0, hence this twin of RelatedId). """
    action: str
    """ Kind of proposal; the examples show `Add` and `Change`. """
    reviewer: IncludedRecord | int | None
    """ Integer id of a related user or group, null when there is none, or the record itself when included. """
    status: str
    """ Review state; the examples show `Pending`, `Accepted` and `Rejected`. """
    is_active: bool = True
    """ Whether the authority still operates. """
    abbreviation: str | Unset = UNSET
    """ Short name; omitted when empty. """
    comments: str | Unset = UNSET
    """ Note for the reviewers of a proposed addition or change; omitted when empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        id = str(self.id)

        name = self.name

        country = self.country

        authority_type = self.authority_type.value

        website = self.website

        description = self.description

        is_active = self.is_active

        instance_id: dict[str, Any] | None | str
        if isinstance(self.instance_id, UUID):
            instance_id = str(self.instance_id)
        elif isinstance(self.instance_id, IncludedRecord):
            instance_id = self.instance_id.to_dict()
        else:
            instance_id = self.instance_id

        action = self.action

        reviewer: dict[str, Any] | int | None
        if isinstance(self.reviewer, IncludedRecord):
            reviewer = self.reviewer.to_dict()
        else:
            reviewer = self.reviewer

        status = self.status

        abbreviation = self.abbreviation

        comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "country": country,
                "authority_type": authority_type,
                "website": website,
                "description": description,
                "is_active": is_active,
                "instance_id": instance_id,
                "action": action,
                "reviewer": reviewer,
                "status": status,
            }
        )
        if abbreviation is not UNSET:
            field_dict["abbreviation"] = abbreviation
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.included_record import IncludedRecord  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        country = d.pop("country")

        authority_type = RegulatoryAuthorityApprovalAuthorityType(
            d.pop("authority_type")
        )

        website = d.pop("website")

        description = d.pop("description")

        is_active = d.pop("is_active")

        def _parse_instance_id(data: object) -> IncludedRecord | None | UUID:
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

        instance_id = _parse_instance_id(d.pop("instance_id"))

        action = d.pop("action")

        def _parse_reviewer(data: object) -> IncludedRecord | int | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_nullable_related_int_id_type_1 = (
                    IncludedRecord.from_dict(data)
                )

                return componentsschemas_nullable_related_int_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncludedRecord | int | None, data)

        reviewer = _parse_reviewer(d.pop("reviewer"))

        status = d.pop("status")

        abbreviation = d.pop("abbreviation", UNSET)

        comments = d.pop("comments", UNSET)

        regulatory_authority_approval = cls(
            id=id,
            name=name,
            country=country,
            authority_type=authority_type,
            website=website,
            description=description,
            is_active=is_active,
            instance_id=instance_id,
            action=action,
            reviewer=reviewer,
            status=status,
            abbreviation=abbreviation,
            comments=comments,
        )

        regulatory_authority_approval.additional_properties = d
        return regulatory_authority_approval

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
