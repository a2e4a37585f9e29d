from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.consumable_request_details import ConsumableRequestDetails
    from ..models.resources_external_identifier import ResourcesExternalIdentifier


T = TypeVar("T", bound="ConsumableRequest")


@_attrs_define
class ConsumableRequest:
    name: str
    supplier: UUID
    type_: str
    description: str | Unset = UNSET
    details: ConsumableRequestDetails | Unset = UNSET
    rrid: str | Unset = UNSET
    external_identifiers: list[ResourcesExternalIdentifier] | Unset = UNSET
    comments: str | Unset = UNSET
    """ Note for the reviewers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        supplier = str(self.supplier)

        type_ = self.type_

        description = self.description

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        rrid = self.rrid

        external_identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_identifiers, Unset):
            external_identifiers = []
            for external_identifiers_item_data in self.external_identifiers:
                external_identifiers_item = external_identifiers_item_data.to_dict()
                external_identifiers.append(external_identifiers_item)

        comments = self.comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "supplier": supplier,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if details is not UNSET:
            field_dict["details"] = details
        if rrid is not UNSET:
            field_dict["rrid"] = rrid
        if external_identifiers is not UNSET:
            field_dict["external_identifiers"] = external_identifiers
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.consumable_request_details import ConsumableRequestDetails  # noqa: PLC0415
        from ..models.resources_external_identifier import ResourcesExternalIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        supplier = UUID(d.pop("supplier"))

        type_ = d.pop("type")

        description = d.pop("description", UNSET)

        _details = d.pop("details", UNSET)
        details: ConsumableRequestDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = ConsumableRequestDetails.from_dict(_details)

        rrid = d.pop("rrid", UNSET)

        _external_identifiers = d.pop("external_identifiers", UNSET)
        external_identifiers: list[ResourcesExternalIdentifier] | Unset = UNSET
        if _external_identifiers is not UNSET:
            external_identifiers = []
            for external_identifiers_item_data in _external_identifiers:
                external_identifiers_item = ResourcesExternalIdentifier.from_dict(
                    external_identifiers_item_data
                )

                external_identifiers.append(external_identifiers_item)

        comments = d.pop("comments", UNSET)

        consumable_request = cls(
            name=name,
            supplier=supplier,
            type_=type_,
            description=description,
            details=details,
            rrid=rrid,
            external_identifiers=external_identifiers,
            comments=comments,
        )

        consumable_request.additional_properties = d
        return consumable_request

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
