from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resources_external_identifier import ResourcesExternalIdentifier


T = TypeVar("T", bound="PatchedHardwareDeviceRequest")


@_attrs_define
class PatchedHardwareDeviceRequest:
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    supplier: UUID | Unset = UNSET
    rrid: str | Unset = UNSET
    external_identifiers: list[ResourcesExternalIdentifier] | Unset = UNSET
    comments: str | Unset = UNSET
    """ Note for the reviewers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        supplier: str | Unset = UNSET
        if not isinstance(self.supplier, Unset):
            supplier = str(self.supplier)

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
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if supplier is not UNSET:
            field_dict["supplier"] = supplier
        if rrid is not UNSET:
            field_dict["rrid"] = rrid
        if external_identifiers is not UNSET:
            field_dict["external_identifiers"] = external_identifiers
        if comments is not UNSET:
            field_dict["comments"] = comments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resources_external_identifier import ResourcesExternalIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _supplier = d.pop("supplier", UNSET)
        supplier: UUID | Unset
        if isinstance(_supplier, Unset):
            supplier = UNSET
        else:
            supplier = UUID(_supplier)

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

        patched_hardware_device_request = cls(
            name=name,
            description=description,
            supplier=supplier,
            rrid=rrid,
            external_identifiers=external_identifiers,
            comments=comments,
        )

        patched_hardware_device_request.additional_properties = d
        return patched_hardware_device_request

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
